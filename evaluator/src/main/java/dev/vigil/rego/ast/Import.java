package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;

/** {@code import data.x.y as z}; alias is null when absent. */
public record Import(Ref path, String alias, Location loc) {}
