package dev.vigil.policies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.rego.api.Modules;
import dev.vigil.rego.api.ParsedModule;
import dev.vigil.rego.ast.Annotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Holds every policy's METADATA, its layout and the frameworks to the policy contract (docs/policies.md). */
class PolicyMetadataTest {
    static final Set<String> SEVERITIES = Set.of("critical", "high", "medium", "low", "info");
    static final Set<String> CATEGORIES = Set.of("identity", "network", "encryption", "logging", "public-exposure",
            "governance", "tagging", "cost", "compute", "data-protection");

    static PolicyLibraryFiles library;
    static ChecksTable contract;
    static Map<String, Map<String, Object>> customById;

    @BeforeAll
    static void load() {
        library = PolicyLibraryFiles.fromModule();
        contract = ChecksTable.read(library.providers().stream().map(library::checksDoc).toList());
        customById = new TreeMap<>();
        for (Path policy : library.policies()) {
            Map<String, Object> md = RegoHeader.read(policy).metadata();
            if (md.get("custom") instanceof Map<?, ?> custom) {
                customById.put(policy.getParent().getFileName().toString(), RegoHeader.cast(custom));
            }
        }
    }

    @Test
    void contractTablesHaveEveryCheck() {
        assertThat(ChecksTable.read(library.checksDoc("aws")).rows()).hasSize(208);
        assertThat(ChecksTable.read(library.checksDoc("gcp")).rows()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ChecksTable.read(library.checksDoc("azure")).rows()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void checkIdsMatchTheContract() {
        assertThat(customById.keySet()).containsExactlyInAnyOrderElementsOf(contract.rows().keySet());
    }

    @Test
    void severitiesAndResourceTypesMatchTheContract() {
        List<String> mismatches = new ArrayList<>();
        contract.rows().values().forEach(row -> {
            Map<String, Object> custom = customById.get(row.id());
            if (custom == null) {
                return;
            }
            if (!row.severity().equals(custom.get("severity"))) {
                mismatches.add(row.id() + ": severity " + custom.get("severity") + ", contract says " + row.severity());
            }
            Set<String> types = new TreeSet<>(strings(custom.get("resource_types")));
            if (!row.resourceTypes().equals(types)) {
                mismatches.add(row.id() + ": resource_types " + types + ", contract says " + row.resourceTypes());
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyPolicyFollowsTheContract() {
        return library.policies().stream().map(policy -> DynamicTest.dynamicTest(
                library.root().relativize(policy).toString(), () -> assertThat(problems(policy)).isEmpty()));
    }

    /** The evaluator reads METADATA through the Rego parser: it must see what snakeyaml sees. */
    @TestFactory
    Stream<DynamicTest> regoParserReadsTheSameMetadata() {
        return library.policies().stream().map(policy -> DynamicTest.dynamicTest(
                library.root().relativize(policy).toString(), () -> {
                    Map<String, Object> md = RegoHeader.read(policy).metadata();
                    ParsedModule module = Modules.parse(policy.toString(), PolicyLibraryFiles.read(policy));
                    Annotation pkg = module.annotations().stream()
                            .filter(an -> "package".equals(an.scope()))
                            .findFirst().orElseThrow(() -> new AssertionError("no package annotation"));
                    assertThat(pkg.title()).isEqualTo(md.get("title"));
                    assertThat(pkg.description()).isEqualTo(md.get("description"));
                    assertThat(pkg.custom()).isEqualTo(md.get("custom"));
                }));
    }

    @Test
    void readmeListsEveryCheck() {
        String readme = PolicyLibraryFiles.read(library.root().resolve("README.md"));
        assertThat(customById.keySet()).allMatch(id -> readme.contains("`" + id + "`"));
    }

    /** OPA's strict mode rejects unused imports; keep the library clean for it. */
    @Test
    void everyImportIsUsed() {
        Pattern importLine = Pattern.compile("(?m)^import data\\.([a-z0-9_.]+)$");
        List<String> unused = new ArrayList<>();
        for (Path file : library.regoFiles()) {
            String source = PolicyLibraryFiles.read(file);
            Matcher m = importLine.matcher(source);
            String body = source.replaceAll("(?m)^import .*$", "");
            while (m.find()) {
                String alias = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
                if (!Pattern.compile("\\b" + Pattern.quote(alias) + "\\.").matcher(body).find()) {
                    unused.add(library.root().relativize(file) + ": " + m.group(1));
                }
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void libraryModulesLiveUnderVigilLibProvider() {
        List<Path> libs = library.regoFiles().stream().filter(p -> p.startsWith(library.root().resolve("lib"))).toList();
        assertThat(libs).isNotEmpty();
        for (Path lib : libs) {
            String provider = library.root().resolve("lib").relativize(lib).getName(0).toString();
            assertThat(RegoHeader.read(lib).packageName()).as(lib.toString()).startsWith("vigil.lib." + provider + ".");
        }
    }

    @TestFactory
    Stream<DynamicTest> frameworksReferenceOnlyExistingChecks() {
        return library.frameworks().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Map<String, Object> fw = yaml(file);
            String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            assertThat(fw.get("id")).as("id").isEqualTo(name);
            assertThat(fw).containsKeys("name", "version", "provider", "requirements");
            Set<String> ids = new TreeSet<>();
            for (Object item : (List<?>) fw.get("requirements")) {
                Map<String, Object> req = RegoHeader.cast((Map<?, ?>) item);
                assertThat(req.get("id")).as("requirement id in " + name).isInstanceOf(String.class);
                assertThat(ids.add((String) req.get("id"))).as("duplicate requirement " + req.get("id")).isTrue();
                assertThat((String) req.get("title")).as("title of " + req.get("id")).isNotBlank();
                List<String> checks = strings(req.get("checks"));
                boolean manual = Boolean.TRUE.equals(req.get("manual"));
                assertThat(manual != !checks.isEmpty()).as(req.get("id") + ": either checks or manual: true").isTrue();
                assertThat(customById.keySet()).as(req.get("id") + " checks").containsAll(checks);
            }
        }));
    }

    @Test
    void everyCheckIsMappedToAtLeastOneFramework() {
        Set<String> mapped = new TreeSet<>();
        for (Path file : library.frameworks()) {
            for (Object item : (List<?>) yaml(file).get("requirements")) {
                mapped.addAll(strings(((Map<?, ?>) item).get("checks")));
            }
        }
        assertThat(library.frameworks()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(mapped).containsAll(customById.keySet());
    }

    static List<String> problems(Path policy) {
        List<String> problems = new ArrayList<>();
        String id = policy.getParent().getFileName().toString();
        String service = policy.getParent().getParent().getFileName().toString();
        String provider = policy.getParent().getParent().getParent().getFileName().toString();
        RegoHeader header = RegoHeader.read(policy);
        Map<String, Object> md = header.metadata();
        String prefix = "aws".equals(provider) ? service + "_" : provider + "_" + service + "_";
        if (!id.startsWith(prefix)) {
            problems.add("folder " + provider + "/" + service + "/ does not match " + id + " (expected prefix " + prefix + ")");
        }
        String expectedPackage = "vigil." + provider + "." + service + "." + id;
        if (!expectedPackage.equals(header.packageName())) {
            problems.add("package " + header.packageName() + " is not " + expectedPackage);
        }
        if (!"package".equals(md.get("scope"))) {
            problems.add("METADATA scope must be package");
        }
        String title = text(md.get("title"));
        if (title.isBlank() || title.length() > 150) {
            problems.add("title must be 1..150 characters: '" + title + "'");
        }
        if (text(md.get("description")).isBlank()) {
            problems.add("description is missing");
        }
        if (!(md.get("custom") instanceof Map<?, ?> rawCustom)) {
            problems.add("custom block is missing");
            return problems;
        }
        Map<String, Object> custom = RegoHeader.cast(rawCustom);
        if (!id.equals(custom.get("id"))) {
            problems.add("custom.id " + custom.get("id") + " is not the folder name " + id);
        }
        if (!SEVERITIES.contains(String.valueOf(custom.get("severity")))) {
            problems.add("severity " + custom.get("severity") + " is not one of " + SEVERITIES);
        }
        List<String> types = strings(custom.get("resource_types"));
        if (types.isEmpty() || types.stream().anyMatch(t -> !t.startsWith(provider + "."))) {
            problems.add("resource_types must be a non-empty list of " + provider + ".* types: " + types);
        }
        if (text(custom.get("risk")).isBlank()) {
            problems.add("risk is missing");
        }
        if (custom.get("remediation") instanceof Map<?, ?> remediation) {
            for (String key : List.of("text", "cli", "terraform", "url")) {
                if (text(remediation.get(key)).isBlank()) {
                    problems.add("remediation." + key + " is missing");
                }
            }
            if (!text(remediation.get("url")).startsWith("https://")) {
                problems.add("remediation.url must be an https URL");
            }
        } else {
            problems.add("remediation must be a mapping of text, cli, terraform, url");
        }
        List<String> categories = strings(custom.get("categories"));
        if (categories.isEmpty() || !CATEGORIES.containsAll(categories)) {
            problems.add("categories " + categories + " must be a non-empty subset of " + CATEGORIES);
        }
        Path testFile = policy.resolveSibling("policy_test.rego");
        if (!testFile.toFile().isFile()) {
            problems.add("no policy_test.rego beside the policy");
        } else {
            RegoHeader test = RegoHeader.read(testFile);
            if (!(header.packageName() + "_test").equals(test.packageName())) {
                problems.add("test package " + test.packageName() + " is not " + header.packageName() + "_test");
            }
            if (test.testRules().size() < 2) {
                problems.add("fewer than two test_ rules (a passing and a failing case)");
            }
        }
        return problems;
    }

    static Map<String, Object> yaml(Path file) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(PolicyLibraryFiles.read(file));
        return RegoHeader.cast((Map<?, ?>) doc);
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
