package dev.vigil.rego.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * OPA's conformance corpus as dynamic tests named {@code dir/file#index}. Known failures are listed
 * with a reason in conformance-exceptions.txt; an unlisted failure or a listed pass fails the
 * build. {@code -Dvigil.conformance.update=true} rewrites the exceptions file from current
 * failures.
 */
class ConformanceTest {
    static final Path EXCEPTIONS = Path.of("src/test/resources/conformance-exceptions.txt");
    private static final Pattern MISSING = Pattern.compile("builtin not implemented: ([\\w.]+)");
    private static final Map<String, String> FAILURES = new ConcurrentHashMap<>();
    private static final Map<String, String> DIR_OF = new ConcurrentHashMap<>();
    private static final List<String> ALL = new ArrayList<>();
    private static Path corpus;

    @BeforeAll
    static void locateCorpus() {
        corpus = CorpusLoader.corpusRoot("ConformanceTest (OPA's conformance corpus)").orElse(null);
        assumeTrue(corpus != null, "OPA conformance corpus not available (see the SKIPPED line above)");
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        Path root = corpus;
        List<ConformanceCase> cases = CorpusLoader.load(root.resolve("v1"));
        Map<String, String> exceptions = Exceptions.read(EXCEPTIONS);
        boolean update = Boolean.getBoolean("vigil.conformance.update");
        ConformanceRunner runner = new ConformanceRunner();
        return cases.stream()
                .map(
                        c ->
                                DynamicTest.dynamicTest(
                                        c.id(),
                                        () -> {
                                            ALL.add(c.id());
                                            DIR_OF.put(c.id(), c.dir());
                                            String failure = runner.run(c);
                                            if (failure != null) {
                                                FAILURES.put(c.id(), failure);
                                            }
                                            if (update) {
                                                return;
                                            }
                                            if (failure != null
                                                    && !exceptions.containsKey(c.id())) {
                                                fail(c.note() + ": " + failure);
                                            }
                                            if (failure == null && exceptions.containsKey(c.id())) {
                                                fail(
                                                        c.note()
                                                                + ": listed in"
                                                                + " conformance-exceptions.txt but"
                                                                + " passes now; remove it");
                                            }
                                        }));
    }

    @AfterAll
    static void summarise() throws IOException {
        if (ALL.isEmpty()) {
            return;
        }
        Path root = corpus;
        Map<String, String> tiers = Exceptions.tiers(root.resolve("directories.tsv"));
        Map<String, int[]> perTier = new TreeMap<>();
        Map<String, int[]> perDir = new TreeMap<>();
        Map<String, Integer> missing = new TreeMap<>();
        int passed = 0;
        for (String id : ALL) {
            String dir = DIR_OF.get(id);
            boolean ok = !FAILURES.containsKey(id);
            passed += ok ? 1 : 0;
            int[] t = perTier.computeIfAbsent(tiers.getOrDefault(dir, "UNKNOWN"), k -> new int[2]);
            t[0]++;
            t[1] += ok ? 1 : 0;
            int[] d = perDir.computeIfAbsent(dir, k -> new int[2]);
            d[0]++;
            d[1] += ok ? 1 : 0;
            if (!ok) {
                Matcher m = MISSING.matcher(FAILURES.get(id));
                if (m.find()) {
                    missing.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        Summary.write(
                Path.of("target/conformance/summary.json"), ALL.size(), passed, perTier, missing);
        StringBuilder table = new StringBuilder("\nConformance per directory (passed/total):\n");
        perDir.forEach(
                (d, v) ->
                        table.append(
                                String.format(
                                        "  %-40s %-12s %4d/%-4d%n", d, tiers.get(d), v[1], v[0])));
        perTier.forEach(
                (t, v) -> table.append(String.format("TIER %-12s %4d/%-4d%n", t, v[1], v[0])));
        table.append(String.format("TOTAL %d/%d%n", passed, ALL.size()));
        System.out.println(table);
        if (Boolean.getBoolean("vigil.conformance.update")) {
            Exceptions.write(EXCEPTIONS, new TreeMap<>(FAILURES));
        }
    }
}
