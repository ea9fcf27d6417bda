package dev.vigil.policies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the policy library lives in the source tree, and its files. */
final class PolicyLibraryFiles {
    private final Path root;

    PolicyLibraryFiles(Path root) {
        this.root = root;
    }

    /** The policies module directory: Surefire runs with the module's basedir. */
    static PolicyLibraryFiles fromModule() {
        return new PolicyLibraryFiles(Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize());
    }

    Path root() {
        return root;
    }

    /** The clouds whose checks live in the library: a folder per provider beside {@code lib/}. */
    static final List<String> PROVIDERS = List.of("aws", "gcp", "azure");

    /** The providers with a policy folder in this tree. */
    List<String> providers() {
        return PROVIDERS.stream().filter(p -> Files.isDirectory(root.resolve(p))).toList();
    }

    Path checksDoc(String provider) {
        return root.resolve("../docs/checks-" + provider + ".md").normalize();
    }

    List<Path> policies() {
        return providers().stream().flatMap(p -> walk(root.resolve(p), "policy.rego").stream()).toList();
    }

    /** The folders {@code opa test} is given: every provider's checks and the shared library. */
    List<Path> testRoots() {
        return Stream.concat(providers().stream(), Stream.of("lib")).map(root::resolve).toList();
    }

    List<Path> regoFiles() {
        return testRoots().stream()
                .flatMap(dir -> walk(dir, ".rego").stream())
                .toList();
    }

    List<Path> frameworks() {
        return walk(root.resolve("frameworks"), ".yaml");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Path> walk(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
