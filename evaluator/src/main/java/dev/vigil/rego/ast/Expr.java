package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.List;

/** One literal of a body: an optionally negated expression with {@code with} modifiers. */
public record Expr(ExprKind kind, boolean negated, List<With> withs, Location loc) {
    public Expr withKind(ExprKind k) {
        return new Expr(k, negated, withs, loc);
    }
}
