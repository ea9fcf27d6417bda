package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.List;

public record ObjectLit(List<Entry> entries, Location loc) implements Term {
    public record Entry(Term key, Term value) {}
}
