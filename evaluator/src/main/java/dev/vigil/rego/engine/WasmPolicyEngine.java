package dev.vigil.rego.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@link PolicyEngine} over a policy compiled by {@code opa build -t wasm}, run on Chicory.
 * Instances are pooled (one per concurrent caller, at most {@code poolSize}).
 */
public final class WasmPolicyEngine implements PolicyEngine {
  private final WasmPolicy policy;

  public WasmPolicyEngine(WasmBundle bundle, int poolSize) {
    this.policy = new WasmPolicy(bundle, poolSize);
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
    return new WasmPolicyEngine(withData, Runtime.getRuntime().availableProcessors());
  }

  public Set<String> entrypoints() {
    return policy.entrypoints().keySet();
  }

  @Override
  public Value evaluate(String entrypoint, Value input) {
    String inputJson = input == null ? null : Values.toJson(input).toString();
    JsonNode result = policy.evaluate(entrypoint, inputJson);
    return result == null ? null : Values.fromJson(result);
  }

  @Override
  public void close() {
    policy.close();
  }
}
