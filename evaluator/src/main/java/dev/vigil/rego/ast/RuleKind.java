package dev.vigil.rego.ast;

public enum RuleKind {
    /** {@code p := v}, {@code p.q[x] := v}: one value per (ground) head ref. */
    SINGLE,
    /** {@code p contains x}: a partial set. */
    MULTI,
    /** {@code f(x) := y}. */
    FUNCTION
}
