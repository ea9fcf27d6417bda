package dev.vigil.rego.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WasmPolicyEngineTest {
  @Test
  void evaluatesValuesThroughTheEngineInterface(@TempDir Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("/policy.wasm", WasmPolicyTest.demoWasm());
    files.put("/data.json", WasmPolicyTest.DATA.getBytes(StandardCharsets.UTF_8));
    Path bundle = Files.write(dir.resolve("bundle.tar.gz"), TarGzWriter.write(files));

    try (PolicyEngine engine = WasmPolicyEngine.load(bundle)) {
      Value alice = ObjectValue.of("user", StringValue.of("alice"));
      Value mallory = Values.parseJson("{\"user\": \"mallory\", \"extra\": [1, 2.5, null]}");
      assertThat(engine.evaluate(WasmPolicyTest.ENTRYPOINT, alice)).isEqualTo(BooleanValue.TRUE);
      assertThat(engine.evaluate(WasmPolicyTest.ENTRYPOINT, mallory)).isEqualTo(BooleanValue.FALSE);
    }
  }

  @Test
  void listsEntrypoints() throws IOException {
    try (WasmPolicyEngine engine = new WasmPolicyEngine(WasmPolicyTest.demoBundle(), 1)) {
      assertThat(engine.entrypoints()).contains(WasmPolicyTest.ENTRYPOINT);
      assertThat(engine.evaluate(WasmPolicyTest.ENTRYPOINT, null)).isEqualTo(BooleanValue.FALSE);
      assertThat(engine.evaluate(WasmPolicyTest.ENTRYPOINT, ObjectValue.of("user", StringValue.of("alice"))))
          .isEqualTo(BooleanValue.TRUE);
    }
  }

  /** The demo policy allows a user whose {@code data.role} is admin; here only the scan's data says so. */
  @Test
  void theScansDataReachesABundleThatHasNone() throws IOException {
    WasmBundle bare = new WasmBundle(WasmPolicyTest.demoWasm(), new ObjectMapper().createObjectNode(), "demo");
    Value alice = ObjectValue.of("user", StringValue.of("alice"));
    try (PolicyEngine without = new WasmPolicyEngine(bare, 1);
        PolicyEngine with = WasmPolicyEngine.forScan(bare, Values.parseJson("{\"role\": {\"alice\": \"admin\"}}"))) {
      assertThat(without.evaluate(WasmPolicyTest.ENTRYPOINT, alice)).isEqualTo(BooleanValue.FALSE);
      assertThat(with.evaluate(WasmPolicyTest.ENTRYPOINT, alice)).isEqualTo(BooleanValue.TRUE);
    }
  }

  @Test
  void theScansDataMergesWithTheBundlesData() throws IOException {
    Value scanData = Values.parseJson("{\"role\": {\"carol\": \"admin\"}, \"vigil\": {\"now_ns\": 1}}");
    try (PolicyEngine engine = WasmPolicyEngine.forScan(WasmPolicyTest.demoBundle(), scanData)) {
      assertThat(engine.evaluate(WasmPolicyTest.ENTRYPOINT, ObjectValue.of("user", StringValue.of("carol"))))
          .as("from the scan").isEqualTo(BooleanValue.TRUE);
      assertThat(engine.evaluate(WasmPolicyTest.ENTRYPOINT, ObjectValue.of("user", StringValue.of("alice"))))
          .as("from the bundle").isEqualTo(BooleanValue.TRUE);
      assertThat(engine.evaluate(WasmPolicyTest.ENTRYPOINT, ObjectValue.of("user", StringValue.of("bob"))))
          .isEqualTo(BooleanValue.FALSE);
    }
  }

  @Test
  void aKeyBothTheBundleAndTheScanSetIsAnError() throws IOException {
    Value scanData = Values.parseJson("{\"role\": {\"bob\": \"admin\"}}");
    assertThatThrownBy(() -> WasmPolicyEngine.forScan(WasmPolicyTest.demoBundle(), scanData))
        .isInstanceOf(PolicyEngineException.class)
        .hasMessageContaining("demo-policy.wasm + scan data")
        .hasMessageContaining("merge conflict at key 'bob'");
  }

  /** The interpreter reports reads of the org tree's unknown keys; Wasm's reads are unseen, so each counts. */
  @Test
  void everyEvaluationCountsAsAReadOfTheWatchedData() throws IOException {
    List<Value> reads = new ArrayList<>();
    ObjectValue org = ObjectValue.watched((ObjectValue) Values.parseJson("{\"accounts\": []}"),
        Set.of(StringValue.of("accounts")), reads::add);
    Value scanData = ObjectValue.of("vigil", ObjectValue.of("org", org));
    try (PolicyEngine engine = WasmPolicyEngine.forScan(WasmPolicyTest.demoBundle(), scanData)) {
      reads.clear();
      engine.evaluate(WasmPolicyTest.ENTRYPOINT, ObjectValue.of("user", StringValue.of("alice")));
      assertThat(reads).containsOnlyNulls().isNotEmpty();
    }
  }
}
