package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;

public record BoolLit(boolean value, Location loc) implements Term {}
