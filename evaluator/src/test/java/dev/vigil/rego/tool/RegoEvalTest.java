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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil rego eval} prints what {@code opa eval --format json} prints for the same query. */
class RegoEvalTest {
  private static final String POLICY = """
      package pkg

      default allow := false

      allow if data.roles[input.user] == "admin"

      rule := false

      admins contains name if data.roles[name] == "admin"

      three := 3
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  @BeforeEach
  void policy() throws IOException {
    Files.writeString(dir.resolve("p.rego"), POLICY);
    Files.writeString(dir.resolve("data.json"), "{\"roles\": {\"alice\": \"admin\", \"bob\": \"viewer\"}}");
  }

  private String eval(String query) {
    int code = new RegoEval(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
        new PrintStream(errBytes, true, StandardCharsets.UTF_8))
        .run(new RegoEval.Request(List.of(dir), null, query));
    assertThat(code).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private JsonNode evalJson(String query) throws IOException {
    return new ObjectMapper().readTree(eval(query));
  }

  @Test
  void aFalseDocumentIsPrintedAsTheValueFalse() {
    assertThat(eval("data.pkg.rule")).isEqualTo("""
        {
          "result": [
            {
              "expressions": [
                {
                  "value": false,
                  "text": "data.pkg.rule",
                  "location": {
                    "row": 1,
                    "col": 1
                  }
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void aFalseComparisonIsPrintedAsFalseToo() throws IOException {
    assertThat(evalJson("1 == 2").at("/result/0/expressions/0/value").asBoolean(true)).isFalse();
  }

  @Test
  void anUndefinedDocumentPrintsAnEmptyObject() {
    assertThat(eval("data.pkg.nothing")).isEqualTo("{}\n");
  }

  @Test
  void withInputAsReplacesTheInput() throws IOException {
    JsonNode alice = evalJson("data.pkg.allow with input as {\"user\": \"alice\"}");
    assertThat(alice.at("/result/0/expressions/0/value").asBoolean(false)).isTrue();
    assertThat(alice.at("/result/0/expressions/0/text").asText())
        .isEqualTo("data.pkg.allow with input as {\"user\": \"alice\"}");
    outBytes.reset();
    JsonNode bob = evalJson("data.pkg.allow with input as {\"user\": \"bob\"}");
    assertThat(bob.at("/result/0/expressions/0/value").asBoolean(true)).isFalse();
  }

  @Test
  void withDataAsReplacesADocument() throws IOException {
    JsonNode json = evalJson("data.pkg.admins with data.roles as {\"carol\": \"admin\"}");
    assertThat(json.at("/result/0/expressions/0/value").toString()).isEqualTo("[\"carol\"]");
  }

  @Test
  void everyExpressionHasAValueAndTheQueryVariablesAreBound() throws IOException {
    JsonNode json = evalJson("x := data.pkg.three; y := x + 1; data.pkg.three");
    assertThat(json.at("/result/0/expressions").findValuesAsText("text"))
        .containsExactly("x := data.pkg.three", "y := x + 1", "data.pkg.three");
    assertThat(json.at("/result/0/expressions").findValues("value").toString()).isEqualTo("[true, true, 3]");
    assertThat(json.at("/result/0/bindings").toString()).isEqualTo("{\"x\":3,\"y\":4}");
  }

  @Test
  void withSeveralExpressionsAFalseOneMakesTheQueryUndefined() {
    assertThat(eval("x := 1; data.pkg.rule")).isEqualTo("{}\n");
  }

  @Test
  void iterationBindsTheVariableOncePerResult() throws IOException {
    JsonNode json = evalJson("data.roles[name] == \"admin\"");
    assertThat(json.at("/result").size()).isEqualTo(1);
    assertThat(json.at("/result/0/bindings/name").asText()).isEqualTo("alice");
    assertThat(json.at("/result/0/expressions/0/value").asBoolean(false)).isTrue();
  }
}
