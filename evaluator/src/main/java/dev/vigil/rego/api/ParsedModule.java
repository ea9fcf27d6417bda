package dev.vigil.rego.api;

import dev.vigil.rego.ast.Annotation;
import dev.vigil.rego.ast.Module;
import java.util.List;

/** A parsed module's outline. */
public record ParsedModule(
        Module module,
        List<String> packagePath,
        List<Annotation> annotations,
        List<String> ruleNames) {}
