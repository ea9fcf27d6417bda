package dev.vigil.rego.compile;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.ast.ArrayCompr;
import dev.vigil.rego.ast.ArrayLit;
import dev.vigil.rego.ast.BoolLit;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Const;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.ExprKind;
import dev.vigil.rego.ast.NullLit;
import dev.vigil.rego.ast.NumberLit;
import dev.vigil.rego.ast.ObjectCompr;
import dev.vigil.rego.ast.ObjectLit;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.SetCompr;
import dev.vigil.rego.ast.SetLit;
import dev.vigil.rego.ast.StringLit;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.TemplateString;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.ast.With;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves names in one module's rules (or a query): rule names and import aliases become {@code
 * data} refs, calls get their full name ({@code data.pkg.f} or the builtin name), locals are
 * renamed so nested declarations shadow, wildcards get unique names, literals become constants.
 */
public final class Resolver {
    private final List<String> pkg;
    private final Set<String> ruleNames;
    private final Map<String, Ref> imports;

    Resolver(List<String> pkg, Set<String> ruleNames, Map<String, Ref> imports) {
        this.pkg = pkg;
        this.ruleNames = ruleNames;
        this.imports = imports;
    }

    List<Expr> body(List<Expr> exprs, Scope scope) {
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            out.add(expr(e, scope));
        }
        return out;
    }

    private Expr expr(Expr e, Scope scope) {
        List<With> withs = new ArrayList<>();
        for (With w : e.withs()) {
            withs.add(new With(withTarget(w.target()), term(w.value(), scope), w.loc()));
        }
        ExprKind kind;
        sw17b:
        {
            Object sw17 = e.kind();
            if (sw17 instanceof ExprKind.SomeDecl s) {
                List<Var> vars = new ArrayList<>();
                for (Var v : s.vars()) {
                    vars.add(new Var(scope.declare(v.name()), v.loc()));
                }
                {
                    kind = new ExprKind.SomeDecl(vars);
                    break sw17b;
                }
            } else if (sw17 instanceof ExprKind.SomeIn s) {
                Term domain = term(s.domain(), scope);
                declarePattern(s.key(), scope);
                declarePattern(s.value(), scope);
                {
                    kind =
                            new ExprKind.SomeIn(
                                    s.key() == null ? null : term(s.key(), scope),
                                    term(s.value(), scope),
                                    domain);
                    break sw17b;
                }
            } else if (sw17 instanceof ExprKind.Every ev) {
                Term domain = term(ev.domain(), scope);
                Scope inner = scope.child();
                declarePattern(ev.key(), inner);
                declarePattern(ev.value(), inner);
                Term key = ev.key() == null ? null : term(ev.key(), inner);
                Term value = term(ev.value(), inner);
                {
                    kind = new ExprKind.Every(key, value, domain, body(ev.body(), inner));
                    break sw17b;
                }
            } else if (sw17 instanceof ExprKind.TermExpr t) {
                if (t.term() instanceof Call c
                        && c.op() instanceof Var op
                        && op.name().equals("assign")) {
                    Term rhs = term(c.args().get(1), scope);
                    declarePattern(c.args().get(0), scope);
                    {
                        kind =
                                new ExprKind.TermExpr(
                                        new Call(
                                                op,
                                                List.of(term(c.args().get(0), scope), rhs),
                                                c.loc()));
                        break sw17b;
                    }
                }
                {
                    kind = new ExprKind.TermExpr(term(t.term(), scope));
                    break sw17b;
                }
            }
            throw new IllegalStateException("unmatched " + sw17);
        }

        return new Expr(kind, e.negated(), List.copyOf(withs), e.loc());
    }

    private void declarePattern(Term t, Scope scope) {
        if (t == null) {
            return;
        }
        Object sw18 = t;
        if (sw18 instanceof Var v) {
            if (!v.isWildcard()) {
                scope.declare(v.name());
            }
        } else if (sw18 instanceof ArrayLit a) {
            a.items().forEach(i -> declarePattern(i, scope));
        } else if (sw18 instanceof ObjectLit o) {
            o.entries().forEach(en -> declarePattern(en.value(), scope));
        } else {
        }
    }

    private Term withTarget(Term t) {
        String name = dotted(t);
        if (name != null
                && !name.startsWith("data.")
                && !name.equals("data")
                && !name.startsWith("input")) {
            return new Var(callName(name), t.loc());
        }
        return term(t, Scope.root());
    }

    Term term(Term t, Scope scope) {
        if (t instanceof TemplateString ts) {
            return new TemplateString(terms(ts.parts(), scope), ts.loc());
        }
        Object sw19 = t;
        if (sw19 instanceof Var v) {
            return var(v, scope);
        } else if (sw19 instanceof NullLit n) {
            return new Const(NullValue.INSTANCE, n.loc());
        } else if (sw19 instanceof BoolLit b) {
            return new Const(BooleanValue.of(b.value()), b.loc());
        } else if (sw19 instanceof NumberLit n) {
            return new Const(NumberValue.parse(n.text()), n.loc());
        } else if (sw19 instanceof StringLit s) {
            return new Const(new StringValue(s.value()), s.loc());
        } else if (sw19 instanceof Const c) {
            return c;
        } else if (sw19 instanceof Ref r) {
            return ref(r, scope);
        } else if (sw19 instanceof ArrayLit a) {
            List<Term> items = terms(a.items(), scope);
            return allConst(items)
                    ? new Const(new ArrayValue(values(items)), a.loc())
                    : new ArrayLit(items, a.loc());
        } else if (sw19 instanceof SetLit s) {
            List<Term> items = terms(s.items(), scope);
            return allConst(items)
                    ? new Const(SetValue.of(values(items)), s.loc())
                    : new SetLit(items, s.loc());
        } else if (sw19 instanceof ObjectLit o) {
            return object(o, scope);
        } else if (sw19 instanceof ArrayCompr c) {
            Scope inner = scope.child();
            List<Expr> body = body(c.body(), inner);
            return new ArrayCompr(term(c.head(), inner), body, c.loc());
        } else if (sw19 instanceof SetCompr c) {
            Scope inner = scope.child();
            List<Expr> body = body(c.body(), inner);
            return new SetCompr(term(c.head(), inner), body, c.loc());
        } else if (sw19 instanceof ObjectCompr c) {
            Scope inner = scope.child();
            List<Expr> body = body(c.body(), inner);
            return new ObjectCompr(term(c.key(), inner), term(c.value(), inner), body, c.loc());
        } else if (sw19 instanceof Call c) {
            return call(c, scope);
        }
        throw new IllegalStateException("unmatched " + sw19);
    }

    private Term object(ObjectLit o, Scope scope) {
        List<ObjectLit.Entry> entries = new ArrayList<>();
        boolean ground = true;
        for (ObjectLit.Entry e : o.entries()) {
            Term k = term(e.key(), scope);
            Term v = term(e.value(), scope);
            ground &= k instanceof Const && v instanceof Const;
            entries.add(new ObjectLit.Entry(k, v));
        }
        if (ground) {
            Map<Value, Value> m = new LinkedHashMap<>();
            for (ObjectLit.Entry e : entries) {
                m.put(((Const) e.key()).value(), ((Const) e.value()).value());
            }
            return new Const(ObjectValue.of(m), o.loc());
        }
        return new ObjectLit(entries, o.loc());
    }

    private Term var(Var v, Scope scope) {
        if (v.isWildcard()) {
            return new Var(scope.fresh("_"), v.loc());
        }
        String local = scope.lookup(v.name());
        if (local != null) {
            return new Var(local, v.loc());
        }
        if (v.name().equals("input") || v.name().equals("data")) {
            return v;
        }
        if (!imports.containsKey(v.name()) && !ruleNames.contains(v.name())) {
            scope.use(v.name());
        }
        Ref imp = imports.get(v.name());
        if (imp != null) {
            return relocate(imp, v.loc());
        }
        if (ruleNames.contains(v.name())) {
            return dataRef(List.of(v.name()), v.loc());
        }
        return v;
    }

    private static Ref relocate(Ref r, Location loc) {
        return new Ref(
                r.head() instanceof Var hv ? new Var(hv.name(), loc) : r.head(), r.path(), loc);
    }

    private Ref dataRef(List<String> tail, Location loc) {
        List<Term> path = new ArrayList<>();
        for (String p : pkg) {
            path.add(new Const(new StringValue(p), loc));
        }
        for (String p : tail) {
            path.add(new Const(new StringValue(p), loc));
        }
        return new Ref(new Var("data", loc), path, loc);
    }

    private Term ref(Ref r, Scope scope) {
        Term head = term(r.head(), scope);
        List<Term> path = new ArrayList<>();
        if (head instanceof Ref hr) {
            path.addAll(hr.path());
            head = hr.head();
        }
        path.addAll(terms(r.path(), scope));
        return new Ref(head, path, r.loc());
    }

    private Term call(Call c, Scope scope) {
        String name = dotted(c.op());
        if (name == null) {
            throw new dev.vigil.rego.api.RegoException(
                    "rego_compile_error", "invalid call operator", c.loc());
        }
        return new Call(new Var(callName(name), c.op().loc()), terms(c.args(), scope), c.loc());
    }

    private String callName(String name) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        Ref imp = imports.get(first);
        if (imp != null) {
            return dotted(imp) + rest;
        }
        if (ruleNames.contains(first) && !first.equals("data")) {
            return "data." + String.join(".", pkg) + "." + name;
        }
        return name;
    }

    /** The dotted name of a var or a ref with only string keys, else null. */
    public static String dotted(Term t) {
        if (t instanceof Var v) {
            return v.name();
        }
        if (t instanceof Ref r && r.head() instanceof Var v) {
            StringBuilder sb = new StringBuilder(v.name());
            for (Term p : r.path()) {
                if (p instanceof StringLit s) {
                    sb.append('.').append(s.value());
                } else if (p instanceof Const c && c.value() instanceof StringValue s) {
                    sb.append('.').append(s.value());
                } else {
                    return null;
                }
            }
            return sb.toString();
        }
        return null;
    }

    private List<Term> terms(List<Term> ts, Scope scope) {
        List<Term> out = new ArrayList<>(ts.size());
        for (Term t : ts) {
            out.add(term(t, scope));
        }
        return out;
    }

    private static boolean allConst(List<Term> ts) {
        return ts.stream().allMatch(t -> t instanceof Const);
    }

    private static List<Value> values(List<Term> ts) {
        List<Value> out = new ArrayList<>(ts.size());
        for (Term t : ts) {
            out.add(((Const) t).value());
        }
        return out;
    }
}
