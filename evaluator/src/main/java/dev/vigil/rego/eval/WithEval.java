package dev.vigil.rego.eval;

import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.With;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** {@code with} modifiers: replace input, parts of data, or functions while one expression runs. */
final class WithEval {
    private final Evaluator ev;

    WithEval(Evaluator ev) {
        this.ev = ev;
    }

    boolean eval(Expr e, Bindings b, Cont k) {
        State outer = ev.state;
        State inner = outer.copy();
        Value input = outer.input;
        Value data = outer.data;
        for (With w : e.withs()) {
            String fn = functionName(w.target());
            if (fn != null) {
                String replacement = functionName(w.value());
                if (replacement != null) {
                    inner.functionOverrides.put(fn, replacement);
                } else {
                    inner.functionOverrides.put(fn, first(w.value(), b));
                }
                continue;
            }
            Ref target =
                    w.target() instanceof Ref r
                            ? r
                            : new Ref(w.target(), List.of(), w.target().loc());
            Value v = first(w.value(), b);
            if (v == null) {
                return true;
            }
            List<Value> path = new ArrayList<>();
            for (Term t : target.path()) {
                Value pv = first(t, b);
                if (pv == null) {
                    return true;
                }
                path.add(pv);
            }
            if (target.headIs("input")) {
                input = patch(input, path, 0, v);
            } else {
                data = patch(data, path, 0, v);
                inner.dataOverrides.put(List.copyOf(path), v);
            }
        }
        State replaced = new State(input, data, inner.dataOverrides, inner.functionOverrides);
        ev.state = replaced;
        try {
            return ev.exprNoWith(
                    e,
                    b,
                    () -> {
                        ev.state = outer;
                        try {
                            return k.run();
                        } finally {
                            ev.state = replaced;
                        }
                    });
        } finally {
            ev.state = outer;
        }
    }

    private String functionName(Term t) {
        String name = dev.vigil.rego.compile.Resolver.dotted(t);
        if (name == null) {
            return null;
        }
        if (ev.policy.functions().containsKey(name)
                || ev.policy.declarations().containsKey(name)
                || name.startsWith("internal.")) {
            return name;
        }
        return null;
    }

    private Value first(Term t, Bindings b) {
        Value[] out = {null};
        ev.terms.eval(
                t,
                b,
                v -> {
                    out[0] = v;
                    return false;
                });
        return out[0];
    }

    static Value patch(Value base, List<Value> path, int i, Value v) {
        if (i == path.size()) {
            return v;
        }
        ObjectValue obj = base instanceof ObjectValue o ? o : ObjectValue.EMPTY;
        Value child = obj.get(path.get(i));
        return obj.with(path.get(i), patch(child, path, i + 1, v));
    }
}
