package dev.vigil.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads {@code frameworks/<framework>-<version>.yaml} files; every check they name must exist and every key must be
 * one this reader knows, or the file is refused at the line and column of the mistake.
 */
public final class FrameworkLoader {
    static final java.util.Set<String> FILE_KEYS = java.util.Set.of("id", "name", "version", "provider", "source",
            "description", "url", "requirements");
    static final java.util.Set<String> REQUIREMENT_KEYS = java.util.Set.of("id", "title", "description", "checks",
            "manual");

    public List<Framework> load(Map<String, String> files, Set<String> knownChecks) {
        List<Framework> out = new ArrayList<>();
        files.forEach((path, text) -> out.add(parse(path, text, knownChecks)));
        return out;
    }

    @SuppressWarnings("unchecked")
    Framework parse(String path, String text, Set<String> knownChecks) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new IllegalArgumentException(path + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1)
                    + ": " + e.getProblem());
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(path + ": a framework file is a YAML mapping");
        }
        String[] lines = text.split("\n", -1);
        for (Object key : map.keySet()) {
            if (!FILE_KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(at(path, lines, "^(" + java.util.regex.Pattern.quote(String.valueOf(key))
                        + ")\\s*:") + "unknown key '" + key + "' (known: " + new java.util.TreeSet<>(FILE_KEYS) + ")");
            }
        }
        String fileId = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        String id = str(map, "id", fileId);
        List<Framework.Requirement> reqs = new ArrayList<>();
        Object list = map.get("requirements");
        if (!(list instanceof List<?> items)) {
            throw new IllegalArgumentException(path + ": 'requirements' must be a list");
        }
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> r)) {
                throw new IllegalArgumentException(path + ": each requirement is a mapping");
            }
            String reqId = str(r, "id", null);
            if (reqId == null) {
                throw new IllegalArgumentException(path + ": a requirement has no 'id'");
            }
            for (Object key : r.keySet()) {
                if (!REQUIREMENT_KEYS.contains(String.valueOf(key))) {
                    throw new IllegalArgumentException(at(path, lines, "^\\s+(?:-\\s+)?("
                            + java.util.regex.Pattern.quote(String.valueOf(key)) + ")\\s*:") + "requirement " + reqId
                            + ": unknown key '" + key + "' (known: " + new java.util.TreeSet<>(REQUIREMENT_KEYS) + ")");
                }
            }
            List<String> checks = new ArrayList<>();
            if (r.get("checks") instanceof List<?> cs) {
                for (Object c : cs) {
                    String check = String.valueOf(c);
                    if (!knownChecks.contains(check)) {
                        throw new IllegalArgumentException(at(path, lines, "[\\s\\[,'\"-](" 
                                + java.util.regex.Pattern.quote(check) + ")(?:['\"\\s,\\]]|$)") + "requirement " + reqId
                                + " names unknown check '" + check + "'");
                    }
                    checks.add(check);
                }
            }
            boolean manual = Boolean.TRUE.equals(r.get("manual")) || checks.isEmpty();
            reqs.add(new Framework.Requirement(reqId, str(r, "title", ""), checks, manual));
        }
        return new Framework(id, str(map, "name", id), str(map, "version", ""), str(map, "provider", ""), reqs);
    }

    /** {@code path:line:col: } of the first line where {@code regex}'s group 1 matches, else {@code path: }. */
    private static String at(String path, String[] lines, String regex) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("#")) {
                continue;
            }
            java.util.regex.Matcher m = p.matcher(lines[i]);
            if (m.find()) {
                return path + ":" + (i + 1) + ":" + (m.start(1) + 1) + ": ";
            }
        }
        return path + ": ";
    }

    private static String str(Map<?, ?> map, String key, String dflt) {
        Object v = map.get(key);
        return v == null ? dflt : String.valueOf(v);
    }
}
