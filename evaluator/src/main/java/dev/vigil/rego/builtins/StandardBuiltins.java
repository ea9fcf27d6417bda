package dev.vigil.rego.builtins;

/** The list of builtin families that make up {@link BuiltinRegistry#standard()}. */
final class StandardBuiltins {
  private StandardBuiltins() {}

  static void registerAll(Registrar r, BuiltinCaches caches) {
    ComparisonBuiltins.register(r);
  }
}
