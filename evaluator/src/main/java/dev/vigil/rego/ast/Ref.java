package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.List;

/**
 * A reference {@code head.path[0][path1]...}; dotted names appear as string literals in the path.
 */
public record Ref(Term head, List<Term> path, Location loc) implements Term {
    public boolean headIs(String name) {
        return head instanceof Var v && v.name().equals(name);
    }
}
