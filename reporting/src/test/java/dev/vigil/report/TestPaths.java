package dev.vigil.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find shared files and put their outputs. */
public final class TestPaths {

    private TestPaths() {
    }

    /** {@code /work/shared}: system property {@code vigil.shared.dir} (set by the root pom), else ../../shared. */
    public static Path sharedDir() {
        String configured = System.getProperty("vigil.shared.dir");
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../../shared");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("shared directory not found: " + dir.toAbsolutePath()
                    + " (set -Dvigil.shared.dir)");
        }
        return dir;
    }

    public static Path sarifSchema() {
        return sharedDir().resolve("schemas/sarif-schema-2.1.0.json");
    }

    /** The module's {@code target/} directory (tests run with the module as working directory). */
    public static Path target() {
        return Path.of("target").toAbsolutePath();
    }
}
