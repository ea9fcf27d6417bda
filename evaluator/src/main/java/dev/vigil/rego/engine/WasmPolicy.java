package dev.vigil.rego.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.styra.opa.wasm.OpaPolicy;
import java.util.Map;
import java.util.TreeMap;

/**
 * A thread-safe OPA Wasm policy working on JSON text: a pool of Chicory instances, each with the
 * bundle's data loaded once. {@link WasmPolicyEngine} adapts it to {@link PolicyEngine}.
 */
public final class WasmPolicy implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InstancePool<OpaPolicy> pool;
  private final Map<String, Integer> entrypoints;
  private final String source;

  public WasmPolicy(WasmBundle bundle, int poolSize) {
    this.source = bundle.source();
    String data = bundle.data().toString();
    byte[] module = bundle.wasm();
    this.pool = new InstancePool<>(() -> instantiate(module, data, bundle.source()), poolSize);
    OpaPolicy first = instantiate(module, data, bundle.source());
    this.entrypoints = Map.copyOf(new TreeMap<>(first.entrypoints()));
    pool.offer(first);
  }

  private static OpaPolicy instantiate(byte[] module, String data, String source) {
    try {
      return OpaPolicy.builder().withPolicy(module).build().data(data);
    } catch (RuntimeException e) {
      throw new PolicyEngineException(source + ": cannot instantiate Wasm policy: " + e.getMessage(), e);
    }
  }

  /** Entrypoint names (slash paths, e.g. {@code opa/wasm/test/allowed}) and their ids. */
  public Map<String, Integer> entrypoints() {
    return entrypoints;
  }

  /**
   * Evaluates one entrypoint; {@code inputJson} null means no input. Returns the document's JSON
   * value, or null when it is undefined.
   */
  public JsonNode evaluate(String entrypoint, String inputJson) {
    int id = entrypointId(entrypoint);
    String resultSet = pool.apply(policy -> {
      try {
        policy.input(inputJson == null ? "" : inputJson);
        return policy.entrypoint(id).evaluate();
      } catch (RuntimeException e) {
        throw new PolicyEngineException(source + ": evaluation of '" + entrypoint + "' failed: "
            + e.getMessage(), e);
      }
    });
    return firstResult(resultSet, entrypoint);
  }

  private JsonNode firstResult(String resultSet, String entrypoint) {
    try {
      JsonNode results = JSON.readTree(resultSet);
      if (!results.isArray() || results.isEmpty()) {
        return null;
      }
      return results.get(0).get("result");
    } catch (JsonProcessingException e) {
      throw new PolicyEngineException(source + ": unreadable result from '" + entrypoint + "'", e);
    }
  }

  int entrypointId(String entrypoint) {
    Integer id = entrypoints.get(entrypoint);
    if (id == null) {
      id = entrypoints.get(normalize(entrypoint));
    }
    if (id == null) {
      throw new PolicyEngineException(source + ": unknown entrypoint '" + entrypoint
          + "'; the policy has " + entrypoints.keySet());
    }
    return id;
  }

  /** Accepts {@code a/b/c}, {@code /a/b/c}, {@code data/a/b/c}, {@code data.a.b.c} and {@code a.b.c}. */
  static String normalize(String entrypoint) {
    String path = entrypoint.strip();
    if (!path.contains("/")) {
      path = path.replace('.', '/');
    }
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.startsWith("data/")) {
      path = path.substring("data/".length());
    }
    return path;
  }

  int instancesCreated() {
    return pool.created();
  }

  @Override
  public void close() {
    pool.close();
  }
}
