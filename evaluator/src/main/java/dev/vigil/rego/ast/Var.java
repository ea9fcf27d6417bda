package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;

/** A variable; {@code _} is the wildcard (renamed to a unique name by the compiler). */
public record Var(String name, Location loc) implements Term {
    public boolean isWildcard() {
        return name.equals("_");
    }
}
