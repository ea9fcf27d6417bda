package dev.vigil.rego.conformance;

import dev.vigil.rego.api.PreparedQuery;
import dev.vigil.rego.api.Rego;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.api.Result;
import dev.vigil.rego.api.ResultSet;
import dev.vigil.rego.builtins.Builtin;
import dev.vigil.rego.builtins.BuiltinDeclaration;
import dev.vigil.rego.builtins.BuiltinRegistry;
import dev.vigil.rego.builtins.BuiltinType;
import dev.vigil.rego.parse.Parser;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Runs one conformance case; returns null on pass, else the failure reason. */
final class ConformanceRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BuiltinRegistry registry;

    ConformanceRunner() {
        BuiltinDeclaration sleep =
                new BuiltinDeclaration(
                        "test.sleep",
                        List.of(anyType()),
                        Optional.of(anyType()),
                        Optional.empty(),
                        Optional.empty(),
                        "test",
                        false,
                        false);
        this.registry =
                BuiltinRegistry.standard()
                        .with(new Builtin(sleep, (ctx, args) -> NullValue.INSTANCE));
    }

    private static BuiltinType anyType() {
        return new BuiltinType.AnyOf(List.of());
    }

    String run(ConformanceCase c) {
        Set<Object> got;
        try {
            Rego r =
                    Rego.builder()
                            .query(c.query())
                            .builtins(registry)
                            .strictBuiltinErrors(c.strictError());
            for (int i = 0; i < c.modules().size(); i++) {
                r.module("test-" + i + ".rego", c.modules().get(i));
            }
            if (c.data() != null) {
                r.data(toValue(c.data()));
            }
            PreparedQuery q = r.prepare();
            Value input = null;
            if (c.inputTerm() != null) {
                input =
                        Rego.builder()
                                .query("x = " + c.inputTerm())
                                .prepare()
                                .eval((Value) null)
                                .results()
                                .get(0)
                                .bindings()
                                .get("x");
            } else if (c.hasInput()) {
                input = toValue(c.input());
            }
            ResultSet rs = q.eval(input);
            if (c.wantErrorCode() != null || c.wantError() != null) {
                return "expected error "
                        + c.wantErrorCode()
                        + " "
                        + c.wantError()
                        + " but got "
                        + rs.results().size()
                        + " results";
            }
            got = rows(rs, c.sortBindings());
        } catch (RegoException e) {
            if (c.wantErrorCode() == null && c.wantError() == null) {
                return "unexpected error: " + e.getMessage();
            }
            if (c.wantErrorCode() != null && !c.wantErrorCode().equals(e.code())) {
                return "wrong error code " + e.code() + ": " + e.getMessage();
            }
            if (c.wantError() != null
                    && !e.getMessage().contains(c.wantError())
                    && !opaStyle(e).contains(c.wantError())) {
                return "wrong error message: " + e.getMessage() + " (want " + c.wantError() + ")";
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return "crash: " + e;
        }
        if (c.wantResult() == null) {
            return null;
        }
        Set<Object> want = new HashSet<>();
        for (Map<String, Object> row : c.wantResult()) {
            Map<String, Value> m = new TreeMap<>();
            row.forEach((k, v) -> m.put(k, toValue(v)));
            want.add(render(m, c.sortBindings()));
        }
        return want.equals(got) ? null : "want " + want + " got " + got;
    }

    /** OPA prints evaluation errors as {@code file:line: code: message}. */
    private static String opaStyle(RegoException e) {
        StringBuilder sb = new StringBuilder();
        e.errors()
                .forEach(
                        err ->
                                sb.append(
                                                err.location() == null
                                                        ? ""
                                                        : err.location().file()
                                                                + ":"
                                                                + err.location().line()
                                                                + ": ")
                                        .append(err.code())
                                        .append(": ")
                                        .append(err.message())
                                        .append('\n'));
        return sb.toString();
    }

    static Value toValue(Object yaml) {
        return Values.fromJson(JSON.valueToTree(yaml));
    }

    private static Set<Object> rows(ResultSet rs, boolean sort) {
        Set<Object> out = new HashSet<>();
        for (Result r : rs.results()) {
            out.add(render(r.bindings(), sort));
        }
        return out;
    }

    private static Object render(Map<String, Value> m, boolean sort) {
        Map<String, Object> sorted = new TreeMap<>();
        m.forEach((k, v) -> sorted.put(k, Values.toJson(normalise(v, sort))));
        return sorted;
    }

    private static Value normalise(Value v, boolean sort) {
        if (v instanceof SetValue s) {
            List<Value> items =
                    new ArrayList<>(s.elements().stream().map(x -> normalise(x, false)).toList());
            if (sort) {
                items.sort(null);
            }
            return new ArrayValue(items);
        }
        if (v instanceof ArrayValue a) {
            List<Value> items =
                    new ArrayList<>(a.elements().stream().map(x -> normalise(x, false)).toList());
            if (sort) {
                items.sort(null);
            }
            return new ArrayValue(items);
        }
        if (v instanceof ObjectValue o) {
            Map<Value, Value> m = new TreeMap<>();
            o.entries().forEach((k, x) -> m.put(k, normalise(x, false)));
            return ObjectValue.of(m);
        }
        return v;
    }

    static boolean parses(String src) {
        try {
            Parser.parseModule("x", src);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
