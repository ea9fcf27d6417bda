package dev.vigil.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The framework files and the documents that describe them: every file is well formed, every CIS file lists as many
 * recommendations as it says it does, and the READMEs and check contracts state what the files hold.
 */
class FrameworkFilesTest {
    /** CIS files whose header does not state a recommendation count yet (owned elsewhere; add the count, then remove). */
    static final Set<String> CIS_COUNT_NOT_STATED = Set.of("cis-aws-7.0.0");

    /** The CIS file each provider's check contract (docs/checks-provider.md, fifth column) and README label refer to. */
    static final Map<String, String> CIS_BY_PROVIDER = Map.of("gcp", "cis-gcp-3.0.0", "azure", "cis-azure-3.0.0");
    static final Map<String, String> README_LABEL = Map.of("gcp", "CIS GCP 3.0", "azure", "CIS Azure 3.0");

    static final Pattern REQ_ID = Pattern.compile("\\d+(?:\\.\\d+)+");

    static PolicyLibraryFiles library;
    static Set<String> checkIds;
    static Map<String, Fw> frameworks;

    record Req(String id, boolean quoted, String title, List<String> checks, boolean manual) {
    }

    record Fw(String id, Path file, String text, Map<String, Object> doc, List<Req> reqs) {
        long automated() {
            return reqs.stream().filter(r -> !r.checks().isEmpty()).count();
        }

        long manual() {
            return reqs.size() - automated();
        }

        /** check id -> the requirement ids that name it, in the file's order. */
        Map<String, List<String>> byCheck() {
            Map<String, List<String>> out = new TreeMap<>();
            reqs.forEach(r -> r.checks().forEach(c -> out.computeIfAbsent(c, k -> new ArrayList<>()).add(r.id())));
            return out;
        }

        /** The expected row of a README frameworks table. */
        String row() {
            return "| `frameworks/" + id + ".yaml` | " + doc.get("name") + " | " + reqs.size() + " | " + automated()
                    + " | " + manual() + " |";
        }
    }

    @BeforeAll
    static void load() {
        library = PolicyLibraryFiles.fromModule();
        checkIds = library.policies().stream().map(p -> p.getParent().getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        frameworks = new LinkedHashMap<>();
        for (Path file : library.frameworks()) {
            Map<String, Object> doc = PolicyMetadataTest.yaml(file);
            List<Req> reqs = new ArrayList<>();
            for (Object item : (List<?>) doc.get("requirements")) {
                Map<String, Object> r = RegoHeader.cast((Map<?, ?>) item);
                reqs.add(new Req(String.valueOf(r.get("id")), r.get("id") instanceof String, PolicyMetadataTest.text(r.get("title")),
                        PolicyMetadataTest.strings(r.get("checks")), Boolean.TRUE.equals(r.get("manual"))));
            }
            String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            frameworks.put(id, new Fw(id, file, PolicyLibraryFiles.read(file), doc, reqs));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFrameworkIsWellFormed() {
        assertThat(frameworks).containsKeys("cis-aws-7.0.0", "cis-gcp-3.0.0", "cis-azure-3.0.0");
        return frameworks.values().stream().map(fw -> DynamicTest.dynamicTest(fw.id(), () -> {
            List<String> problems = new ArrayList<>();
            Set<String> seen = new TreeSet<>();
            for (Req r : fw.reqs()) {
                if (!seen.add(r.id())) {
                    problems.add(r.id() + ": duplicate requirement id");
                }
                if (!r.quoted()) {
                    problems.add(r.id() + ": the id must be a YAML string (quote it: 4.10 would read as 4.1)");
                }
                if (r.title().isBlank()) {
                    problems.add(r.id() + ": no title");
                }
                r.checks().stream().filter(c -> !checkIds.contains(c)).forEach(c -> problems.add(r.id() + ": unknown check " + c));
                if (new TreeSet<>(r.checks()).size() != r.checks().size()) {
                    problems.add(r.id() + ": a check is listed twice");
                }
                if (r.manual() == !r.checks().isEmpty()) {
                    problems.add(r.id() + ": either checks or manual: true");
                }
            }
            assertThat(problems).isEmpty();
        }));
    }

    /** A CIS file lists every recommendation: as many as its header comment or description says, in order. */
    @TestFactory
    Stream<DynamicTest> cisFilesHoldTheCountTheyState() {
        return frameworks.values().stream().filter(fw -> fw.id().startsWith("cis-"))
                .map(fw -> DynamicTest.dynamicTest(fw.id(), () -> {
                    String header = fw.text().lines().takeWhile(l -> !l.startsWith("requirements:"))
                            .filter(l -> l.startsWith("#")).collect(Collectors.joining("\n"))
                            + "\n" + PolicyMetadataTest.text(fw.doc().get("description"));
                    Matcher stated = Pattern.compile("(\\d+) recommendations").matcher(header);
                    if (CIS_COUNT_NOT_STATED.contains(fw.id())) {
                        assertThat(stated.find()).as(fw.id() + " now states its count: remove it from CIS_COUNT_NOT_STATED")
                                .isFalse();
                        return;
                    }
                    assertThat(stated.find()).as(fw.id() + ": the header or description states 'N recommendations'").isTrue();
                    do {
                        assertThat(fw.reqs()).as(fw.id() + " states " + stated.group()).hasSize(Integer.parseInt(stated.group(1)));
                    } while (stated.find());
                    Matcher split = Pattern.compile("(\\d+) judged by Vigil checks, (\\d+) manual").matcher(header);
                    while (split.find()) {
                        assertThat(split.group(1) + " automated, " + split.group(2) + " manual").as(fw.id())
                                .isEqualTo(fw.automated() + " automated, " + fw.manual() + " manual");
                    }
                    List<String> ids = fw.reqs().stream().map(Req::id).toList();
                    assertThat(ids).as(fw.id() + ": ids are recommendation numbers").allMatch(i -> i.matches("\\d+(\\.\\d+)*"));
                    assertThat(ids).as(fw.id() + ": in benchmark order").isSortedAccordingTo(FrameworkFilesTest::compareIds);
                }));
    }

    /** Both READMEs carry the table of requirement counts; generated rows are in the failure message. */
    @Test
    void readmesStateEachFrameworksCounts() {
        String expected = frameworks.values().stream().map(Fw::row).collect(Collectors.joining("\n"));
        for (Path readme : List.of(library.root().resolve("README.md"), library.root().resolve("../README.md").normalize())) {
            String text = PolicyLibraryFiles.read(readme);
            List<String> rows = text.lines().filter(l -> l.startsWith("| `frameworks/")).toList();
            assertThat(rows).as(readme + " frameworks table; expected rows:\n" + expected)
                    .containsExactlyInAnyOrderElementsOf(frameworks.values().stream().map(Fw::row).toList());
        }
    }

    /** The CIS column of docs/checks-gcp.md and docs/checks-azure.md names exactly the requirements mapping the check. */
    @TestFactory
    Stream<DynamicTest> checkContractsNameTheCisRequirements() {
        return CIS_BY_PROVIDER.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(
                e.getKey(), () -> {
                    Map<String, List<String>> mapped = frameworks.get(e.getValue()).byCheck();
                    List<String> problems = new ArrayList<>();
                    int rows = 0;
                    for (String line : PolicyLibraryFiles.read(library.checksDoc(e.getKey())).lines().toList()) {
                        String[] cells = line.split("\\|", -1);
                        if (cells.length < 7 || !cells[1].strip().matches("\\d+")) {
                            continue;
                        }
                        rows++;
                        String check = cells[2].strip();
                        List<String> want = sorted(mapped.getOrDefault(check, List.of()));
                        List<String> have = sorted(ids(cells[5]));
                        if (!want.equals(have)) {
                            problems.add(check + ": docs say '" + cells[5].strip() + "', " + e.getValue() + " maps "
                                    + (want.isEmpty() ? "nothing" : String.join(", ", want)));
                        }
                    }
                    assertThat(rows).isGreaterThan(0);
                    assertThat(problems).isEmpty();
                }));
    }

    /** The Frameworks column of policies/README.md names the same GCP and Azure CIS requirements as the files. */
    @TestFactory
    Stream<DynamicTest> policiesReadmeNamesTheCisRequirements() {
        String readme = PolicyLibraryFiles.read(library.root().resolve("README.md"));
        return CIS_BY_PROVIDER.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(
                e.getKey(), () -> {
                    Map<String, List<String>> mapped = frameworks.get(e.getValue()).byCheck();
                    String label = README_LABEL.get(e.getKey()) + " ";
                    Pattern row = Pattern.compile("^\\| `(" + e.getKey() + "_[a-z0-9_]+)`<br>.*\\|([^|]*)\\|\\s*$");
                    List<String> problems = new ArrayList<>();
                    Set<String> seen = new TreeSet<>();
                    for (String line : readme.lines().toList()) {
                        Matcher m = row.matcher(line);
                        if (!m.matches()) {
                            continue;
                        }
                        seen.add(m.group(1));
                        String segment = Arrays.stream(m.group(2).strip().split(";\\s*"))
                                .filter(s -> s.startsWith(label)).findFirst().orElse("");
                        List<String> want = sorted(mapped.getOrDefault(m.group(1), List.of()));
                        String expected = want.isEmpty() ? "" : label + String.join(", ", want);
                        if (!expected.equals(segment)) {
                            problems.add(m.group(1) + ": README says '" + segment + "', expected '" + expected + "'");
                        }
                    }
                    assertThat(seen).as("checks listed in policies/README.md")
                            .containsAll(checkIds.stream().filter(c -> c.startsWith(e.getKey() + "_")).toList());
                    assertThat(problems).isEmpty();
                }));
    }

    static List<String> ids(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = REQ_ID.matcher(cell);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static List<String> sorted(List<String> ids) {
        return ids.stream().distinct().sorted(FrameworkFilesTest::compareIds).toList();
    }

    static int compareIds(String a, String b) {
        int[] x = Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray();
        int[] y = Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray();
        return Arrays.compare(x, y);
    }

}
