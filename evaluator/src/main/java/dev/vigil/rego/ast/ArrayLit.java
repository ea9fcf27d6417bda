package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.List;

public record ArrayLit(List<Term> items, Location loc) implements Term {}
