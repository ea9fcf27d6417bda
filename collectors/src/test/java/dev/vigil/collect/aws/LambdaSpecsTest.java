package dev.vigil.collect.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Redaction;
import dev.vigil.collect.engine.SdkJson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

class LambdaSpecsTest {

    @Test
    void environmentKeepsNamesAndHashesOnly() {
        FunctionConfiguration f = FunctionConfiguration.builder().functionName("fn").runtime("python3.12")
                .environment(e -> e.variables(Map.of("DB_PASSWORD", "hunter2", "LOG_LEVEL", "debug"))).build();
        ObjectNode item = SdkJson.toJson(f);
        LambdaSpecs.FUNCTION.redact().accept(item);
        assertThat(item.toString()).doesNotContain("hunter2").doesNotContain("debug");
        assertThat(item.at("/Environment/Variables/DB_PASSWORD/sha256").asText()).isEqualTo(Redaction.sha256("hunter2"));
        assertThat(item.at("/Environment/Variables/LOG_LEVEL/present").asBoolean()).isTrue();
        assertThat(item.path("Runtime").asText()).isEqualTo("python3.12");
    }

    @Test
    void aFunctionWithoutEnvironmentIsLeftAlone() throws Exception {
        ObjectNode item = (ObjectNode) new ObjectMapper().readTree("{\"FunctionName\": \"fn\", \"Environment\": null}");
        LambdaSpecs.redactEnvironment(item);
        assertThat(item.toString()).isEqualTo("{\"FunctionName\":\"fn\",\"Environment\":null}");
    }

    @Test
    void everyCallIsADeclaredOperation() {
        assertThat(LambdaSpecs.FUNCTION.operations()).extracting(o -> o.iamAction()).containsExactly(
                "lambda:ListFunctions", "lambda:GetPolicy", "lambda:ListFunctionUrlConfigs",
                "lambda:GetFunctionEventInvokeConfig");
    }
}
