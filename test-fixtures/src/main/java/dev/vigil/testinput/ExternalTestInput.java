package dev.vigil.testinput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Test data that does not live in the repository (OPA's conformance corpus, the OASIS SARIF schema).
 * Each input is named by a system property; when it is not set, the folder beside the repository
 * ({@code vigil.shared.dir}, which the root pom points at {@code ../shared}) is tried. When the data is
 * absent the caller skips its tests and one line says which property to set and where to get the data;
 * with {@code -Dvigil.test.require-external=true} (what {@code .ci/run} passes) absence is a failure instead.
 */
public final class ExternalTestInput {
    public static final String REQUIRE_PROPERTY = "vigil.test.require-external";
    public static final String SHARED_PROPERTY = "vigil.shared.dir";

    private ExternalTestInput() {}

    /** OPA's own test cases: a folder holding {@code v1/} and {@code capabilities.json} ({@code directories.tsv}, the tiers, optional). */
    public static Optional<Path> opaConformance(String suite) {
        return locate(suite, "vigil.opa.conformance", "opa-conformance", "v1",
                "a folder holding OPA's Rego test cases as v1/ (path v1/test/cases/testdata/v1 of"
                        + " github.com/open-policy-agent/opa) and OPA's capabilities.json beside it");
    }

    /**
     * The first readable input among {@code candidates} (explicit property first), or empty after printing the
     * skip line; fails when external inputs are required.
     *
     * @param property   the system property that names the input
     * @param sharedPath the input's path inside the shared folder
     * @param mustHold   a file or folder the input must contain to count ({@code null}: the input itself)
     */
    public static Optional<Path> locate(String suite, String property, String sharedPath, String mustHold,
            String howToGet) {
        List<Path> tried = candidates(property, sharedPath);
        for (Path candidate : tried) {
            Path probe = mustHold == null ? candidate : candidate.resolve(mustHold);
            if (Files.exists(probe)) {
                return Optional.of(candidate);
            }
        }
        return absent(suite, property, tried, howToGet);
    }

    /** Prints the one skip line, or fails when {@value #REQUIRE_PROPERTY} is set. */
    public static <T> Optional<T> absent(String suite, String property, List<Path> tried, String howToGet) {
        String line = "SKIPPED " + suite + ": input not found (tried " + describe(tried) + "); set -D" + property
                + "=PATH to " + howToGet;
        if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
            throw new AssertionError(line.replaceFirst("^SKIPPED", "REQUIRED") + " (" + REQUIRE_PROPERTY
                    + "=true: a skipped suite fails this build)");
        }
        System.out.println("[vigil-tests] " + line);
        return Optional.empty();
    }

    private static List<Path> candidates(String property, String sharedPath) {
        String explicit = System.getProperty(property);
        if (explicit != null && !explicit.isBlank()) {
            return List.of(Path.of(explicit));
        }
        return List.of(inShared(sharedPath));
    }

    /** Where {@code sharedPath} is in the shared folder beside the repository (it may not exist). */
    public static Path inShared(String sharedPath) {
        String shared = System.getProperty(SHARED_PROPERTY);
        if (shared != null && !shared.isBlank() && !shared.contains("${")) {
            return Path.of(shared, sharedPath);
        }
        // a run outside Maven (IDE): the module is the working directory, the shared folder is beside the repository
        return Path.of("..", "..", "shared", sharedPath);
    }

    private static String describe(List<Path> tried) {
        return String.join(", ", tried.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
    }
}
