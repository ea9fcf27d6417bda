package dev.vigil.rego.compile;

import dev.vigil.rego.ast.Rule;
import dev.vigil.rego.ast.Term;
import java.util.List;

/**
 * A resolved rule: {@code rest} is the part of the head ref after the rule's node (empty for
 * complete rules and plain partial sets), {@code elseRule} the next compiled link of an else chain.
 */
public record CompiledRule(Rule rule, List<Term> rest, CompiledRule elseRule) {}
