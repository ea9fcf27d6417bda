package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.value.Value;

/** A ground value known at compile time. */
public record Const(Value value, Location loc) implements Term {}
