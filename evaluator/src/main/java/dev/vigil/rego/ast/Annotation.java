package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;
import java.util.Map;

/** A parsed {@code # METADATA} block. */
public record Annotation(
        String scope,
        String title,
        String description,
        boolean entrypoint,
        Map<String, Object> custom,
        Location location) {}
