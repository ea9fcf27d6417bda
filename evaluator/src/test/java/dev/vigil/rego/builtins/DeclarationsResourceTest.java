package dev.vigil.rego.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.testinput.ExternalTestInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The declarations resource is an unedited subset of OPA's capabilities.json. */
class DeclarationsResourceTest {
  @Test
  void everyDeclarationIsCopiedFromOpaCapabilities() throws Exception {
    Path corpus = ExternalTestInput.opaConformance("DeclarationsResourceTest (OPA's capabilities.json)").orElse(null);
    Assumptions.assumeTrue(corpus != null, "OPA capabilities.json not available (see the SKIPPED line above)");
    Path caps = corpus.resolve("capabilities.json");
    ObjectMapper mapper = new ObjectMapper();
    Map<String, JsonNode> opa = new HashMap<>();
    mapper.readTree(caps.toFile()).path("builtins").forEach(b -> opa.put(b.path("name").asText(), b));
    JsonNode ours;
    try (InputStream in = getClass().getResourceAsStream(BuiltinDeclarations.RESOURCE)) {
      ours = mapper.readTree(in);
    }
    assertThat(ours.path("builtins").size()).isGreaterThan(180);
    ours.path("builtins").forEach(b -> assertThat(b).isEqualTo(opa.get(b.path("name").asText())));
  }
}
