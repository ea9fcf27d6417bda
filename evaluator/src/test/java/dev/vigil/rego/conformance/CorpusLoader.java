package dev.vigil.rego.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import dev.vigil.testinput.ExternalTestInput;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Loads the conformance corpus directory into cases named {@code dir/file#index}. */
final class CorpusLoader {
    private CorpusLoader() {}

    /** The corpus folder, or empty (after the skip line) when it is not available. */
    static Optional<Path> corpusRoot(String suite) {
        return ExternalTestInput.opaConformance(suite);
    }

    static List<ConformanceCase> load(Path v1) {
        List<ConformanceCase> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(v1)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.addAll(loadFile(v1, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<ConformanceCase> loadFile(Path root, Path f) throws IOException {
        LoaderOptions opts = new LoaderOptions();
        opts.setCodePointLimit(50_000_000);
        Map<String, Object> doc = new Yaml(new SafeConstructor(opts)).load(Files.readString(f));
        List<Map<String, Object>> cases = (List<Map<String, Object>>) doc.get("cases");
        String rel = root.relativize(f).toString().replace('\\', '/');
        String dir = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
        String name = rel.endsWith(".yaml") ? rel.substring(0, rel.length() - 5) : rel;
        List<ConformanceCase> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> c = cases.get(i);
            out.add(
                    new ConformanceCase(
                            name + "#" + i,
                            dir,
                            String.valueOf(c.get("note")),
                            (String) c.get("query"),
                            (List<String>) c.getOrDefault("modules", List.of()),
                            c.get("data"),
                            c.get("input"),
                            (String) c.get("input_term"),
                            c.containsKey("input"),
                            (List<Map<String, Object>>) c.get("want_result"),
                            (String) c.get("want_error_code"),
                            (String) c.get("want_error"),
                            Boolean.TRUE.equals(c.get("strict_error")),
                            Boolean.TRUE.equals(c.get("sort_bindings"))));
        }
        return out;
    }
}
