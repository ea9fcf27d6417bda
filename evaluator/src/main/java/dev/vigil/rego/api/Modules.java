package dev.vigil.rego.api;

import dev.vigil.rego.ast.Module;
import dev.vigil.rego.ast.Rule;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.parse.Parser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Parsing entry point for tools that only need a module's outline. */
public final class Modules {
    private Modules() {}

    public static ParsedModule parse(String filename, String source) {
        Module m = Parser.parseModule(filename, source);
        Set<String> names = new LinkedHashSet<>();
        for (Rule r : m.rules()) {
            names.add(((Var) r.head().head()).name());
        }
        return new ParsedModule(m, m.packagePath(), m.annotations(), List.copyOf(names));
    }
}
