package dev.vigil.rego.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterpreterPolicyEngineTest {
  private static final String BUCKET_POLICY = """
      package vigil.aws.s3.s3_bucket_versioning_enabled

      deny contains msg if {
      	input.resource.type == "aws.s3.bucket"
      	not input.resource.attributes.Versioning.Status == "Enabled"
      	msg := sprintf("%s: versioning is not enabled", [input.resource.id])
      }
      """;
  private static final String ROLE_POLICY = """
      package opa.wasm.test

      default allowed := false

      allowed if data.role[input.user] == "admin"
      """;
  private static final String DENY = "vigil/aws/s3/s3_bucket_versioning_enabled/deny";

  private static Value bucket(String id, String versioning) {
    return Values.parseJson("{\"resource\": {\"id\": \"" + id + "\", \"type\": \"aws.s3.bucket\","
        + " \"attributes\": {\"Versioning\": {\"Status\": \"" + versioning + "\"}}}}");
  }

  @Test
  void evaluatesDenyRulesByEntrypoint() {
    try (PolicyEngine engine = new InterpreterPolicyEngine(Map.of("s3.rego", BUCKET_POLICY), ObjectValue.EMPTY)) {
      assertThat(engine.evaluate(DENY, bucket("b1", "Suspended")))
          .isEqualTo(SetValue.of(StringValue.of("b1: versioning is not enabled")));
      assertThat(engine.evaluate(DENY, bucket("b2", "Enabled"))).isEqualTo(SetValue.EMPTY);
      assertThat(engine.evaluate("data.vigil.aws.s3.s3_bucket_versioning_enabled.deny",
          bucket("b3", "Off"))).isEqualTo(SetValue.of(StringValue.of("b3: versioning is not enabled")));
    }
  }

  @Test
  void undefinedDocumentIsNull() {
    try (PolicyEngine engine = new InterpreterPolicyEngine(Map.of("s3.rego", BUCKET_POLICY), ObjectValue.EMPTY)) {
      assertThat(engine.evaluate("vigil/aws/s3/s3_bucket_versioning_enabled/nothing_here", bucket("b", "x")))
          .isNull();
    }
  }

  @Test
  void usesBaseDocumentAndMatchesTheWasmDemoPolicy() {
    Value data = Values.parseJson("{\"role\": {\"alice\": \"admin\", \"bob\": \"viewer\"}}");
    try (PolicyEngine engine = new InterpreterPolicyEngine(Map.of("demo.rego", ROLE_POLICY), data)) {
      assertThat(engine.evaluate("opa/wasm/test/allowed", ObjectValue.of("user", StringValue.of("alice"))))
          .isEqualTo(BooleanValue.TRUE);
      assertThat(engine.evaluate("opa/wasm/test/allowed", ObjectValue.of("user", StringValue.of("bob"))))
          .isEqualTo(BooleanValue.FALSE);
    }
  }

  @Test
  void loadsPoliciesAndDataFromADirectory(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("s3"));
    Files.createDirectories(dir.resolve("role"));
    Files.writeString(dir.resolve("s3/policy.rego"), BUCKET_POLICY);
    Files.writeString(dir.resolve("demo.rego"), ROLE_POLICY);
    Files.writeString(dir.resolve("role/data.json"), "{\"alice\": \"admin\"}");
    try (PolicyEngine engine = InterpreterPolicyEngine.load(List.of(dir))) {
      assertThat(engine.evaluate(DENY, bucket("b1", "Off")))
          .isEqualTo(SetValue.of(StringValue.of("b1: versioning is not enabled")));
      assertThat(engine.evaluate("opa/wasm/test/allowed", ObjectValue.of("user", StringValue.of("alice"))))
          .isEqualTo(BooleanValue.TRUE);
    }
  }

  @Test
  void compileErrorsSurfaceAsRegoException() {
    try (InterpreterPolicyEngine engine = new InterpreterPolicyEngine(
        Map.of("bad.rego", "package bad\n\nallow if {\n\tx == 1\n}\n"), ObjectValue.EMPTY)) {
      assertThatThrownBy(() -> engine.evaluate("bad/allow", ObjectValue.EMPTY))
          .isInstanceOf(RegoException.class)
          .satisfies(e -> assertThat(((RegoException) e).errors().get(0).location().file()).isEqualTo("bad.rego"));
    }
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    try (PolicyEngine engine = new InterpreterPolicyEngine(Map.of("s3.rego", BUCKET_POLICY), ObjectValue.EMPTY)) {
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        List<Future<Value>> results = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
          String id = "b" + i;
          String status = i % 3 == 0 ? "Enabled" : "Suspended";
          results.add(threads.submit(() -> engine.evaluate(DENY, bucket(id, status))));
        }
        for (int i = 0; i < results.size(); i++) {
          Value expected = i % 3 == 0 ? SetValue.EMPTY
              : SetValue.of(StringValue.of("b" + i + ": versioning is not enabled"));
          assertThat(results.get(i).get()).as("evaluation %d", i).isEqualTo(expected);
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  void entrypointSegmentsThatAreNotIdentifiersAreQuoted() {
    assertThat(InterpreterPolicyEngine.toQuery("vigil/aws/deny")).isEqualTo("data.vigil.aws.deny");
    assertThat(InterpreterPolicyEngine.toQuery("x/my-check/deny")).isEqualTo("data.x[\"my-check\"].deny");
    assertThat(InterpreterPolicyEngine.toQuery("data.a.b")).isEqualTo("data.a.b");
  }
}
