package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;

public record NumberLit(String text, Location loc) implements Term {}
