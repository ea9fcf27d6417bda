package dev.vigil.rego.parse;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.ast.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Finds {@code # METADATA} comment blocks and parses their YAML. */
final class AnnotationParser {
    private final String file;

    AnnotationParser(String file) {
        this.file = file;
    }

    List<Annotation> parse(List<Comment> comments, int packageLine) {
        List<Annotation> out = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            Comment c = comments.get(i);
            if (!c.text().trim().equals("METADATA")) {
                continue;
            }
            StringBuilder yaml = new StringBuilder();
            int line = c.location().line();
            int j = i + 1;
            while (j < comments.size()
                    && comments.get(j).location().line() == line + 1
                    && comments.get(j).location().column() == c.location().column()) {
                String text = comments.get(j).text();
                yaml.append(text.startsWith(" ") ? text.substring(1) : text).append('\n');
                line++;
                j++;
            }
            out.add(build(yaml.toString(), c.location(), line < packageLine ? "package" : "rule"));
            i = j - 1;
        }
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private Annotation build(String yaml, Location loc, String defaultScope) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new RegoException(
                    "rego_parse_error",
                    "invalid METADATA block: " + e.getMessage().lines().findFirst().orElse(""),
                    loc);
        }
        if (parsed == null) {
            parsed = Map.of();
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new RegoException(
                    "rego_parse_error", "invalid METADATA block: expected a map", loc);
        }
        Map<String, Object> m = (Map<String, Object>) map;
        Object custom = m.get("custom");
        Map<String, Object> customMap =
                custom instanceof Map<?, ?> cm
                        ? new LinkedHashMap<>((Map<String, Object>) cm)
                        : Map.of();
        Object scope = m.getOrDefault("scope", defaultScope);
        return new Annotation(
                String.valueOf(scope),
                str(m.get("title")),
                str(m.get("description")),
                Boolean.TRUE.equals(m.get("entrypoint")),
                customMap,
                loc);
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
