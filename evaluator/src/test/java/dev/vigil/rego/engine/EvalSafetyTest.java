package dev.vigil.rego.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.vigil.rego.api.EvalLimits;
import dev.vigil.rego.api.Rego;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.builtins.BuiltinRegistry;
import dev.vigil.rego.value.ObjectValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.time.Duration;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Runaway policies end in a clear RegoException, never a hang or a StackOverflowError. */
class EvalSafetyTest {
  private static final Duration BOUND = Duration.ofSeconds(20);

  private static RegoException evalFailure(String module, String query, EvalLimits limits) {
    return assertTimeoutPreemptively(BOUND, () -> catchThrowableOfType(RegoException.class, () ->
        Rego.builder().module("limits.rego", module).query(query).limits(limits).prepare()
            .eval(ObjectValue.EMPTY)));
  }

  @Test
  void recursiveRulesAreACompileError() {
    String module = """
        package limits

        a if b
        b if a
        """;
    RegoException e = evalFailure(module, "data.limits.a", new EvalLimits(1000, Duration.ofSeconds(5), 1 << 20));
    assertThat(e).as("recursion must be rejected").isNotNull();
    assertThat(e.code()).isEqualTo("rego_recursion_error");
    assertThat(e.errors().get(0).location().file()).isEqualTo("limits.rego");
  }

  @Test
  void deepCallChainHitsTheDepthLimit() {
    StringBuilder module = new StringBuilder("package limits\n\n");
    int chain = 3000;
    for (int i = 0; i < chain; i++) {
      module.append("f").append(i).append("(x) := f").append(i + 1).append("(x + 1)\n");
    }
    module.append("f").append(chain).append("(x) := x\n");
    RegoException e = evalFailure(module.toString(), "data.limits.f0(0)",
        new EvalLimits(200, Duration.ofSeconds(10), 1 << 20));
    assertThat(e).as("a 3000-deep call chain must exceed maxDepth 200").isNotNull();
    assertThat(e.code()).isEqualTo("eval_limit_error");
  }

  @Test
  @Disabled("rego-core bug: the parser throws StackOverflowError on 20,000 nested brackets")
  void deeplyNestedQueryIsRejectedWithoutStackOverflow() {
    String nested = "[".repeat(20_000) + "1" + "]".repeat(20_000);
    RegoException e = assertTimeoutPreemptively(BOUND, () -> catchThrowableOfType(RegoException.class,
        () -> Rego.builder().module("limits.rego", "package limits\n")
            .query("x := " + nested)
            .limits(new EvalLimits(1000, Duration.ofSeconds(5), 1 << 20))
            .prepare().eval(ObjectValue.EMPTY)));
    assertThat(e).as("20,000 nested arrays must give a RegoException").isNotNull();
    assertThat(e.code()).isIn("rego_parse_error", "eval_limit_error", "rego_compile_error");
  }

  @Test
  void longRunningComprehensionTimesOut() {
    String module = """
        package limits

        n := count([x | some i in numbers.range(1, 2000); some j in numbers.range(1, 2000); some k in numbers.range(1, 2000); x := i * j * k])
        """;
    long start = System.nanoTime();
    RegoException e = evalFailure(module, "data.limits.n",
        new EvalLimits(1000, Duration.ofMillis(300), 64L << 20));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(e).as("an 8e9-iteration comprehension must be cancelled").isNotNull();
    assertThat(e.code()).isIn("eval_cancel_error", "eval_limit_error");
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void hugeOutputHitsTheOutputLimit() {
    String module = """
        package limits

        big := [s | some i in numbers.range(1, 20000); s := sprintf("item-%d-padding-padding", [i])]
        """;
    EvalLimits limits = new EvalLimits(1000, Duration.ofSeconds(10), 64L * 1024);
    try (PolicyEngine engine = new InterpreterPolicyEngine(Map.of("limits.rego", module),
        ObjectValue.EMPTY, limits, BuiltinRegistry.standard())) {
      RegoException e = assertTimeoutPreemptively(BOUND, () -> catchThrowableOfType(RegoException.class,
          () -> engine.evaluate("limits/big", ObjectValue.EMPTY)));
      assertThat(e).as("a ~500 KB document must exceed a 64 KiB output limit").isNotNull();
      assertThat(e.code()).isEqualTo("eval_limit_error");
    }
  }

  @Test
  void runawayComprehensionThroughTheEngineTimesOut() {
    String module = """
        package limits

        deny contains x if {
        	some i in numbers.range(1, 100000)
        	some j in numbers.range(1, 100000)
        	x := i * j
        	x < 0
        }
        """;
    EvalLimits limits = new EvalLimits(1000, Duration.ofMillis(300), 64L << 20);
    try (PolicyEngine engine = new InterpreterPolicyEngine(Map.of("limits.rego", module),
        ObjectValue.EMPTY, limits, BuiltinRegistry.standard())) {
      RegoException e = assertTimeoutPreemptively(BOUND, () -> catchThrowableOfType(RegoException.class,
          () -> engine.evaluate("limits/deny", ObjectValue.EMPTY)));
      assertThat(e).as("1e10 iterations must be cancelled").isNotNull();
      assertThat(e.code()).isIn("eval_cancel_error", "eval_limit_error");
    }
  }

  @Test
  void deeplyNestedInputIsRejectedWhileReading() {
    String nested = "[".repeat(5_000) + "]".repeat(5_000);
    assertThatThrownBy(() -> DataDocuments.parse(nested.getBytes(StandardCharsets.UTF_8), "input.json"))
        .isInstanceOf(PolicyEngineException.class)
        .hasMessageStartingWith("input.json: invalid data document");
  }
}
