package dev.vigil.evaluate;

import dev.vigil.rego.ast.Annotation;
import dev.vigil.rego.api.ParsedModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a policy module's package-scope METADATA block into {@link CheckMetadata}. A module without
 * {@code custom.id} is a library, not a check.
 */
final class MetadataReader {

    /** @param file the module's name in error messages (its full path when the library is a directory) */
    Optional<CheckMetadata> read(String path, String file, String source, ParsedModule module) {
        MetadataKeys keys = new MetadataKeys(file, source);
        module.annotations().forEach(keys::check);
        Annotation pkg = module.annotations().stream()
                .filter(a -> "package".equals(a.scope()) && a.custom() != null && a.custom().containsKey("id"))
                .findFirst().orElse(null);
        if (pkg == null) {
            if (module.ruleNames().contains("deny")) {
                throw new IllegalArgumentException(file + ":1:1: package " + String.join(".", module.packagePath())
                        + " defines deny but has no package METADATA block with custom.id, so it would never run "
                        + "as a check");
            }
            return Optional.empty();
        }
        Map<String, Object> custom = pkg.custom();
        String where = file + ":" + pkg.location().line() + ":" + pkg.location().column();
        String id = required(custom, "id", where);
        List<String> pkgPath = module.packagePath();
        String provider = pkgPath.size() > 1 ? pkgPath.get(1) : "";
        String service = id.contains("_") ? id.substring(0, id.indexOf('_')) : id;
        Severity severity;
        try {
            severity = Severity.parse(required(custom, "severity", where));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
        List<String> types = list(custom.get("resource_types"));
        if (types.isEmpty()) {
            throw new IllegalArgumentException(where + ": check '" + id + "' has no custom.resource_types");
        }
        Remediation remediation = Remediation.NONE;
        if (custom.get("remediation") instanceof Map<?, ?> r) {
            remediation = new Remediation(str(r.get("text")), str(r.get("cli")), str(r.get("terraform")),
                    str(r.get("url")));
        } else if (custom.get("remediation") != null) {
            remediation = new Remediation(str(custom.get("remediation")), "", "", "");
        }
        String title = pkg.title() == null ? id : pkg.title();
        String entrypoint = String.join("/", pkgPath) + "/deny";
        return Optional.of(new CheckMetadata(id, provider, service, title,
                pkg.description() == null ? "" : pkg.description(), severity, types, str(custom.get("risk")),
                remediation, list(custom.get("categories")), entrypoint, path));
    }

    private static String required(Map<String, Object> custom, String key, String where) {
        Object v = custom.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new IllegalArgumentException(where + ": METADATA custom." + key + " is required");
        }
        return String.valueOf(v);
    }

    private static List<String> list(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }

    private static String str(Object v) {
        return v == null ? "" : String.valueOf(v).strip();
    }
}
