package dev.vigil.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The text of a policy library: every {@code .rego} and framework {@code .yaml} file below a root,
 * keyed by its path relative to that root. The root is a directory, or the built-in library packed
 * in the policies jar under {@code vigil-policies/}.
 */
public record PolicyFiles(String origin, Map<String, String> rego, Map<String, String> frameworks) {

    public static final String BUILT_IN_ROOT = "vigil-policies";

    public static PolicyFiles fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("policy directory " + root + " does not exist");
        }
        return read(root.toString(), root);
    }

    public static PolicyFiles builtIn() {
        URL marker = PolicyFiles.class.getClassLoader().getResource(BUILT_IN_ROOT);
        if (marker == null) {
            throw new IllegalStateException("the built-in policy library (" + BUILT_IN_ROOT
                    + "/) is not on the classpath");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read("built-in", fs.getPath(BUILT_IN_ROOT));
            }
            return read("built-in", Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in policy library: " + e.getMessage(), e);
        }
    }

    private static PolicyFiles read(String origin, Path root) {
        Map<String, String> rego = new TreeMap<>();
        Map<String, String> frameworks = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                String name = p.getFileName().toString();
                if (name.endsWith(".rego")) {
                    rego.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                } else if (rel.startsWith("frameworks/") && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    frameworks.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policies under " + root + ": " + e.getMessage(), e);
        }
        return new PolicyFiles(origin, rego, frameworks);
    }

    /** The name of a file of this library in messages: its full path when the library is a directory. */
    public String fileName(String relative) {
        return origin.equals("built-in") ? relative : Path.of(origin).resolve(relative).toString();
    }

    /** The policy modules only, without {@code *_test.rego}. */
    public Map<String, String> policyModules() {
        Map<String, String> out = new TreeMap<>();
        rego.forEach((path, src) -> {
            if (!path.endsWith("_test.rego")) {
                out.put(path, src);
            }
        });
        return out;
    }
}
