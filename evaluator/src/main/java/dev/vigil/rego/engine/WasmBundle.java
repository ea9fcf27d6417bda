package dev.vigil.rego.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A compiled OPA Wasm policy with its base document: either an {@code opa build -t wasm} bundle
 * ({@code /policy.wasm}, {@code data.json} files, {@code .manifest}) or a bare {@code policy.wasm}
 * with an optional {@code data.json}.
 */
public record WasmBundle(byte[] wasm, JsonNode data, String source) {
  public WasmBundle {
    if (!(data instanceof ObjectNode)) {
      throw new PolicyEngineException(source + ": data must be a JSON object");
    }
  }

  /**
   * This bundle with {@code extra} merged into its base document, as {@code opa} merges data files:
   * objects merge key by key, and a key both hold with a non-object value is an error naming it.
   * This is how a scan's {@code data.vigil} (org tree, settings, time) reaches a bundle.
   */
  public WasmBundle withData(JsonNode extra, String extraName) {
    ObjectNode merged = ((ObjectNode) data).deepCopy();
    DataDocuments.mergeAt(merged, List.of(), extra, source + " + " + extraName);
    return new WasmBundle(wasm, merged, source);
  }

  /** Loads {@code *.tar.gz} / {@code *.tgz} as a bundle, anything else as a bare Wasm module. */
  public static WasmBundle load(Path path) {
    String name = path.getFileName().toString();
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      return fromBundle(path);
    }
    return fromWasm(path, null);
  }

  public static WasmBundle fromBundle(Path bundle) {
    try (InputStream in = Files.newInputStream(bundle)) {
      return fromBundle(in, bundle.toString());
    } catch (IOException e) {
      throw new PolicyEngineException(bundle + ": cannot read bundle: " + e.getMessage(), e);
    }
  }

  public static WasmBundle fromBundle(InputStream tarGz, String source) {
    Map<String, byte[]> files;
    try {
      files = TarGzArchive.read(tarGz, source);
    } catch (IOException e) {
      throw new PolicyEngineException(source + ": cannot read bundle: " + e.getMessage(), e);
    }
    List<String> modules = new ArrayList<>();
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String path = file.getKey();
      if (path.endsWith(".wasm")) {
        modules.add(path);
      } else if (DataDocuments.isDataFile(path.substring(path.lastIndexOf('/') + 1))) {
        String name = source + "!" + path;
        DataDocuments.mergeAt(data, parentSegments(path), DataDocuments.parse(file.getValue(), name), name);
      }
    }
    if (modules.isEmpty()) {
      throw new PolicyEngineException(source + ": bundle holds no .wasm module (build it with 'opa build -t wasm')");
    }
    if (modules.size() > 1) {
      throw new PolicyEngineException(source + ": bundle holds several Wasm modules " + modules
          + "; only single-module bundles are supported");
    }
    return new WasmBundle(files.get(modules.get(0)), data, source);
  }

  /** A bare module; {@code dataJson} may be null (empty base document). */
  public static WasmBundle fromWasm(Path wasm, Path dataJson) {
    try {
      byte[] module = Files.readAllBytes(wasm);
      JsonNode data = dataJson == null
          ? JsonNodeFactory.instance.objectNode()
          : DataDocuments.parse(Files.readAllBytes(dataJson), dataJson.toString());
      return new WasmBundle(module, data, wasm.toString());
    } catch (IOException e) {
      throw new PolicyEngineException(wasm + ": cannot read policy: " + e.getMessage(), e);
    }
  }

  private static List<String> parentSegments(String path) {
    List<String> segments = new ArrayList<>(List.of(path.substring(1).split("/")));
    segments.remove(segments.size() - 1);
    return segments;
  }
}
