package dev.vigil.rego.ast;

import java.util.List;

public record Module(
        String file,
        List<String> packagePath,
        List<Import> imports,
        List<Rule> rules,
        List<Annotation> annotations) {}
