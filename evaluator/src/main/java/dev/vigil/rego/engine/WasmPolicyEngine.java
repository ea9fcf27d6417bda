package dev.vigil.rego.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link PolicyEngine} over a policy compiled by {@code opa build -t wasm}, run on Chicory.
 * Instances are pooled (one per concurrent caller, at most {@code poolSize}); each holds the
 * bundle's data, plus the scan's {@code data.vigil} when built by {@link #forScan}.
 */
public final class WasmPolicyEngine implements PolicyEngine {
  private final WasmPolicy policy;
  private final List<ObjectValue> watchedData;

  public WasmPolicyEngine(WasmBundle bundle, int poolSize) {
    this(bundle, poolSize, List.of());
  }

  private WasmPolicyEngine(WasmBundle bundle, int poolSize, List<ObjectValue> watchedData) {
    this.policy = new WasmPolicy(bundle, poolSize);
    this.watchedData = watchedData;
  }

  /** Loads a {@code bundle.tar.gz} or a bare {@code policy.wasm}; pool sized to the CPU count. */
  public static WasmPolicyEngine load(Path path) {
    return new WasmPolicyEngine(WasmBundle.load(path), Runtime.getRuntime().availableProcessors());
  }

  /**
   * The engine a scan uses: the bundle with {@code data} (the scan's {@code data.vigil}: org tree,
   * settings, time) merged into its own base document, as the interpreter sees it.
   */
  public static WasmPolicyEngine forScan(WasmBundle bundle, Value data) {
    WasmBundle withData = data == null ? bundle : bundle.withData(Values.toJson(data), "scan data");
    List<ObjectValue> watched = new ArrayList<>();
    collectWatched(data, watched);
    return new WasmPolicyEngine(withData, Runtime.getRuntime().availableProcessors(), List.copyOf(watched));
  }

  private static void collectWatched(Value value, List<ObjectValue> out) {
    if (value instanceof ObjectValue o) {
      if (o.isWatched()) {
        out.add(o);
      }
      o.entries().values().forEach(v -> collectWatched(v, out));
    } else if (value instanceof ArrayValue a) {
      a.elements().forEach(v -> collectWatched(v, out));
    }
  }

  public Set<String> entrypoints() {
    return policy.entrypoints().keySet();
  }

  @Override
  public Value evaluate(String entrypoint, Value input) {
    // Wasm reads data unobserved: like the input, a watched part of data (the org tree's unknown
    // keys) counts as read by every evaluation, so such verdicts are UNKNOWN rather than PASS.
    watchedData.forEach(ObjectValue::size);
    String inputJson = input == null ? null : Values.toJson(input).toString();
    JsonNode result = policy.evaluate(entrypoint, inputJson);
    return result == null ? null : Values.fromJson(result);
  }

  @Override
  public void close() {
    policy.close();
  }
}
