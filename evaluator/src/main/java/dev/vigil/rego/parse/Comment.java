package dev.vigil.rego.parse;

import dev.vigil.rego.api.Location;

/** A source comment (text after '#'), kept for METADATA annotations. */
public record Comment(String text, Location location) {}
