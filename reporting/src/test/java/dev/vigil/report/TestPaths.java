package dev.vigil.report;

import java.nio.file.Path;

/** Where tests find shared files and put their outputs. */
public final class TestPaths {

    private TestPaths() {
    }

    /** The module's {@code target/} directory (tests run with the module as working directory). */
    public static Path target() {
        return Path.of("target").toAbsolutePath();
    }
}
