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
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The data document: base data merged with virtual documents computed from rules (memoised). */
final class Docs {
    private final Evaluator ev;

    Docs(Evaluator ev) {
        this.ev = ev;
    }

    boolean data(List<Term> path, int i, Bindings b, ValueCont k) {
        return node(ev.policy.root(), ev.state.data, path, i, b, k);
    }

    private boolean node(
            RuleNode node, Value base, List<Term> path, int i, Bindings b, ValueCont k) {
        if (node != null && !ev.state.dataOverrides.isEmpty()) {
            Value o = ev.state.dataOverrides.get(node.path());
            if (o != null) {
                return ev.terms.walk(o, path, i, b, k);
            }
        }
        if (node == null) {
            return base == null || walkBase(base, path, i, b, k);
        }
        if (node.hasRules() || i == path.size()) {
            Value v = value(node, base);
            return v == null || ev.terms.walk(v, path, i, b, k);
        }
        Term p = path.get(i);
        if (ev.terms.isPattern(p, b)) {
            TreeSet<Value> keys = new TreeSet<>(node.children().keySet());
            if (base instanceof ObjectValue o) {
                keys.addAll(o.keys());
            }
            for (Value key : keys) {
                if (!ev.terms.unifyValue(
                        p,
                        key,
                        b,
                        () ->
                                node(
                                        node.child(key),
                                        TermEval.lookup(baseOrEmpty(base), key),
                                        path,
                                        i + 1,
                                        b,
                                        k))) {
                    return false;
                }
            }
            return true;
        }
        return ev.terms.eval(
                p,
                b,
                key -> {
                    RuleNode child = node.child(key);
                    if (child == null) {
                        child = node.child(dataKey(key));
                    }
                    return node(
                            child, base == null ? null : dataLookup(base, key), path, i + 1, b, k);
                });
    }

    /** Base documents are JSON, so a number key also finds the string key OPA would use. */
    private static Value dataKey(Value key) {
        return key instanceof dev.vigil.rego.value.NumberValue n
                ? new dev.vigil.rego.value.StringValue(n.toString())
                : key;
    }

    private static Value dataLookup(Value base, Value key) {
        Value v = TermEval.lookup(base, key);
        if (v == null
                && base instanceof ObjectValue
                && key instanceof dev.vigil.rego.value.NumberValue) {
            v = TermEval.lookup(base, dataKey(key));
        }
        return v;
    }

    private boolean walkBase(Value cur, List<Term> path, int i, Bindings b, ValueCont k) {
        if (i == path.size()) {
            return k.accept(cur);
        }
        Term p = path.get(i);
        if (ev.terms.isPattern(p, b)) {
            return ev.terms.walk(cur, path, i, b, k);
        }
        return ev.terms.eval(
                p,
                b,
                key -> {
                    Value next = dataLookup(cur, key);
                    return next == null || walkBase(next, path, i + 1, b, k);
                });
    }

    private static Value baseOrEmpty(Value base) {
        return base == null ? ObjectValue.EMPTY : base;
    }

    /** The full value of a node, or null when undefined. */
    Value value(RuleNode node, Value base) {
        if (node.isFunction()) {
            return null;
        }
        if (!ev.state.dataOverrides.isEmpty() && ev.state.dataOverrides.containsKey(node.path())) {
            return ev.state.dataOverrides.get(node.path());
        }
        Optional<Value> cached = ev.state.cache.get(node);
        if (cached != null) {
            return cached.orElse(null);
        }
        Value v = compute(node, base);
        ev.state.cache.put(node, Optional.ofNullable(v));
        return v;
    }

    private Value compute(RuleNode node, Value base) {
        Value own = node.hasRules() ? rules(node) : null;
        if (node.children().isEmpty()) {
            return node.hasRules() ? own : base != null ? base : ObjectValue.EMPTY;
        }
        ObjectValue.Builder out = ObjectValue.builder();
        if (base instanceof ObjectValue o) {
            o.entries().forEach(out::put);
        }
        if (own instanceof ObjectValue o) {
            o.entries().forEach(out::put);
        }
        for (Map.Entry<Value, RuleNode> c : node.children().entrySet()) {
            if (c.getValue().isFunction()) {
                continue;
            }
            Value baseChild = base == null ? null : TermEval.lookup(base, c.getKey());
            if (baseChild != null && c.getValue().hasRules()) {
                // OPA returns the base document when a rule and base data define the same path.
                continue;
            }
            Value cv = value(c.getValue(), baseChild);
            if (cv != null) {
                Value prev = out.get(c.getKey());
                out.put(c.getKey(), prev == null ? cv : merge(prev, cv));
            }
        }
        return out.build();
    }

    private Value rules(RuleNode node) {
        if (!ev.state.inProgress.add(node)) {
            throw Evaluator.error(
                    "rego_recursion_error", "rule " + node.path() + " is recursive", firstLoc(node));
        }
        if (++ev.depth > ev.maxDepth) {
            throw Evaluator.error("eval_limit_error", "maximum evaluation depth exceeded", firstLoc(node));
        }
        try {
            return rulesInner(node);
        } finally {
            ev.depth--;
            ev.state.inProgress.remove(node);
        }
    }

    private Value rulesInner(RuleNode node) {
        boolean complete = true;
        boolean multi = false;
        for (CompiledRule r : node.rules()) {
            complete &= r.rest().isEmpty() && r.rule().kind() == RuleKind.SINGLE;
            multi |= r.rule().kind() == RuleKind.MULTI && r.rest().isEmpty();
        }
        if (multi && complete == false && node.rules().stream().allMatch(r -> r.rest().isEmpty())) {
            List<Value> items = new ArrayList<>();
            for (CompiledRule r : node.rules()) {
                Bindings b = new Bindings();
                ev.body(
                        r.rule().body(),
                        0,
                        b,
                        () -> ev.terms.eval(r.rule().key(), b, v -> items.add(v) || true));
            }
            return SetValue.of(items);
        }
        if (complete) {
            Value result = null;
            for (CompiledRule r : node.rules()) {
                Value v = chain(r);
                if (v != null) {
                    if (result != null && !result.equals(v)) {
                        throw Evaluator.error(
                                "eval_conflict_error",
                                "complete rules must not produce multiple outputs",
                                r.rule().loc());
                    }
                    result = v;
                }
            }
            if (result == null && !node.defaults().isEmpty()) {
                CompiledRule d = node.defaults().get(0);
                Value[] dv = {null};
                ev.terms.eval(
                        d.rule().value(),
                        new Bindings(),
                        v -> {
                            dv[0] = v;
                            return false;
                        });
                result = dv[0];
            }
            return result;
        }
        return new PartialObject(ev).build(node);
    }

    /** The value of one complete rule with its else chain, or null when undefined. */
    Value chain(CompiledRule first) {
        for (CompiledRule r = first; r != null; r = r.elseRule()) {
            Value[] result = {null};
            boolean[] found = {false};
            CompiledRule link = r;
            Bindings b = new Bindings();
            ev.body(
                    r.rule().body(),
                    0,
                    b,
                    () -> {
                        found[0] = true;
                        return ev.terms.eval(
                                link.rule().value(),
                                b,
                                v -> {
                                    if (result[0] != null && !result[0].equals(v)) {
                                        throw Evaluator.error(
                                                "eval_conflict_error",
                                                "complete rules must not produce multiple outputs",
                                                link.rule().loc());
                                    }
                                    result[0] = v;
                                    return true;
                                });
                    });
            if (found[0]) {
                return result[0];
            }
        }
        return null;
    }

    private static dev.vigil.rego.api.Location firstLoc(RuleNode node) {
        if (!node.rules().isEmpty()) {
            return node.rules().get(0).rule().loc();
        }
        return node.defaults().isEmpty() ? null : node.defaults().get(0).rule().loc();
    }

    /** Deep merge of a rule-produced value with a child document; incompatible leaves conflict. */
    static Value merge(Value a, Value b) {
        if (a.equals(b)) {
            return a;
        }
        if (a instanceof ObjectValue x && b instanceof ObjectValue y) {
            Map<Value, Value> m = new TreeMap<>(x.entries());
            y.entries().forEach((k, v) -> m.merge(k, v, Docs::merge));
            return ObjectValue.of(m);
        }
        if (a instanceof SetValue x && b instanceof SetValue y) {
            List<Value> all = new ArrayList<>(x.elements());
            all.addAll(y.elements());
            return SetValue.of(all);
        }
        throw Evaluator.error("eval_conflict_error", "object keys must be unique", null);
    }
}
