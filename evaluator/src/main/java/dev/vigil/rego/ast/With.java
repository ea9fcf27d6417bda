package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;

public record With(Term target, Term value, Location loc) {}
