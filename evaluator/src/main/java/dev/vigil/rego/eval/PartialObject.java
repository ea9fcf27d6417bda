package dev.vigil.rego.eval;

import dev.vigil.rego.ast.RuleKind;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.compile.CompiledRule;
import dev.vigil.rego.compile.RuleNode;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the object produced by rules with variable ref heads ({@code p[x] := v}, {@code a[b]
 * contains c}).
 */
final class PartialObject {
    private final Evaluator ev;
    private final Map<Value, Object> root = new TreeMap<>();

    PartialObject(Evaluator ev) {
        this.ev = ev;
    }

    Value build(RuleNode node) {
        for (CompiledRule r : node.rules()) {
            Bindings b = new Bindings();
            List<Term> rest = r.rest();
            boolean multi = r.rule().kind() == RuleKind.MULTI;
            for (CompiledRule link = r; link != null; link = link.elseRule()) {
                CompiledRule l = link;
                boolean[] found = {false};
                ev.body(
                        l.rule().body(),
                        0,
                        b,
                        () -> {
                            found[0] = true;
                            return ev.terms.all(
                                    rest,
                                    b,
                                    keys ->
                                            ev.terms.eval(
                                                    multi ? l.rule().key() : l.rule().value(),
                                                    b,
                                                    v -> {
                                                        insert(keys, v, multi, l);
                                                        return true;
                                                    }));
                        });
                if (found[0]) {
                    break;
                }
            }
        }
        return toValue(root);
    }

    @SuppressWarnings("unchecked")
    private void insert(Value[] keys, Value v, boolean multi, CompiledRule r) {
        Map<Value, Object> level = root;
        for (int i = 0; i < keys.length - 1; i++) {
            Object next = level.computeIfAbsent(keys[i], k -> new TreeMap<Value, Object>());
            if (!(next instanceof Map)) {
                throw Evaluator.error(
                        "eval_conflict_error", "object keys must be unique", r.rule().loc());
            }
            level = (Map<Value, Object>) next;
        }
        Value last = keys[keys.length - 1];
        if (multi) {
            Object set = level.computeIfAbsent(last, k -> new TreeSet<Value>());
            ((TreeSet<Value>) set).add(v);
            return;
        }
        Object prev = level.get(last);
        if (prev == null) {
            level.put(last, v);
        } else if (!(prev instanceof Value pv) || !pv.equals(v)) {
            throw Evaluator.error(
                    "eval_conflict_error", "object keys must be unique", r.rule().loc());
        }
    }

    @SuppressWarnings("unchecked")
    private static Value toValue(Object o) {
        if (o instanceof Value v) {
            return v;
        }
        if (o instanceof TreeSet<?> s) {
            return SetValue.of(new ArrayList<>((TreeSet<Value>) s));
        }
        Map<Value, Value> out = new TreeMap<>();
        ((Map<Value, Object>) o).forEach((k, v) -> out.put(k, toValue(v)));
        return ObjectValue.of(out);
    }
}
