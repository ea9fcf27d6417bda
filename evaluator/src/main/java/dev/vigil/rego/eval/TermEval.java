package dev.vigil.rego.eval;

import dev.vigil.rego.ast.ArrayCompr;
import dev.vigil.rego.ast.ArrayLit;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Const;
import dev.vigil.rego.ast.ObjectCompr;
import dev.vigil.rego.ast.ObjectLit;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.SetCompr;
import dev.vigil.rego.ast.SetLit;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.TemplateString;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Term evaluation, reference walking and unification. */
final class TermEval {
    interface EntryCont {
        boolean accept(Value key, Value value);
    }

    interface ValuesCont {
        boolean accept(Value[] values);
    }

    private final Evaluator ev;

    TermEval(Evaluator ev) {
        this.ev = ev;
    }

    boolean eval(Term t, Bindings b, ValueCont k) {
        if (t instanceof TemplateString ts) {
            return k.accept(template(ts, b));
        }
        Object sw2 = t;
        if (sw2 instanceof Const c) {
            return k.accept(c.value());
        } else if (sw2 instanceof Var v) {
            Value val = b.get(v.name());
            if (val != null) {
                return k.accept(val);
            }
            if (v.name().equals("input")) {
                return ev.state.input == null || k.accept(ev.state.input);
            }
            if (v.name().equals("data")) {
                return ev.docs.data(List.of(), 0, b, k);
            }
            throw Evaluator.error(
                    "rego_unsafe_var_error", "var " + v.name() + " is unsafe", v.loc());
        } else if (sw2 instanceof Ref r) {
            return ref(r, b, k);
        } else if (sw2 instanceof ArrayLit a) {
            return all(a.items(), b, vals -> k.accept(new ArrayValue(List.of(vals))));
        } else if (sw2 instanceof SetLit s) {
            return all(s.items(), b, vals -> k.accept(SetValue.of(vals)));
        } else if (sw2 instanceof ObjectLit o) {
            List<Term> flat = new ArrayList<>();
            o.entries()
                    .forEach(
                            e -> {
                                flat.add(e.key());
                                flat.add(e.value());
                            });
            return all(
                    flat,
                    b,
                    vals -> {
                        Map<Value, Value> m = new TreeMap<>();
                        for (int i = 0; i < vals.length; i += 2) {
                            m.put(vals[i], vals[i + 1]);
                        }
                        return k.accept(ObjectValue.of(m));
                    });
        } else if (sw2 instanceof ArrayCompr c) {
            List<Value> out = new ArrayList<>();
            ev.body(c.body(), 0, b, () -> eval(c.head(), b, v -> out.add(v) || true));
            return k.accept(new ArrayValue(out));
        } else if (sw2 instanceof SetCompr c) {
            List<Value> out = new ArrayList<>();
            ev.body(c.body(), 0, b, () -> eval(c.head(), b, v -> out.add(v) || true));
            return k.accept(SetValue.of(out));
        } else if (sw2 instanceof ObjectCompr c) {
            Map<Value, Value> out = new TreeMap<>();
            ev.body(
                    c.body(),
                    0,
                    b,
                    () ->
                            eval(
                                    c.key(),
                                    b,
                                    key ->
                                            eval(
                                                    c.value(),
                                                    b,
                                                    val -> {
                                                        Value prev = out.putIfAbsent(key, val);
                                                        if (prev != null && !prev.equals(val)) {
                                                            throw Evaluator.error(
                                                                    "eval_conflict_error",
                                                                    "object keys must be unique",
                                                                    c.loc());
                                                        }
                                                        return true;
                                                    })));
            return k.accept(ObjectValue.of(out));
        } else if (sw2 instanceof Call c) {
            return ev.calls.call(c, b, false, k);
        } else {
            throw new IllegalStateException("unresolved term " + t);
        }
    }

    private Value template(TemplateString ts, Bindings b) {
        StringBuilder sb = new StringBuilder();
        for (Term part : ts.parts()) {
            Value[] first = {null};
            eval(
                    part,
                    b,
                    v -> {
                        first[0] = v;
                        return false;
                    });
            if (first[0] == null) {
                sb.append("<undefined>");
            } else if (first[0] instanceof dev.vigil.rego.value.StringValue s) {
                sb.append(s.value());
            } else {
                sb.append(first[0].toRego());
            }
        }
        return new dev.vigil.rego.value.StringValue(sb.toString());
    }

    boolean all(List<Term> items, Bindings b, ValuesCont k) {
        return all(items, 0, new Value[items.size()], b, k);
    }

    private boolean all(List<Term> items, int i, Value[] acc, Bindings b, ValuesCont k) {
        if (i == items.size()) {
            return k.accept(acc.clone());
        }
        return eval(
                items.get(i),
                b,
                v -> {
                    acc[i] = v;
                    return all(items, i + 1, acc, b, k);
                });
    }

    private boolean ref(Ref r, Bindings b, ValueCont k) {
        if (r.head() instanceof Var v && b.get(v.name()) == null) {
            if (v.name().equals("data")) {
                return ev.docs.data(r.path(), 0, b, k);
            }
            if (v.name().equals("input")) {
                return ev.state.input == null || walk(ev.state.input, r.path(), 0, b, k);
            }
        }
        return eval(r.head(), b, h -> walk(h, r.path(), 0, b, k));
    }

    boolean walk(Value cur, List<Term> path, int i, Bindings b, ValueCont k) {
        if (i == path.size()) {
            return k.accept(cur);
        }
        Term p = path.get(i);
        if (isPattern(p, b)) {
            return iterate(
                    cur, (key, val) -> unifyValue(p, key, b, () -> walk(val, path, i + 1, b, k)));
        }
        return eval(
                p,
                b,
                key -> {
                    Value next = lookup(cur, key);
                    return next == null || walk(next, path, i + 1, b, k);
                });
    }

    static Value lookup(Value cur, Value key) {
        Object sw3 = cur;
        if (sw3 instanceof ObjectValue o) {
            return o.get(key);
        } else if (sw3 instanceof ArrayValue a) {
            if (key instanceof NumberValue n && n.isInteger()) {
                return n.intValueExact()
                        .filter(ix -> ix >= 0 && ix < a.size())
                        .map(a::get)
                        .orElse(null);
            }
            return null;
        } else if (sw3 instanceof SetValue s) {
            return s.contains(key) ? key : null;
        } else {
            return null;
        }
    }

    static boolean isCollection(Value v) {
        return v instanceof ObjectValue || v instanceof ArrayValue || v instanceof SetValue;
    }

    boolean iterate(Value cur, EntryCont k) {
        Object sw4 = cur;
        if (sw4 instanceof ObjectValue o) {
            for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
                if (!k.accept(e.getKey(), e.getValue())) {
                    return false;
                }
            }
        } else if (sw4 instanceof ArrayValue a) {
            for (int i = 0; i < a.size(); i++) {
                if (!k.accept(NumberValue.of(i), a.get(i))) {
                    return false;
                }
            }
        } else if (sw4 instanceof SetValue s) {
            for (Value v : s.elements()) {
                if (!k.accept(v, v)) {
                    return false;
                }
            }
        } else {
        }

        return true;
    }

    /**
     * True when the term has unbound variables in pattern positions (so it can only be matched).
     */
    boolean isPattern(Term t, Bindings b) {
        Object sw5 = t;
        if (sw5 instanceof Var v) {
            return b.get(v.name()) == null && !v.name().equals("input") && !v.name().equals("data");
        } else if (sw5 instanceof ArrayLit a) {
            return a.items().stream().anyMatch(x -> isPattern(x, b));
        } else if (sw5 instanceof ObjectLit o) {
            return o.entries().stream().anyMatch(e -> isPattern(e.value(), b));
        } else {
            return false;
        }
    }

    boolean unify(Term a, Term c, Bindings b, Cont k) {
        boolean pa = isPattern(a, b);
        boolean pc = isPattern(c, b);
        if (pa && pc) {
            if (a instanceof ObjectLit x && c instanceof ObjectLit y) {
                if (x.entries().size() != y.entries().size()) {
                    return true;
                }
                List<Term> xs = new ArrayList<>();
                List<Term> ys = new ArrayList<>();
                for (ObjectLit.Entry ex : x.entries()) {
                    Term other =
                            y.entries().stream()
                                    .filter(ey -> sameKey(ey.key(), ex.key()))
                                    .map(ObjectLit.Entry::value)
                                    .findFirst()
                                    .orElse(null);
                    if (other == null) {
                        return true;
                    }
                    xs.add(ex.value());
                    ys.add(other);
                }
                return unifyPairs(xs, ys, 0, b, k);
            }
            if (a instanceof ArrayLit x && c instanceof ArrayLit y) {
                return x.items().size() != y.items().size()
                        || unifyPairs(x.items(), y.items(), 0, b, k);
            }
            if (a instanceof Var va && c instanceof Var vc) {
                throw Evaluator.error(
                        "rego_unsafe_var_error", "var " + va.name() + " is unsafe", va.loc());
            }
            if (a instanceof Var) {
                return eval(c, b, v -> unifyValue(a, v, b, k));
            }
            return eval(a, b, v -> unifyValue(c, v, b, k));
        }
        if (pa) {
            return eval(c, b, v -> unifyValue(a, v, b, k));
        }
        if (pc) {
            return eval(a, b, v -> unifyValue(c, v, b, k));
        }
        return eval(a, b, va -> eval(c, b, vc -> !va.equals(vc) || k.run()));
    }

    private static boolean sameKey(Term a, Term b) {
        return a instanceof Const x && b instanceof Const y
                ? x.value().equals(y.value())
                : a.equals(b);
    }

    private boolean unifyPairs(List<Term> xs, List<Term> ys, int i, Bindings b, Cont k) {
        if (i == xs.size()) {
            return k.run();
        }
        return unify(xs.get(i), ys.get(i), b, () -> unifyPairs(xs, ys, i + 1, b, k));
    }

    boolean unifyValue(Term p, Value v, Bindings b, Cont k) {
        Object sw6 = p;
        if (sw6 instanceof Var var) {
            Value cur = b.get(var.name());
            if (cur != null) {
                return !cur.equals(v) || k.run();
            }
            if (var.name().equals("input") || var.name().equals("data")) {
                return eval(p, b, x -> !x.equals(v) || k.run());
            }
            return b.bindAndRun(var.name(), v, k);
        } else if (sw6 instanceof Const c) {
            return !c.value().equals(v) || k.run();
        } else if (sw6 instanceof ArrayLit a) {
            if (!(v instanceof ArrayValue av) || av.size() != a.items().size()) {
                return true;
            }
            return unifyElems(a.items(), av.elements(), 0, b, k);
        } else if (sw6 instanceof ObjectLit o) {
            if (!(v instanceof ObjectValue ov) || ov.size() != o.entries().size()) {
                return true;
            }
            List<Term> keys = o.entries().stream().map(ObjectLit.Entry::key).toList();
            return all(
                    keys,
                    b,
                    ks -> {
                        List<Value> vals = new ArrayList<>();
                        for (Value key : ks) {
                            Value x = ov.get(key);
                            if (x == null) {
                                return true;
                            }
                            vals.add(x);
                        }
                        return unifyElems(
                                o.entries().stream().map(ObjectLit.Entry::value).toList(),
                                vals,
                                0,
                                b,
                                k);
                    });
        } else {
            return eval(p, b, x -> !x.equals(v) || k.run());
        }
    }

    private boolean unifyElems(List<Term> ps, List<Value> vs, int i, Bindings b, Cont k) {
        if (i == ps.size()) {
            return k.run();
        }
        return unifyValue(ps.get(i), vs.get(i), b, () -> unifyElems(ps, vs, i + 1, b, k));
    }
}
