package dev.vigil.rego.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegoToolsTest {
  private static final String POLICY = """
      package vigil.aws.s3.s3_bucket_versioning_enabled

      deny contains msg if {
      	input.resource.type == "aws.s3.bucket"
      	not input.resource.attributes.Versioning.Status == "Enabled"
      	msg := sprintf("%s: versioning is not enabled", [input.resource.id])
      }

      exempt if input.resource.id in data.exemptions.buckets
      """;
  private static final String TESTS = """
      package vigil.aws.s3.s3_bucket_versioning_enabled_test

      import data.vigil.aws.s3.s3_bucket_versioning_enabled as check

      test_suspended_bucket_is_denied if {
      	count(check.deny) == 1 with input as {"resource": {"id": "b1", "type": "aws.s3.bucket", "attributes": {"Versioning": {"Status": "Suspended"}}}}
      }

      test_enabled_bucket_passes if {
      	count(check.deny) == 0 with input as {"resource": {"id": "b2", "type": "aws.s3.bucket", "attributes": {"Versioning": {"Status": "Enabled"}}}}
      }

      test_exemptions_come_from_data_json if {
      	check.exempt with input as {"resource": {"id": "legacy-logs"}}
      }

      todo_test_mfa_delete if {
      	false
      }
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private PrintStream out;
  private PrintStream err;

  @BeforeEach
  void streams() {
    out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
  }

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private void policyTree() throws IOException {
    write("s3/policy.rego", POLICY);
    write("s3/policy_test.rego", TESTS);
    write("exemptions/data.json", "{\"buckets\": [\"legacy-logs\"]}");
  }

  @Test
  void evalPrintsOpaResultShape() throws IOException {
    policyTree();
    Path input = write("input.json", "{\"resource\": {\"id\": \"b9\", \"type\": \"aws.s3.bucket\","
        + " \"attributes\": {}}}");
    int code = new RegoEval(out, err).run(new RegoEval.Request(List.of(dir), input,
        "data.vigil.aws.s3.s3_bucket_versioning_enabled.deny"));
    assertThat(code).as(err()).isZero();
    JsonNode json = new ObjectMapper().readTree(out());
    JsonNode expression = json.at("/result/0/expressions/0");
    assertThat(expression.get("value").get(0).asText()).isEqualTo("b9: versioning is not enabled");
    assertThat(expression.get("text").asText()).isEqualTo("data.vigil.aws.s3.s3_bucket_versioning_enabled.deny");
    assertThat(out()).contains("\"result\": [");
  }

  @Test
  void evalReportsBindings() throws IOException {
    policyTree();
    int code = new RegoEval(out, err).run(new RegoEval.Request(List.of(dir), null,
        "x := data.exemptions.buckets[_]"));
    assertThat(code).as(err()).isZero();
    JsonNode json = new ObjectMapper().readTree(out());
    assertThat(json.at("/result/0/bindings/x").asText()).isEqualTo("legacy-logs");
  }

  @Test
  void evalOfUndefinedPrintsEmptyObject() throws IOException {
    policyTree();
    int code = new RegoEval(out, err).run(new RegoEval.Request(List.of(dir), null, "data.nope.nothing"));
    assertThat(code).isZero();
    assertThat(out().strip()).isEqualTo("{}");
  }

  @Test
  void evalReportsCompileErrorsWithLocation() throws IOException {
    write("bad.rego", "package bad\n\nallow if {\n\tunknown_var == 1\n}\n");
    int code = new RegoEval(out, err).run(new RegoEval.Request(List.of(dir), null, "data.bad.allow"));
    assertThat(code).isEqualTo(1);
    assertThat(err()).contains("bad.rego:4:").contains("unknown_var").contains("^");
  }

  @Test
  void evalMergesAnExplicitDataFileAtTheRoot() throws IOException {
    Path policy = write("p.rego", "package p\n\nlimit := data.settings.limit\n");
    Path data = write("extra/settings.json", "{\"settings\": {\"limit\": 7}}");
    int code = new RegoEval(out, err).run(new RegoEval.Request(List.of(policy, data), null,
        "x := data.p.limit"));
    assertThat(code).as(err()).isZero();
    assertThat(new ObjectMapper().readTree(out()).at("/result/0/bindings/x").asInt()).isEqualTo(7);
  }

  @Test
  void conflictingDataFilesAreAnErrorNamingTheFile() throws IOException {
    write("a/data.json", "{\"k\": 1}");
    Path second = write("data.json", "{\"a\": {\"k\": 2}}");
    int code = new RegoEval(out, err).run(new RegoEval.Request(List.of(dir), null, "true"));
    assertThat(code).isEqualTo(1);
    assertThat(err()).contains("merge conflict at key 'k'");
    assertThat(err()).containsAnyOf(second.toString(), dir.resolve("a/data.json").toString());
  }

  @Test
  void missingPathIsAClearError() {
    int code = new RegoCheck(out, err).run(List.of(dir.resolve("nope")));
    assertThat(code).isEqualTo(1);
    assertThat(err()).contains(dir.resolve("nope") + ": no such file or directory");
  }

  @Test
  void testRunnerPassesAndSkipsTodo() throws IOException {
    policyTree();
    int code = new RegoTestRunner(out, err).run(List.of(dir), false);
    assertThat(code).as(out() + err()).isZero();
    assertThat(out()).contains("PASS: 3/4").contains("SKIPPED: 1/4").doesNotContain("FAIL");
  }

  @Test
  void testRunnerVerboseListsEveryTestWithFileAndLine() throws IOException {
    policyTree();
    int code = new RegoTestRunner(out, err).run(List.of(dir), true);
    assertThat(code).as(out() + err()).isZero();
    String testFile = dir.resolve("s3/policy_test.rego").toString();
    assertThat(out())
        .contains(testFile + ":5: data.vigil.aws.s3.s3_bucket_versioning_enabled_test"
            + ".test_suspended_bucket_is_denied: PASS (")
        .contains(testFile + ":9: data.vigil.aws.s3.s3_bucket_versioning_enabled_test"
            + ".test_enabled_bucket_passes: PASS (")
        .contains("todo_test_mfa_delete: SKIPPED");
  }

  @Test
  void testRunnerReportsFailuresAndErrorsWithNonZeroExit() throws IOException {
    policyTree();
    write("s3/broken_test.rego", """
        package broken_test

        test_wrong if {
        	1 == 2
        }

        test_conflict if {
        	value == 1
        }

        value := 1 if true
        value := 2 if true

        test_ok if true
        """);
    int code = new RegoTestRunner(out, err).run(List.of(dir), false);
    assertThat(code).isEqualTo(RegoTestRunner.EXIT_TEST_FAILURES);
    String broken = dir.resolve("s3/broken_test.rego").toString();
    assertThat(out())
        .contains(broken + ":3: data.broken_test.test_wrong: FAIL (")
        .contains(broken + ":7: data.broken_test.test_conflict: ERROR (")
        .contains("eval_conflict_error")
        .doesNotContain("test_ok:")
        .contains("PASS: 4/7")
        .contains("FAIL: 1/7")
        .contains("ERROR: 1/7");
  }

  @Test
  void testRunnerFilterSelectsTestsByQualifiedName() throws IOException {
    policyTree();
    int code = new RegoTestRunner(out, err).run(List.of(dir), true, Pattern.compile("enabled_bucket"));
    assertThat(code).as(out() + err()).isZero();
    assertThat(out()).contains("test_enabled_bucket_passes: PASS").contains("PASS: 1/1")
        .doesNotContain("test_suspended_bucket_is_denied");
  }

  @Test
  void aRunThatTestsNothingIsNotAPass() throws IOException {
    write("s3/policy.rego", POLICY);
    assertThat(new RegoTestRunner(out, err).run(List.of(dir), false)).isEqualTo(RegoTestRunner.EXIT_ERROR);
    assertThat(err()).contains("no test cases found: nothing was tested");
    policyTree();
    assertThat(new RegoTestRunner(out, err).run(List.of(dir), false, Pattern.compile("no_such_test")))
        .isEqualTo(RegoTestRunner.EXIT_ERROR);
    assertThat(err()).contains("no test cases found matching no_such_test");
  }

  @Test
  void testRunnerLoadsDataYaml() throws IOException {
    write("p/policy.rego", "package p\n\nlimit := data.settings.limit\n");
    write("p/policy_test.rego", "package p\n\ntest_limit if limit == 14\n");
    write("settings/data.yaml", "limit: 14\n");
    int code = new RegoTestRunner(out, err).run(List.of(dir), true);
    assertThat(code).as(out() + err()).isZero();
    assertThat(out()).contains("PASS: 1/1");
  }

  @Test
  void checkIsQuietAboutGoodPolicies() throws IOException {
    policyTree();
    int code = new RegoCheck(out, err).run(List.of(dir));
    assertThat(code).as(err()).isZero();
    assertThat(err()).isEmpty();
  }

  @Test
  void checkRendersParseErrorsWithCaret() throws IOException {
    Path bad = write("broken.rego", "package broken\n\nallow if {\n\tinput.x == \n}\n");
    write("also_bad.rego", "package also\n\ndeny contains msg if {\n\tmsg := [1, 2\n}\n");
    int code = new RegoCheck(out, err).run(List.of(dir));
    assertThat(code).isEqualTo(1);
    assertThat(err())
        .contains(bad + ":")
        .contains(dir.resolve("also_bad.rego") + ":")
        .contains("rego_parse_error")
        .contains("^");
  }

  @Test
  void checkSurvivesPathologicallyDeepNesting() throws IOException {
    Path deep = write("deep.rego", "package deep\n\nx := " + "[".repeat(50_000) + "]".repeat(50_000) + "\n");
    int code = new RegoCheck(out, err).run(List.of(deep));
    assertThat(code).isEqualTo(1);
    assertThat(err()).contains(deep + ":").contains("rego_parse_error");
  }

  @Test
  void checkReportsUnsafeVariables() throws IOException {
    Path bad = write("unsafe.rego", "package unsafe\n\ndeny contains msg if {\n\tmsg := y\n}\n");
    int code = new RegoCheck(out, err).run(List.of(bad));
    assertThat(code).isEqualTo(1);
    assertThat(err()).contains(bad + ":4:").contains("rego_unsafe_var_error").contains("^");
  }
}
