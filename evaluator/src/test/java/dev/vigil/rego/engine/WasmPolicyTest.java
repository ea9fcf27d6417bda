package dev.vigil.rego.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WasmPolicyTest {
  static final String ENTRYPOINT = "opa/wasm/test/allowed";
  static final String DATA = "{\"role\":{\"alice\":\"admin\",\"bob\":\"viewer\"}}";

  static byte[] demoWasm() throws IOException {
    try (InputStream in = WasmPolicyTest.class.getResourceAsStream("/demo-policy.wasm")) {
      assertThat(in).as("demo-policy.wasm on the classpath (opa-java-wasm jar)").isNotNull();
      return in.readAllBytes();
    }
  }

  static WasmBundle demoBundle() throws IOException {
    return new WasmBundle(demoWasm(), new ObjectMapper().readTree(DATA), "demo-policy.wasm");
  }

  @Test
  void evaluatesDemoPolicyEntrypoint() throws IOException {
    try (WasmPolicy policy = new WasmPolicy(demoBundle(), 2)) {
      assertThat(policy.entrypoints()).containsKey(ENTRYPOINT);
      assertThat(policy.evaluate(ENTRYPOINT, "{\"user\":\"alice\"}").asBoolean()).isTrue();
      assertThat(policy.evaluate(ENTRYPOINT, "{\"user\":\"bob\"}").asBoolean()).isFalse();
      assertThat(policy.evaluate("data.opa.wasm.test.allowed", "{\"user\":\"alice\"}").asBoolean())
          .isTrue();
    }
  }

  @Test
  void parallelEvaluationsShareABoundedPool() throws Exception {
    try (WasmPolicy policy = new WasmPolicy(demoBundle(), 2)) {
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          String user = i % 2 == 0 ? "alice" : "bob";
          results.add(threads.submit(() ->
              policy.evaluate(ENTRYPOINT, "{\"user\":\"" + user + "\"}").asBoolean()));
        }
        for (int i = 0; i < results.size(); i++) {
          assertThat(results.get(i).get()).as("evaluation %d", i).isEqualTo(i % 2 == 0);
        }
      } finally {
        threads.shutdownNow();
      }
      assertThat(policy.instancesCreated()).isBetween(1, 2);
    }
  }

  @Test
  void unknownEntrypointNamesTheKnownOnes() throws IOException {
    try (WasmPolicy policy = new WasmPolicy(demoBundle(), 1)) {
      assertThatThrownBy(() -> policy.evaluate("opa/wasm/test/nope", "{}"))
          .isInstanceOf(PolicyEngineException.class)
          .hasMessageContaining("unknown entrypoint 'opa/wasm/test/nope'")
          .hasMessageContaining(ENTRYPOINT);
    }
  }

  @Test
  void loadsBundleTarGzWithDataJsonAndManifest(@TempDir Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("/data.json", DATA.getBytes(StandardCharsets.UTF_8));
    files.put("/policy.wasm", demoWasm());
    files.put("/.manifest", ("{\"revision\":\"\",\"roots\":[\"\"],\"wasm\":[{\"entrypoint\":"
        + "\"opa/wasm/test/allowed\",\"module\":\"/policy.wasm\"}]}").getBytes(StandardCharsets.UTF_8));
    Path bundle = dir.resolve("bundle.tar.gz");
    Files.write(bundle, TarGzWriter.write(files));

    WasmBundle loaded = WasmBundle.load(bundle);
    assertThat(loaded.data().at("/role/alice").asText()).isEqualTo("admin");
    try (WasmPolicy policy = new WasmPolicy(loaded, 1)) {
      assertThat(policy.evaluate(ENTRYPOINT, "{\"user\":\"alice\"}").asBoolean()).isTrue();
      assertThat(policy.evaluate(ENTRYPOINT, "{\"user\":\"carol\"}").asBoolean()).isFalse();
    }
  }

  @Test
  void nestedDataFilesMergeUnderTheirDirectory() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("/policy.wasm", demoWasm());
    files.put("/role/data.json", "{\"carol\":\"admin\"}".getBytes(StandardCharsets.UTF_8));
    byte[] archive = TarGzWriter.write(files);
    WasmBundle loaded = WasmBundle.fromBundle(new ByteArrayInputStream(archive), "mem.tar.gz");
    try (WasmPolicy policy = new WasmPolicy(loaded, 1)) {
      assertThat(policy.evaluate(ENTRYPOINT, "{\"user\":\"carol\"}").asBoolean()).isTrue();
    }
  }

  @Test
  void longPathsInPaxHeadersAreHonoured() throws IOException {
    String deep = "/" + "very_long_directory_name/".repeat(6) + "data.json";
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("/policy.wasm", demoWasm());
    files.put(deep, "{\"k\": 1}".getBytes(StandardCharsets.UTF_8));
    WasmBundle loaded = WasmBundle.fromBundle(new ByteArrayInputStream(TarGzWriter.write(files)), "deep.tar.gz");
    assertThat(loaded.data().at("/very_long_directory_name".repeat(6) + "/k").asInt()).isEqualTo(1);
  }

  @Test
  void loadsBareWasmWithDataJson(@TempDir Path dir) throws IOException {
    Path wasm = Files.write(dir.resolve("policy.wasm"), demoWasm());
    Path data = Files.writeString(dir.resolve("data.json"), DATA);
    try (WasmPolicy policy = new WasmPolicy(WasmBundle.fromWasm(wasm, data), 1)) {
      assertThat(policy.evaluate(ENTRYPOINT, "{\"user\":\"alice\"}").asBoolean()).isTrue();
    }
  }

  @Test
  void bundleWithoutWasmIsAClearError() throws IOException {
    byte[] archive = TarGzWriter.write(Map.of("/data.json", "{}".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> WasmBundle.fromBundle(new ByteArrayInputStream(archive), "x.tar.gz"))
        .isInstanceOf(PolicyEngineException.class)
        .hasMessageContaining("x.tar.gz: bundle holds no .wasm module");
  }

  @Test
  void corruptArchiveIsAClearError() {
    byte[] junk = "not a tarball".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> WasmBundle.fromBundle(new ByteArrayInputStream(junk), "junk.tar.gz"))
        .isInstanceOf(PolicyEngineException.class)
        .hasMessageStartingWith("junk.tar.gz: cannot read bundle");
  }
}
