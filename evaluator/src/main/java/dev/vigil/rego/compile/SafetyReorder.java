package dev.vigil.rego.compile;

import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.ast.ArrayCompr;
import dev.vigil.rego.ast.ArrayLit;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.ExprKind;
import dev.vigil.rego.ast.ObjectCompr;
import dev.vigil.rego.ast.ObjectLit;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.SetCompr;
import dev.vigil.rego.ast.SetLit;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.TemplateString;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.ast.With;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Orders each body so every variable is bound before it is read (as OPA does), and reports unsafe
 * variables with their location. Nested bodies (comprehensions, every) are reordered too.
 */
final class SafetyReorder {
    private final Map<String, Integer> total;
    private final ToIntFunction<String> arity;

    /** {@code total} counts every variable occurrence in the whole rule or query. */
    SafetyReorder(Map<String, Integer> total, ToIntFunction<String> arity) {
        this.total = total;
        this.arity = arity;
    }

    List<Expr> reorder(List<Expr> body, Set<String> initiallyBound) {
        Set<String> bound = new HashSet<>(initiallyBound);
        List<Expr> remaining = new ArrayList<>(body);
        List<Expr> out = new ArrayList<>(body.size());
        while (!remaining.isEmpty()) {
            int pick = -1;
            for (int i = 0; i < remaining.size(); i++) {
                if (ready(remaining.get(i), bound)) {
                    pick = i;
                    break;
                }
            }
            if (pick < 0) {
                Expr e = remaining.get(0);
                Set<String> missing = new LinkedHashSet<>(needs(e));
                missing.removeAll(bound);
                if (missing.isEmpty()) {
                    Map<String, Integer> m = new HashMap<>();
                    Vars.count(e, m);
                    missing.addAll(m.keySet());
                    missing.removeAll(bound);
                }
                String v =
                        missing.stream()
                                .filter(n -> !n.contains("$"))
                                .findFirst()
                                .orElse(missing.isEmpty() ? "?" : missing.iterator().next());
                throw new RegoException(
                        "rego_unsafe_var_error", "var " + display(v) + " is unsafe", e.loc());
            }
            Expr e = remaining.remove(pick);
            out.add(nested(e, bound));
            bind(e, bound);
        }
        return out;
    }

    static String display(String v) {
        int d = v.indexOf('$');
        return d < 0 ? v : d == 1 && v.startsWith("_") ? "_" : v.substring(0, d);
    }

    private void bind(Expr e, Set<String> bound) {
        if (e.negated()) {
            return;
        }
        Object sw10 = e.kind();
        if (sw10 instanceof ExprKind.TermExpr t) {
            outputs(t.term(), bound);
        } else if (sw10 instanceof ExprKind.SomeIn s) {
            outputs(s.key(), bound);
            outputs(s.value(), bound);
            outputs(s.domain(), bound);
        } else {
        }
    }

    /** Vars bound by evaluating a term: everything outside nested closures. */
    private static void outputs(Term t, Set<String> bound) {
        if (t == null) {
            return;
        }
        Object sw11 = t;
        if (sw11 instanceof Var v) {
            bound.add(v.name());
        } else if (sw11 instanceof Ref r) {
            outputs(r.head(), bound);
            r.path().forEach(p -> outputs(p, bound));
        } else if (sw11 instanceof ArrayLit a) {
            a.items().forEach(i -> outputs(i, bound));
        } else if (sw11 instanceof SetLit s) {
            s.items().forEach(i -> outputs(i, bound));
        } else if (sw11 instanceof ObjectLit o) {
            o.entries()
                    .forEach(
                            en -> {
                                outputs(en.key(), bound);
                                outputs(en.value(), bound);
                            });
        } else if (sw11 instanceof Call c) {
            c.args().forEach(a -> outputs(a, bound));
        } else {
        }
    }

    private boolean ready(Expr e, Set<String> bound) {
        if (!bound.containsAll(needs(e))) {
            return false;
        }
        if (!e.negated()
                && e.kind() instanceof ExprKind.TermExpr t
                && t.term() instanceof Call c
                && c.op() instanceof Var op
                && (op.name().equals("eq") || op.name().equals("assign"))) {
            return canUnify(c.args().get(0), c.args().get(1), bound);
        }
        return true;
    }

    private boolean canUnify(Term a, Term b, Set<String> bound) {
        if (bound.containsAll(valueNeeds(a)) || bound.containsAll(valueNeeds(b))) {
            return true;
        }
        if (a instanceof ObjectLit x
                && b instanceof ObjectLit y
                && x.entries().size() == y.entries().size()) {
            for (ObjectLit.Entry ex : x.entries()) {
                Term other =
                        y.entries().stream()
                                .filter(
                                        ey ->
                                                ey.key() instanceof dev.vigil.rego.ast.Const kc
                                                        && ex.key()
                                                                instanceof
                                                                dev.vigil.rego.ast.Const kx
                                                        && kc.value().equals(kx.value()))
                                .map(ObjectLit.Entry::value)
                                .findFirst()
                                .orElse(null);
                if (other == null || !canUnify(ex.value(), other, bound)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof ArrayLit x
                && b instanceof ArrayLit y
                && x.items().size() == y.items().size()) {
            for (int i = 0; i < x.items().size(); i++) {
                if (!canUnify(x.items().get(i), y.items().get(i), bound)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    Set<String> needs(Expr e) {
        Set<String> out = new HashSet<>();
        for (With w : e.withs()) {
            String fn = Resolver.dotted(w.value());
            if (fn == null || arity.applyAsInt(fn) < 0) {
                out.addAll(valueNeeds(w.value()));
            }
        }
        if (e.negated()) {
            out.addAll(outer(e));
            return out;
        }
        Object sw12 = e.kind();
        if (sw12 instanceof ExprKind.SomeDecl s) {
        } else if (sw12 instanceof ExprKind.SomeIn s) {
            out.addAll(valueNeeds(s.domain()));
            out.addAll(patternNeeds(s.key()));
            out.addAll(patternNeeds(s.value()));
        } else if (sw12 instanceof ExprKind.Every ev) {
            out.addAll(valueNeeds(ev.domain()));
            out.addAll(outer(e));
            Set<String> own = new HashSet<>();
            outputs(ev.key(), own);
            outputs(ev.value(), own);
            out.removeAll(own);
        } else if (sw12 instanceof ExprKind.TermExpr t) {
            out.addAll(termNeeds(t.term()));
        }

        return out;
    }

    private Set<String> termNeeds(Term t) {
        Set<String> out = new HashSet<>();
        if (t instanceof Call c && c.op() instanceof Var op) {
            String name = op.name();
            if (name.equals("eq") || name.equals("assign")) {
                out.addAll(patternNeeds(c.args().get(0)));
                out.addAll(patternNeeds(c.args().get(1)));
                return out;
            }
            int n = c.args().size();
            boolean hasOutput = n > 0 && arity.applyAsInt(name) == n - 1;
            Set<String> refBound = new HashSet<>();
            for (int i = 0; i < n; i++) {
                out.addAll(
                        hasOutput && i == n - 1
                                ? patternNeeds(c.args().get(i))
                                : valueNeeds(c.args().get(i)));
                if (c.args().get(i) instanceof Ref r) {
                    r.path()
                            .forEach(
                                    p -> {
                                        if (p instanceof Var pv) {
                                            refBound.add(pv.name());
                                        }
                                    });
                }
            }
            out.removeAll(refBound);
            return out;
        }
        return valueNeeds(t);
    }

    /** Variables of a closure or negation that the enclosing body binds elsewhere. */
    private Set<String> outer(Object construct) {
        Map<String, Integer> all = new HashMap<>();
        Map<String, Integer> top = new HashMap<>();
        if (construct instanceof Expr e) {
            Vars.count(e, all);
            TopVars.count(e, top);
        } else {
            Vars.count((Term) construct, all);
        }
        Set<String> out = new HashSet<>();
        all.keySet()
                .forEach(
                        v -> {
                            if (total.getOrDefault(v, 0) > top.getOrDefault(v, 0)) {
                                out.add(v);
                            }
                        });
        return out;
    }

    private SafetyReorder inner(List<Expr> body, Term... heads) {
        Map<String, Integer> t = new HashMap<>(total);
        TopVars.count(body, t);
        for (Term h : heads) {
            TopVars.count(h, t);
        }
        return new SafetyReorder(t, arity);
    }

    Set<String> patternNeeds(Term t) {
        Set<String> out = new HashSet<>();
        if (t == null) {
            return out;
        }
        Object sw13 = t;
        if (sw13 instanceof Var v) {
        } else if (sw13 instanceof ArrayLit a) {
            a.items().forEach(i -> out.addAll(patternNeeds(i)));
        } else if (sw13 instanceof ObjectLit o) {
            o.entries()
                    .forEach(
                            en -> {
                                out.addAll(valueNeeds(en.key()));
                                out.addAll(patternNeeds(en.value()));
                            });
        } else {
            out.addAll(valueNeeds(t));
        }

        return out;
    }

    Set<String> valueNeeds(Term t) {
        Set<String> out = new HashSet<>();
        if (t == null) {
            return out;
        }
        if (t instanceof TemplateString ts) {
            ts.parts().forEach(x -> out.addAll(valueNeeds(x)));
            return out;
        }
        Object sw14 = t;
        if (sw14 instanceof Var v) {
            if (!Vars.isRoot(v.name())) {
                out.add(v.name());
            }
        } else if (sw14 instanceof Ref r) {
            out.addAll(valueNeeds(r.head()));
            r.path().forEach(p -> out.addAll(patternNeeds(p)));
        } else if (sw14 instanceof ArrayLit a) {
            a.items().forEach(i -> out.addAll(valueNeeds(i)));
        } else if (sw14 instanceof SetLit s) {
            s.items().forEach(i -> out.addAll(valueNeeds(i)));
        } else if (sw14 instanceof ObjectLit o) {
            o.entries()
                    .forEach(
                            en -> {
                                out.addAll(valueNeeds(en.key()));
                                out.addAll(valueNeeds(en.value()));
                            });
        } else if (sw14 instanceof Call c) {
            out.addAll(termNeeds(c));
        } else if (sw14 instanceof ArrayCompr c) {
            out.addAll(outer(c));
        } else if (sw14 instanceof SetCompr c) {
            out.addAll(outer(c));
        } else if (sw14 instanceof ObjectCompr c) {
            out.addAll(outer(c));
        } else {
        }

        return out;
    }

    /** Reorders bodies nested in an expression, given the variables bound before it. */
    private Expr nested(Expr e, Set<String> bound) {
        ExprKind kind;
        sw15b:
        {
            Object sw15 = e.kind();
            if (sw15 instanceof ExprKind.TermExpr t) {
                kind = new ExprKind.TermExpr(nestedTerm(t.term(), bound));
                break sw15b;
            } else if (sw15 instanceof ExprKind.Every ev) {
                Set<String> inner = new HashSet<>(bound);
                outputs(ev.key(), inner);
                outputs(ev.value(), inner);
                {
                    kind =
                            new ExprKind.Every(
                                    ev.key(),
                                    ev.value(),
                                    nestedTerm(ev.domain(), bound),
                                    inner(ev.body()).reorder(ev.body(), inner));
                    break sw15b;
                }
            } else if (sw15 instanceof ExprKind.SomeIn s) {
                kind = new ExprKind.SomeIn(s.key(), s.value(), nestedTerm(s.domain(), bound));
                break sw15b;
            } else if (sw15 instanceof ExprKind.SomeDecl s) {
                kind = s;
                break sw15b;
            }
            throw new IllegalStateException("unmatched " + sw15);
        }

        List<With> withs = new ArrayList<>();
        for (With w : e.withs()) {
            withs.add(new With(w.target(), nestedTerm(w.value(), bound), w.loc()));
        }
        return new Expr(kind, e.negated(), withs, e.loc());
    }

    Term nestedTerm(Term t, Set<String> bound) {
        if (t instanceof TemplateString ts) {
            return new TemplateString(
                    ts.parts().stream().map(x -> nestedTerm(x, bound)).toList(), ts.loc());
        }
        Object sw16 = t;
        if (sw16 instanceof ArrayCompr c) {
            List<Expr> body = inner(c.body(), c.head()).reorder(c.body(), bound);
            return new ArrayCompr(c.head(), body, c.loc());
        } else if (sw16 instanceof SetCompr c) {
            return new SetCompr(
                    c.head(), inner(c.body(), c.head()).reorder(c.body(), bound), c.loc());
        } else if (sw16 instanceof ObjectCompr c) {
            return new ObjectCompr(
                    c.key(),
                    c.value(),
                    inner(c.body(), c.key(), c.value()).reorder(c.body(), bound),
                    c.loc());
        } else if (sw16 instanceof Call c) {
            return new Call(
                    c.op(), c.args().stream().map(a -> nestedTerm(a, bound)).toList(), c.loc());
        } else if (sw16 instanceof Ref r) {
            return new Ref(
                    nestedTerm(r.head(), bound),
                    r.path().stream().map(a -> nestedTerm(a, bound)).toList(),
                    r.loc());
        } else if (sw16 instanceof ArrayLit a) {
            return new ArrayLit(
                    a.items().stream().map(x -> nestedTerm(x, bound)).toList(), a.loc());
        } else if (sw16 instanceof SetLit s) {
            return new SetLit(s.items().stream().map(x -> nestedTerm(x, bound)).toList(), s.loc());
        } else if (sw16 instanceof ObjectLit o) {
            return new ObjectLit(
                    o.entries().stream()
                            .map(
                                    en ->
                                            new ObjectLit.Entry(
                                                    nestedTerm(en.key(), bound),
                                                    nestedTerm(en.value(), bound)))
                            .toList(),
                    o.loc());
        } else {
            return t;
        }
    }

    /** Variables bound once the (already ordered) body has run. */
    Set<String> boundAfter(List<Expr> body, Set<String> initiallyBound) {
        Set<String> bound = new HashSet<>(initiallyBound);
        body.forEach(e -> bind(e, bound));
        return bound;
    }
}
