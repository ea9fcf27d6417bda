package dev.vigil.rego.ast;

import java.util.List;

/** What an expression does. */
public sealed interface ExprKind {
    /**
     * A plain term: a call (including {@code eq}/{@code assign}/comparisons) or a value that must
     * be truthy.
     */
    record TermExpr(Term term) implements ExprKind {}

    /** {@code some x, y}. */
    record SomeDecl(List<Var> vars) implements ExprKind {}

    /** {@code some v in xs} or {@code some k, v in xs}; key is null for the one-variable form. */
    record SomeIn(Term key, Term value, Term domain) implements ExprKind {}

    /** {@code every k, v in xs { body }}; key is null for the one-variable form. */
    record Every(Term key, Term value, Term domain, List<Expr> body) implements ExprKind {}
}
