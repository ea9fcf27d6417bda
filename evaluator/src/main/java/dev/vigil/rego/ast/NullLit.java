package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;

public record NullLit(Location loc) implements Term {}
