package dev.vigil.rego.compile;

import dev.vigil.rego.api.RegoError;
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
import dev.vigil.rego.ast.TemplateString;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage "unsafebuiltins" (OPA's CheckUnsafeBuiltins): every call of a builtin in the state's
 * {@link UnsafeBuiltins} is an error at the call's location; all of them are reported at once.
 * Replacing such a builtin with {@code with} is not a call and stays allowed.
 */
final class UnsafeBuiltinsStage implements Stage {
    @Override
    public String name() {
        return "unsafebuiltins";
    }

    @Override
    public void run(CompileState state) {
        if (state.unsafe.names().isEmpty()) {
            return;
        }
        List<RegoError> errors = new ArrayList<>();
        for (CompileState.Placed p : state.placed) {
            for (CompiledRule r = p.rule(); r != null; r = r.elseRule()) {
                body(state.unsafe, r.rule().body(), errors);
                term(state.unsafe, r.rule().value(), errors);
                term(state.unsafe, r.rule().key(), errors);
            }
        }
        throwIfAny(errors);
    }

    /** Checks a query body (or any body) against {@code unsafe}. */
    static void check(UnsafeBuiltins unsafe, List<Expr> body) {
        List<RegoError> errors = new ArrayList<>();
        body(unsafe, body, errors);
        throwIfAny(errors);
    }

    private static void throwIfAny(List<RegoError> errors) {
        if (!errors.isEmpty()) {
            throw new RegoException(errors);
        }
    }

    private static void body(UnsafeBuiltins unsafe, List<Expr> body, List<RegoError> errors) {
        for (Expr e : body) {
            if (e.kind() instanceof ExprKind.TermExpr t) {
                term(unsafe, t.term(), errors);
            } else if (e.kind() instanceof ExprKind.SomeIn s) {
                term(unsafe, s.key(), errors);
                term(unsafe, s.value(), errors);
                term(unsafe, s.domain(), errors);
            } else if (e.kind() instanceof ExprKind.Every ev) {
                term(unsafe, ev.domain(), errors);
                body(unsafe, ev.body(), errors);
            }
            e.withs().forEach(w -> term(unsafe, w.value(), errors));
        }
    }

    private static void term(UnsafeBuiltins unsafe, Term t, List<RegoError> errors) {
        if (t == null) {
            return;
        }
        if (t instanceof Call c) {
            if (c.op() instanceof Var op && unsafe.refuses(op.name())) {
                errors.add(new RegoError("rego_type_error",
                        "unsafe built-in function calls in expression: " + op.name()
                                + (unsafe.reason().isEmpty() ? "" : " (" + unsafe.reason() + ")"),
                        c.loc()));
            }
            c.args().forEach(a -> term(unsafe, a, errors));
        } else if (t instanceof Ref r) {
            term(unsafe, r.head(), errors);
            r.path().forEach(p -> term(unsafe, p, errors));
        } else if (t instanceof TemplateString ts) {
            ts.parts().forEach(x -> term(unsafe, x, errors));
        } else if (t instanceof ArrayLit a) {
            a.items().forEach(i -> term(unsafe, i, errors));
        } else if (t instanceof SetLit s) {
            s.items().forEach(i -> term(unsafe, i, errors));
        } else if (t instanceof ObjectLit o) {
            o.entries().forEach(en -> {
                term(unsafe, en.key(), errors);
                term(unsafe, en.value(), errors);
            });
        } else if (t instanceof ArrayCompr c) {
            term(unsafe, c.head(), errors);
            body(unsafe, c.body(), errors);
        } else if (t instanceof SetCompr c) {
            term(unsafe, c.head(), errors);
            body(unsafe, c.body(), errors);
        } else if (t instanceof ObjectCompr c) {
            term(unsafe, c.key(), errors);
            term(unsafe, c.value(), errors);
            body(unsafe, c.body(), errors);
        }
    }
}
