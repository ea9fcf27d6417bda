package dev.vigil.evaluate;

import java.util.List;

/**
 * A compliance framework version mapped to checks from the framework side.
 *
 * @param id e.g. {@code cis-aws-5.0}, the file name without extension
 */
public record Framework(String id, String name, String version, String provider, List<Requirement> requirements) {

    public Framework {
        requirements = List.copyOf(requirements);
    }

    /** One requirement; {@code manual} when no automated check covers it. */
    public record Requirement(String id, String title, List<String> checks, boolean manual) {
        public Requirement {
            checks = List.copyOf(checks);
        }
    }
}
