package dev.vigil.rego.compile;

import dev.vigil.rego.ast.ArrayLit;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.ExprKind;
import dev.vigil.rego.ast.ObjectLit;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.SetLit;
import dev.vigil.rego.ast.TemplateString;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.builtins.BuiltinDeclaration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * OPA's query stage "RewriteToCaptureValue" (package rego): the value of each query expression is
 * captured in a generated variable, so an expression's reported value is the one computed under its
 * {@code with} modifiers. A term {@code t} becomes {@code t = capture}; a call whose result is not
 * already bound gets {@code capture} as its output argument; unifications, assignments and negations
 * are left alone. Each captured value must then be truthy (a generated expression, not reported),
 * except in {@linkplain Mode#OPA_EVAL opa eval mode} for a query of one expression that does not
 * iterate: there {@code data.p.allow} is a result whose value is {@code false}.
 */
public final class QueryCapture {
    /**
     * @param body the rewritten query
     * @param captures for each original expression, the variable holding its value, or null when
     *     OPA reports {@code true} for it
     */
    public record Captured(List<Expr> body, List<String> captures) {}

    /** Whether a lone, non-iterating expression must be truthy. */
    public enum Mode {
        /** Every expression must hold, as in a rule body (OPA's topdown). */
        BODY,
        /** As {@code opa eval} and OPA's rego package: a lone expression's value is a result even when false. */
        OPA_EVAL
    }

    private QueryCapture() {}

    public static Captured rewrite(List<Expr> query, CompiledPolicy policy, Mode mode) {
        boolean check = mode == Mode.BODY || query.size() > 1 || iterates(query, policy);
        List<Expr> body = new ArrayList<>();
        List<String> captures = new ArrayList<>();
        for (int i = 0; i < query.size(); i++) {
            Expr e = query.get(i);
            Var capture = new Var(name(i), e.loc());
            Expr rewritten = capture(e, capture, policy);
            body.add(rewritten == null ? e : rewritten);
            captures.add(rewritten == null ? null : capture.name());
            if (rewritten != null && check) {
                // Right after its expression (OPA appends it at the end): a false value stops early.
                body.add(new Expr(new ExprKind.TermExpr(capture), false, List.of(), e.loc()));
            }
        }
        return new Captured(List.copyOf(body), Collections.unmodifiableList(captures));
    }

    /** Generated names hold a {@code $}, which no Rego variable can, and are left out of bindings. */
    static String name(int i) {
        return "__localq" + i + "__$";
    }

    private static Expr capture(Expr e, Var capture, CompiledPolicy policy) {
        if (e.negated() || !(e.kind() instanceof ExprKind.TermExpr t)) {
            return null;
        }
        if (t.term() instanceof Call c && c.op() instanceof Var op) {
            if (op.name().equals("eq") || op.name().equals("assign")) {
                return null;
            }
            if (!returnsValue(op.name(), policy) || arity(op.name(), policy) != c.args().size()) {
                return null;
            }
            List<Term> args = new ArrayList<>(c.args());
            args.add(capture);
            return e.withKind(new ExprKind.TermExpr(new Call(c.op(), args, c.loc())));
        }
        Call eq = new Call(new Var("eq", e.loc()), List.of(t.term(), capture), e.loc());
        return e.withKind(new ExprKind.TermExpr(eq));
    }

    private static int arity(String name, CompiledPolicy policy) {
        return switch (name) {
            case "internal.member_2" -> 2;
            case "internal.member_3" -> 3;
            default -> policy.arity(name);
        };
    }

    private static boolean returnsValue(String name, CompiledPolicy policy) {
        if (policy.functions().containsKey(name) || name.startsWith("internal.member_")) {
            return true;
        }
        BuiltinDeclaration d = policy.declarations().get(name);
        return d != null && d.result().isPresent();
    }

    /** OPA's {@code iteration}: a reference with a variable key, or a relation builtin (comprehensions aside). */
    private static boolean iterates(List<Expr> body, CompiledPolicy policy) {
        for (Expr e : body) {
            if (e.kind() instanceof ExprKind.TermExpr t && iterates(t.term(), policy)) {
                return true;
            }
            if (e.kind() instanceof ExprKind.SomeIn || e.kind() instanceof ExprKind.Every) {
                return true;
            }
        }
        return false;
    }

    private static boolean iterates(Term t, CompiledPolicy policy) {
        if (t instanceof Ref r) {
            for (Term p : r.path()) {
                if (p instanceof Var || iterates(p, policy)) {
                    return true;
                }
            }
            return iterates(r.head(), policy);
        }
        if (t instanceof Call c) {
            if (c.op() instanceof Var op) {
                BuiltinDeclaration d = policy.declarations().get(op.name());
                if (d != null && d.relation()) {
                    return true;
                }
            }
            return c.args().stream().anyMatch(a -> iterates(a, policy));
        }
        if (t instanceof ArrayLit a) {
            return a.items().stream().anyMatch(i -> iterates(i, policy));
        }
        if (t instanceof SetLit s) {
            return s.items().stream().anyMatch(i -> iterates(i, policy));
        }
        if (t instanceof ObjectLit o) {
            return o.entries().stream().anyMatch(en -> iterates(en.key(), policy) || iterates(en.value(), policy));
        }
        if (t instanceof TemplateString ts) {
            return ts.parts().stream().anyMatch(p -> iterates(p, policy));
        }
        // Comprehensions iterate inside only; variables, scalars and constants do not iterate.
        return false;
    }
}
