package dev.vigil.evaluate;

import dev.vigil.rego.api.Modules;
import dev.vigil.rego.api.ParsedModule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A loaded policy library: the checks (from each policy's METADATA), the Rego modules to compile,
 * and the compliance frameworks that map requirements to checks.
 */
public final class PolicyLibrary {
    private final PolicyFiles files;
    private final List<CheckMetadata> checks;
    private final Map<String, List<CheckMetadata>> checksByType;
    private final List<Framework> frameworks;

    private PolicyLibrary(PolicyFiles files, List<CheckMetadata> checks, List<Framework> frameworks) {
        this.files = files;
        this.checks = List.copyOf(checks);
        this.frameworks = List.copyOf(frameworks);
        Map<String, List<CheckMetadata>> byType = new HashMap<>();
        for (CheckMetadata c : checks) {
            for (String type : c.resourceTypes()) {
                byType.computeIfAbsent(type, k -> new ArrayList<>()).add(c);
            }
        }
        this.checksByType = byType;
    }

    public static PolicyLibrary load(PolicyFiles files) {
        MetadataReader reader = new MetadataReader();
        Map<String, CheckMetadata> byId = new LinkedHashMap<>();
        files.policyModules().forEach((path, source) -> {
            String file = files.fileName(path);
            ParsedModule module = Modules.parse(file, source);
            reader.read(path, file, source, module).ifPresent(check -> {
                CheckMetadata previous = byId.putIfAbsent(check.id(), check);
                if (previous != null) {
                    throw new IllegalArgumentException(path + ": check id '" + check.id()
                            + "' is already defined in " + previous.source());
                }
            });
        });
        if (byId.isEmpty()) {
            throw new IllegalArgumentException(files.origin() + ": no checks in this policy set ("
                    + files.policyModules().size() + " .rego modules read, none with a package METADATA block naming "
                    + "custom.id); a scan with no checks would pass everything");
        }
        Set<String> ids = byId.keySet();
        Map<String, String> frameworkFiles = new java.util.TreeMap<>();
        files.frameworks().forEach((path, text) -> frameworkFiles.put(files.fileName(path), text));
        List<Framework> frameworks = new FrameworkLoader().load(frameworkFiles, ids);
        return new PolicyLibrary(files, new ArrayList<>(byId.values()), frameworks);
    }

    public List<CheckMetadata> checks() {
        return checks;
    }

    public List<CheckMetadata> checksFor(String resourceType) {
        return checksByType.getOrDefault(resourceType, List.of());
    }

    public Set<String> resourceTypes() {
        return new TreeSet<>(checksByType.keySet());
    }

    public List<Framework> frameworks() {
        return frameworks;
    }

    /** Every policy module (libraries included, tests excluded), keyed by file path. */
    public Map<String, String> modules() {
        return files.policyModules();
    }

    public String origin() {
        return files.origin();
    }

    public PolicyLibrary onlyChecks(Collection<String> ids) {
        Set<String> wanted = new TreeSet<>(ids);
        for (String id : wanted) {
            if (checks.stream().noneMatch(c -> c.id().equals(id))) {
                throw new IllegalArgumentException("unknown check '" + id + "'");
            }
        }
        return new PolicyLibrary(files, checks.stream().filter(c -> wanted.contains(c.id())).toList(), frameworks);
    }
}
