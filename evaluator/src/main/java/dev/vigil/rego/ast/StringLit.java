package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;

public record StringLit(String value, Location loc) implements Term {}
