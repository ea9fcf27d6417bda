package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.Map;

/**
 * A parsed {@code # METADATA} block. {@code raw} is the whole YAML map (scope filled in),
 * {@code endLine} the line of the block's last comment (the annotated rule follows it).
 */
public record Annotation(
        String scope,
        String title,
        String description,
        boolean entrypoint,
        Map<String, Object> custom,
        Location location,
        Map<String, Object> raw,
        int endLine) {}
