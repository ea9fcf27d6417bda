package dev.vigil.evaluate;

import dev.vigil.rego.ast.Annotation;
import dev.vigil.snapshot.ResourceTypes;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses METADATA a check would silently ignore: keys OPA does not define ({@code titel}), keys of {@code custom}
 * Vigil does not read, a {@code custom} block without {@code id} (the module would never run as a check) and
 * resource types no snapshot holds. Errors name the file, line and column of the key.
 */
final class MetadataKeys {
    /** OPA's annotation keys. */
    static final Set<String> OPA = Set.of("scope", "title", "description", "related_resources", "authors",
            "organizations", "schemas", "entrypoint", "custom");
    static final Set<String> CUSTOM = Set.of("id", "severity", "resource_types", "risk", "remediation", "categories");
    static final Set<String> REMEDIATION = Set.of("text", "cli", "terraform", "url");

    private final String file;
    private final String[] lines;

    MetadataKeys(String file, String source) {
        this.file = file;
        this.lines = source.split("\n", -1);
    }

    void check(Annotation a) {
        for (String key : a.raw().keySet()) {
            if (!OPA.contains(key)) {
                throw error(a, key, 0, "unknown METADATA key '" + key + "' (known: " + new java.util.TreeSet<>(OPA)
                        + "; Vigil's own keys go under custom)");
            }
        }
        Map<String, Object> custom = a.custom();
        if (a.raw().containsKey("custom") && !(a.raw().get("custom") instanceof Map)) {
            throw error(a, "custom", 0, "METADATA custom must be a mapping");
        }
        if (custom.isEmpty()) {
            return;
        }
        if ("package".equals(a.scope()) && !custom.containsKey("id")) {
            throw error(a, "custom", 0, "METADATA custom has no 'id': the module would never run as a check "
                    + "(custom keys: " + new java.util.TreeSet<>(CUSTOM) + ")");
        }
        for (String key : custom.keySet()) {
            if (!CUSTOM.contains(key)) {
                throw error(a, key, 1, "unknown METADATA key 'custom." + key + "' (known: "
                        + new java.util.TreeSet<>(CUSTOM) + ")");
            }
        }
        if (custom.get("remediation") instanceof Map<?, ?> r) {
            for (Object key : r.keySet()) {
                if (!REMEDIATION.contains(String.valueOf(key))) {
                    throw error(a, String.valueOf(key), 2, "unknown METADATA key 'custom.remediation." + key
                            + "' (known: " + new java.util.TreeSet<>(REMEDIATION) + ")");
                }
            }
        }
        Object types = custom.get("resource_types");
        for (Object type : types instanceof List<?> l ? l : types == null ? List.of() : List.of(types)) {
            String t = String.valueOf(type);
            if (!ResourceTypes.known(t)) {
                throw errorAtText(a, t, "unknown resource type '" + t + "' in custom.resource_types: no snapshot "
                        + "holds it, so the check would never run (known: " + ResourceTypes.ofProviderOf(t) + ")");
            }
        }
    }

    /** {@code file:line:col: message} at {@code key} nested {@code depth} levels deep in the block. */
    private IllegalArgumentException error(Annotation a, String key, int depth, String message) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^(\\s*#\\s?)(\\s*)(" + java.util.regex.Pattern.quote(key)
                + ")\\s*:");
        for (int i = a.location().line(); i < Math.min(a.endLine(), lines.length); i++) {
            java.util.regex.Matcher m = p.matcher(lines[i]);
            if (m.find() && (depth == 0) == m.group(2).isEmpty()) {
                return new IllegalArgumentException(file + ":" + (i + 1) + ":" + (m.start(3) + 1) + ": " + message);
            }
        }
        return new IllegalArgumentException(file + ":" + a.location().line() + ": " + message);
    }

    private IllegalArgumentException errorAtText(Annotation a, String text, String message) {
        for (int i = a.location().line(); i < Math.min(a.endLine(), lines.length); i++) {
            int at = lines[i].indexOf(text);
            if (at >= 0 && lines[i].trim().startsWith("#")) {
                return new IllegalArgumentException(file + ":" + (i + 1) + ":" + (at + 1) + ": " + message);
            }
        }
        return new IllegalArgumentException(file + ":" + a.location().line() + ": " + message);
    }
}
