package dev.vigil.rego.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The declarations resource is an unedited subset of OPA's capabilities.json. */
class DeclarationsResourceTest {
  @Test
  void everyDeclarationIsCopiedFromOpaCapabilities() throws Exception {
    Path caps = Path.of(System.getProperty("vigil.opa.conformance", "/work/shared/opa-conformance"), "capabilities.json");
    Assumptions.assumeTrue(Files.exists(caps), "OPA capabilities.json not available");
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
