package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.List;

public record ObjectCompr(Term key, Term value, List<Expr> body, Location loc) implements Term {}
