package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.List;

/**
 * A rule. {@code head} is the full head ref (the package prefix is added by the compiler), {@code
 * key} is the element of a MULTI rule, {@code value} the value (never null: the parser fills in
 * {@code true}), {@code elseRule} the next link of an else chain.
 */
public record Rule(
        RuleKind kind,
        boolean isDefault,
        Ref head,
        List<Term> args,
        Term key,
        Term value,
        List<Expr> body,
        Rule elseRule,
        Location loc) {
    public Rule withBody(List<Expr> newBody) {
        return new Rule(kind, isDefault, head, args, key, value, newBody, elseRule, loc);
    }
}
