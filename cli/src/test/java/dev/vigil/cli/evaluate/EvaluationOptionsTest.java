package dev.vigil.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.engine.PolicyEngine;
import dev.vigil.rego.engine.PolicyEngineException;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engines {@code scan}/{@code evaluate} build: both see the scan's data; the interpreter refuses http.send. */
class EvaluationOptionsTest {
    private static final String DEMO_ENTRYPOINT = "opa/wasm/test/allowed";

    @TempDir
    Path dir;

    @Test
    void aWasmBundleSeesTheDataTheScanPasses() throws Exception {
        EvaluationOptions options = new EvaluationOptions();
        options.wasmBundle = demoWasm();
        Value data = Values.parseJson("{\"role\": {\"alice\": \"admin\"}, \"vigil\": {\"now_ns\": 1}}");
        Value alice = ObjectValue.of("user", StringValue.of("alice"));

        try (PolicyEngine engine = options.engines().create(Map.of(), data);
             PolicyEngine withoutData = options.engines().create(Map.of(), ObjectValue.EMPTY)) {
            assertThat(engine.evaluate(DEMO_ENTRYPOINT, alice)).isEqualTo(BooleanValue.TRUE);
            assertThat(withoutData.evaluate(DEMO_ENTRYPOINT, alice)).isEqualTo(BooleanValue.FALSE);
        }
    }

    @Test
    void theInterpreterRefusesHttpSendWhenTheEngineIsBuilt() {
        EvaluationOptions options = new EvaluationOptions();
        Map<String, String> modules = Map.of("p.rego", "package p\n\nok if http.send({\"method\": \"GET\", \"url\": \"u\"})\n");

        assertThatThrownBy(() -> options.engines().create(modules, ObjectValue.EMPTY))
                .isInstanceOf(PolicyEngineException.class)
                .hasMessageContaining("p.rego:3:7: rego_type_error: unsafe built-in function calls in expression: http.send");
    }

    private Path demoWasm() throws Exception {
        try (InputStream in = EvaluationOptionsTest.class.getResourceAsStream("/demo-policy.wasm")) {
            assertThat(in).as("demo-policy.wasm from the opa-java-wasm jar").isNotNull();
            return Files.write(dir.resolve("policy.wasm"), in.readAllBytes());
        }
    }
}
