package dev.vigil.rego.builtins;

import com.google.re2j.Pattern;

/** Compile caches shared by the builtins of one registry (thread-safe). */
final class BuiltinCaches {
  private final CompileCache<String, Pattern> regex = new CompileCache<>(1000);
  private final CompileCache<String, Pattern> glob = new CompileCache<>(1000);

  CompileCache<String, Pattern> regex() {
    return regex;
  }

  CompileCache<String, Pattern> glob() {
    return glob;
  }
}
