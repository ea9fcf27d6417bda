package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.List;

/** A template string {@code $"a {x} b"}: literal string parts and embedded expression terms. */
public record TemplateString(List<Term> parts, Location loc) implements Term {}
