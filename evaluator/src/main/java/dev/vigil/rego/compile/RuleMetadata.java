package dev.vigil.rego.compile;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.rego.ast.Annotation;
import dev.vigil.rego.ast.Module;
import dev.vigil.rego.ast.Rule;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values of {@code rego.metadata.rule()} and {@code rego.metadata.chain()} for one rule. */
final class RuleMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleMetadata() {
    }

    static Map<String, Value> forRule(Module m, Rule r, List<Module> packageModules) {
        Annotation own = annotationBefore(m, r.loc().line(), "rule");
        List<Value> chain = new ArrayList<>();
        List<Value> rulePath = new ArrayList<>();
        m.packagePath().forEach(p -> rulePath.add(new StringValue(p)));
        rulePath.add(new StringValue(((Var) r.head().head()).name()));
        chain.add(own == null
                ? ObjectValue.builder().put("path", new ArrayValue(rulePath)).build()
                : link(own, rulePath));
        for (Module pm : packageModules) {
            for (Rule other : pm.rules()) {
                Annotation doc = annotationBefore(pm, other.loc().line(), "document");
                if (doc != null && ((Var) other.head().head()).name().equals(((Var) r.head().head()).name())) {
                    chain.add(link(doc, rulePath));
                }
            }
        }
        List<Value> pkgPath = rulePath.subList(0, rulePath.size() - 1);
        for (Module pm : packageModules) {
            for (Annotation a : pm.annotations()) {
                if (a.scope().equals("package")) {
                    chain.add(link(a, pkgPath));
                }
            }
        }
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("rego.metadata.rule", own == null ? ObjectValue.EMPTY : value(own));
        out.put("rego.metadata.chain", new ArrayValue(chain));
        return out;
    }

    private static Annotation annotationBefore(Module m, int line, String scope) {
        for (Annotation a : m.annotations()) {
            if (a.endLine() == line - 1 && a.scope().equals(scope)) {
                return a;
            }
        }
        return null;
    }

    private static Value link(Annotation a, List<Value> path) {
        return ObjectValue.builder().put("annotations", value(a)).put("path", new ArrayValue(path)).build();
    }

    private static Value value(Annotation a) {
        Map<String, Object> raw = new LinkedHashMap<>(a.raw());
        Object authors = raw.get("authors");
        if (authors instanceof List<?> list) {
            List<Object> norm = new ArrayList<>();
            for (Object o : list) {
                norm.add(o instanceof String s ? author(s) : o);
            }
            raw.put("authors", norm);
        }
        return Values.fromJson(JSON.valueToTree(raw));
    }

    private static Map<String, Object> author(String s) {
        Map<String, Object> out = new LinkedHashMap<>();
        int lt = s.lastIndexOf('<');
        if (lt >= 0 && s.endsWith(">")) {
            String name = s.substring(0, lt).trim();
            if (!name.isEmpty()) {
                out.put("name", name);
            }
            out.put("email", s.substring(lt + 1, s.length() - 1));
        } else {
            out.put("name", s.trim());
        }
        return out;
    }
}
