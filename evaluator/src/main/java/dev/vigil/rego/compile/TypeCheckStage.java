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
import java.util.List;
import java.util.Set;

/** Stage "typecheck": unknown functions and wrong call arity are compile-time type errors. */
final class TypeCheckStage implements Stage {
    static final Set<String> INTERNAL =
            Set.of("eq", "assign", "internal.member_2", "internal.member_3");

    @Override
    public String name() {
        return "typecheck";
    }

    @Override
    public void run(CompileState state) {
        for (CompileState.Placed p : state.placed) {
            for (CompiledRule r = p.rule(); r != null; r = r.elseRule()) {
                check(state, r.rule().body());
                check(state, r.rule().value());
                check(state, r.rule().key());
            }
        }
    }

    static void check(CompileState state, List<Expr> body) {
        for (Expr e : body) {
            Object sw20 = e.kind();
            if (sw20 instanceof ExprKind.TermExpr t) {
                check(state, t.term());
            } else if (sw20 instanceof ExprKind.SomeIn s) {
                check(state, s.domain());
            } else if (sw20 instanceof ExprKind.Every ev) {
                check(state, ev.domain());
                check(state, ev.body());
            } else {
            }

            e.withs().forEach(w -> check(state, w.value()));
        }
    }

    static void check(CompileState state, Term t) {
        if (t == null) {
            return;
        }
        if (t instanceof TemplateString ts) {
            ts.parts().forEach(x -> check(state, x));
            return;
        }
        Object sw21 = t;
        if (sw21 instanceof Call c) {
            String name = ((Var) c.op()).name();
            if (!INTERNAL.contains(name)) {
                int arity = state.arity(name);
                if (arity < 0) {
                    throw new RegoException(
                            "rego_type_error", "undefined function " + name, c.loc());
                }
                int n = c.args().size();
                if (n != arity && n != arity + 1) {
                    throw new RegoException(
                            "rego_type_error",
                            name
                                    + ": arity mismatch: expected "
                                    + arity
                                    + " argument"
                                    + (arity == 1 ? "" : "s")
                                    + " but got "
                                    + n,
                            c.loc());
                }
            }
            c.args().forEach(a -> check(state, a));
        } else if (sw21 instanceof Ref r) {
            check(state, r.head());
            r.path().forEach(p -> check(state, p));
        } else if (sw21 instanceof ArrayLit a) {
            a.items().forEach(i -> check(state, i));
        } else if (sw21 instanceof SetLit s) {
            s.items().forEach(i -> check(state, i));
        } else if (sw21 instanceof ObjectLit o) {
            o.entries()
                    .forEach(
                            en -> {
                                check(state, en.key());
                                check(state, en.value());
                            });
        } else if (sw21 instanceof ArrayCompr c) {
            check(state, c.head());
            check(state, c.body());
        } else if (sw21 instanceof SetCompr c) {
            check(state, c.head());
            check(state, c.body());
        } else if (sw21 instanceof ObjectCompr c) {
            check(state, c.key());
            check(state, c.value());
            check(state, c.body());
        } else {
        }
    }
}
