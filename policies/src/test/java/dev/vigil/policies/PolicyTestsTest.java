package dev.vigil.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vigil.rego.api.PreparedQuery;
import dev.vigil.rego.api.Rego;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.api.ResultSet;
import dev.vigil.rego.tool.RegoTestRunner;
import dev.vigil.rego.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code test_*} rule of the policy library ({@code aws/**} and {@code lib/**}) with Vigil's
 * own Rego engine, like {@code opa test}: each rule must evaluate to true. Policies, their tests and the
 * shared library are compiled together, exactly as OPA would load the directory.
 */
class PolicyTestsTest {
    static final Pattern IMPORT = Pattern.compile("(?m)^import data\\.([a-z0-9_.]+)");
    static final Pattern PACKAGE = Pattern.compile("(?m)^package ([a-z0-9_.]+)");

    static Map<String, String> modules;
    static Map<String, String> packageFiles;
    static List<RegoTestCase> cases;
    static EngineGaps gaps;

    @BeforeAll
    static void load() {
        PolicyLibraryFiles library = PolicyLibraryFiles.fromModule();
        modules = new TreeMap<>();
        for (Path file : library.regoFiles()) {
            modules.put(RegoTestCase.relative(library.root(), file), PolicyLibraryFiles.read(file));
        }
        Map<String, String> tests = new TreeMap<>();
        modules.forEach((file, source) -> {
            if (file.endsWith("_test.rego")) {
                tests.put(file, source);
            }
        });
        cases = RegoTestCase.discover(tests);
        packageFiles = new TreeMap<>();
        modules.forEach((file, source) -> {
            Matcher m = PACKAGE.matcher(source);
            if (!file.endsWith("_test.rego") && m.find()) {
                packageFiles.put(m.group(1), file);
            }
        });
        gaps = EngineGaps.load();
    }

    @Test
    void theLibraryHasTestsForEveryCheck() {
        long testFiles = modules.keySet().stream().filter(f -> f.endsWith("policy_test.rego")).count();
        int policies = PolicyLibraryFiles.fromModule().policies().size();
        assertThat(policies).isGreaterThanOrEqualTo(48);
        assertThat(testFiles).isEqualTo(policies);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(2 * policies);
    }

    /**
     * The whole library loaded together, as {@code opa test policies/aws policies/lib} would: every
     * module compiles alongside every other and every test rule passes.
     */
    @Test
    void regoTestRunnerPassesTheWholeLibrary() {
        PolicyLibraryFiles library = PolicyLibraryFiles.fromModule();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new RegoTestRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(library.testRoots(), false);
        String report = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        int expected = cases.size() - gaps.reasons().size();
        assertThat(exit).as(report).isEqualTo(gaps.reasons().isEmpty() ? RegoTestRunner.EXIT_OK
                : RegoTestRunner.EXIT_TEST_FAILURES);
        assertThat(report).contains("PASS: " + expected + "/" + cases.size());
    }

    @TestFactory
    Stream<DynamicTest> everyRegoTestPasses() {
        assertThat(cases).as("rego test rules found").isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    /**
     * The modules a test is compiled with: those of its own folder (a policy and its test; for a
     * library test, the test file alone) and the library modules they import, transitively. Compiling each check alone keeps one broken check
     * (or a builtin the engine lacks) from failing the tests of every other check.
     */
    static Map<String, String> modulesFor(RegoTestCase c) {
        String folder = c.file().substring(0, c.file().lastIndexOf('/') + 1);
        Map<String, String> out = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>();
        if (c.file().startsWith("lib/")) {
            pending.add(c.file());
        } else {
            modules.forEach((file, source) -> {
                if (file.startsWith(folder) && file.indexOf('/', folder.length()) < 0) {
                    pending.add(file);
                }
            });
        }
        while (!pending.isEmpty()) {
            String file = pending.pop();
            if (out.putIfAbsent(file, modules.get(file)) != null) {
                continue;
            }
            Matcher m = IMPORT.matcher(modules.get(file));
            while (m.find()) {
                String target = packageFiles.get(m.group(1));
                if (target != null) {
                    pending.add(target);
                }
            }
        }
        return out;
    }

    private static void run(RegoTestCase c) {
        Optional<String> failure = failure(c);
        Optional<String> gap = gaps.reason(c.name());
        if (gap.isPresent()) {
            assertThat(failure).as(c.name() + " is listed in " + EngineGaps.RESOURCE
                    + " but passes now: remove it from the list").isPresent();
            Assumptions.abort("known engine gap (" + gap.get() + "): " + failure.orElseThrow());
        }
        failure.ifPresent(message -> fail(message));
    }

    /** Why the test rule is not true, or empty when it is. */
    static Optional<String> failure(RegoTestCase c) {
        Map<String, String> set = modulesFor(c);
        ResultSet result;
        try {
            Rego rego = Rego.builder().query(c.query());
            set.forEach(rego::module);
            PreparedQuery query = rego.prepare();
            result = query.eval((Value) null);
        } catch (RegoException e) {
            return Optional.of(c.name() + ": " + e.render(set));
        }
        return result.isEmpty() ? Optional.of(c.name() + " is not true") : Optional.empty();
    }
}
