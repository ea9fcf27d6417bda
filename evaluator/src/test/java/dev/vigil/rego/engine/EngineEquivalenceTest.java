package dev.vigil.rego.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The interpreter and the Wasm build of OPA's demo policy agree, through the same interface. */
class EngineEquivalenceTest {
  private static final String DEMO_SOURCE = """
      package opa.wasm.test

      default allowed := false

      allowed if data.role[input.user] == "admin"
      """;
  private static PolicyEngine wasm;
  private static PolicyEngine interpreter;

  @BeforeAll
  static void engines() throws IOException {
    wasm = new WasmPolicyEngine(WasmPolicyTest.demoBundle(), 2);
    interpreter = new InterpreterPolicyEngine(Map.of("demo.rego", DEMO_SOURCE),
        Values.parseJson(WasmPolicyTest.DATA));
  }

  @AfterAll
  static void close() throws Exception {
    wasm.close();
    interpreter.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"user\": \"alice\"}", "{\"user\": \"bob\"}", "{\"user\": \"carol\"}",
      "{}", "{\"user\": 7}", "{\"user\": [\"alice\"]}", "null"})
  void sameAnswer(String inputJson) {
    Value input = Values.parseJson(inputJson);
    Value expected = wasm.evaluate(WasmPolicyTest.ENTRYPOINT, input);
    assertThat(expected).isNotNull();
    assertThat(interpreter.evaluate(WasmPolicyTest.ENTRYPOINT, input)).isEqualTo(expected);
  }
}
