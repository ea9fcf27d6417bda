package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;

/** A ground value known at compile time (the value is a {@code dev.vigil.rego.value.Value}). */
public record Const(Object value, Location loc) implements Term {
}
