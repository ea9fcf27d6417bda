package dev.vigil.rego.builtins;

/** Where a builtin family registers its implementations, by declared name. */
public interface Registrar {
  /** Registers the implementation of the declared builtin {@code name}. */
  void add(String name, BuiltinFunction function);
}
