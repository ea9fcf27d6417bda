package dev.vigil.rego.builtins;

import dev.vigil.rego.value.Value;
import java.util.Arrays;
import java.util.List;

/** Builtin contexts and call helpers for unit tests. */
final class TestContexts {
  /** 2026-11-22T08:00:00Z. */
  static final long NOW = 1_795_334_400_000_000_000L;

  private TestContexts() {}

  static BuiltinContext fixed() {
    return BuiltinContext.forQuery(NOW, true, () -> {}, 42L);
  }

  static final BuiltinRegistry REGISTRY = BuiltinRegistry.standard();

  static Value call(String name, Value... args) {
    return REGISTRY.lookup(name).orElseThrow().call(fixed(), Arrays.asList(args));
  }

  static Value call(String name, List<Value> args) {
    return REGISTRY.lookup(name).orElseThrow().call(fixed(), args);
  }
}
