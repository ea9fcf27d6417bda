package dev.vigil.rego.tool;

import dev.vigil.rego.api.CompiledRego;
import dev.vigil.rego.api.PreparedQuery;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.api.ResultSet;
import dev.vigil.rego.builtins.BuiltinRegistry;
import dev.vigil.rego.engine.PolicyEngineException;
import dev.vigil.rego.engine.PolicySources;
import dev.vigil.rego.tool.TestOutcome.Status;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.Value;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code opa test <path>...}: runs every rule named {@code test_*} (rules named
 * {@code todo_test_*} are reported as skipped). A test passes when its value is {@code true}.
 * Exit codes: 0 all passed, 2 some test failed or errored, 1 the policies could not be loaded or hold no test (a
 * run that tested nothing is not a pass).
 */
public final class RegoTestRunner {
  public static final int EXIT_OK = 0;
  public static final int EXIT_ERROR = 1;
  public static final int EXIT_TEST_FAILURES = 2;
  private static final String RULE = "-".repeat(80);
  private static final String VALUE_VAR = "vigil_test_value";

  private final PrintStream out;
  private final PrintStream err;

  public RegoTestRunner(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** @param verbose print every test, not only the failing ones */
  public int run(List<Path> paths, boolean verbose) {
    return run(paths, verbose, null);
  }

  /**
   * Like {@code opa test -r REGEX}: only tests whose qualified name ({@code data.pkg.test_x})
   * contains a match of {@code filter} run; null runs all.
   */
  public int run(List<Path> paths, boolean verbose, Pattern filter) {
    PolicySources sources;
    List<TestCase> tests;
    CompiledRego compiled;
    BuiltinRegistry builtins = BuiltinRegistry.standard();
    try {
      sources = PolicySources.load(paths);
    } catch (PolicyEngineException e) {
      err.println(e.getMessage());
      return EXIT_ERROR;
    }
    try {
      tests = TestDiscovery.discover(sources.modules()).stream()
          .filter(t -> filter == null || filter.matcher(t.qualifiedName()).find())
          .toList();
      compiled = RegoTool.builder(sources, builtins).compile();
    } catch (RegoException e) {
      err.print(e.render(sources.modules()));
      return EXIT_ERROR;
    } catch (StackOverflowError e) {
      err.println("policies nest too deeply to parse");
      return EXIT_ERROR;
    }
    if (tests.isEmpty()) {
      err.println("no test cases found" + (filter == null ? "" : " matching " + filter.pattern())
          + ": nothing was tested");
      return EXIT_ERROR;
    }
    // Tests are independent and each compiles its own query: run them on all cores, report in order.
    List<TestOutcome> outcomes = tests.parallelStream()
        .map(test -> test.todo() ? new TestOutcome(test, Status.SKIPPED, Duration.ZERO, null)
            : runOne(compiled, test))
        .toList();
    report(outcomes, verbose);
    return outcomes.stream().anyMatch(TestOutcome::failed) ? EXIT_TEST_FAILURES : EXIT_OK;
  }

  /** The reported duration covers evaluation only, as OPA's does; compilation is not timed. */
  private static TestOutcome runOne(CompiledRego compiled, TestCase test) {
    long start = System.nanoTime();
    try {
      PreparedQuery query = compiled.prepare(VALUE_VAR + " := " + test.qualifiedName());
      start = System.nanoTime();
      ResultSet results = query.eval((Value) null);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      if (results.results().isEmpty()) {
        return new TestOutcome(test, Status.FAIL, took, "undefined");
      }
      Value value = results.results().get(0).bindings().get(VALUE_VAR);
      return BooleanValue.TRUE.equals(value)
          ? new TestOutcome(test, Status.PASS, took, null)
          : new TestOutcome(test, Status.FAIL, took, "value is " + value);
    } catch (RegoException e) {
      return new TestOutcome(test, Status.ERROR, Duration.ofNanos(System.nanoTime() - start),
          e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // An engine defect must not hide the other tests' results.
      return new TestOutcome(test, Status.ERROR, Duration.ofNanos(System.nanoTime() - start),
          "internal error: " + e);
    }
  }

  private void report(List<TestOutcome> outcomes, boolean verbose) {
    boolean anyFailed = outcomes.stream().anyMatch(TestOutcome::failed);
    if (verbose || anyFailed) {
      String file = null;
      for (TestOutcome outcome : outcomes) {
        if (!verbose && !outcome.failed()) {
          continue;
        }
        if (!outcome.test().file().equals(file)) {
          file = outcome.test().file();
          out.println(file + ":");
        }
        out.println(line(outcome));
        if (outcome.status() == Status.ERROR || (outcome.failed() && verbose)) {
          out.println("  " + outcome.message());
        }
      }
      out.println(RULE);
    }
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    outcomes.forEach(o -> counts.merge(o.status(), 1, Integer::sum));
    int total = outcomes.size();
    out.println("PASS: " + counts.getOrDefault(Status.PASS, 0) + "/" + total);
    for (Status status : List.of(Status.FAIL, Status.ERROR, Status.SKIPPED)) {
      if (counts.containsKey(status)) {
        out.println(status + ": " + counts.get(status) + "/" + total);
      }
    }
  }

  private static String line(TestOutcome outcome) {
    TestCase test = outcome.test();
    String where = test.file() + ":" + test.line();
    String status = outcome.status() == Status.SKIPPED
        ? "SKIPPED"
        : outcome.status() + " (" + format(outcome.duration()) + ")";
    return where + ": " + test.qualifiedName() + ": " + status;
  }

  static String format(Duration duration) {
    long nanos = duration.toNanos();
    if (nanos < 1_000_000) {
      return (nanos / 1_000) + "µs";
    }
    if (nanos < 1_000_000_000) {
      return String.format("%.1fms", nanos / 1e6);
    }
    return String.format("%.2fs", nanos / 1e9);
  }
}
