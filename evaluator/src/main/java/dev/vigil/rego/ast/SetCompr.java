package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.List;

public record SetCompr(Term head, List<Expr> body, Location loc) implements Term {}
