package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.List;

public record Call(Term op, List<Term> args, Location loc) implements Term {}
