package dev.vigil.policies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The leading {@code # METADATA} comment block of a Rego file (OPA annotation YAML) and its package
 * name, read without a Rego parser so that metadata checks do not depend on the engine.
 */
record RegoHeader(Map<String, Object> metadata, String packageName, List<String> testRules) {

    static RegoHeader read(Path file) {
        List<String> lines = PolicyLibraryFiles.read(file).lines().toList();
        Map<String, Object> metadata = Map.of();
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("# METADATA")) {
            StringBuilder yaml = new StringBuilder();
            for (i = 1; i < lines.size() && lines.get(i).startsWith("#"); i++) {
                String text = lines.get(i).substring(1);
                yaml.append(text.startsWith(" ") ? text.substring(1) : text).append('\n');
            }
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.toString());
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + ": METADATA is not a YAML mapping");
            }
            metadata = cast(map);
        }
        String pkg = null;
        List<String> tests = new ArrayList<>();
        for (String line : lines.subList(i, lines.size())) {
            if (pkg == null && line.startsWith("package ")) {
                pkg = line.substring("package ".length()).strip();
            }
            if (line.startsWith("test_")) {
                tests.add(line.split("[ (]", 2)[0]);
            }
        }
        if (pkg == null) {
            throw new IllegalArgumentException(file + ": no package line");
        }
        return new RegoHeader(metadata, pkg, List.copyOf(tests));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
