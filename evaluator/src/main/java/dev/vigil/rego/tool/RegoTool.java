package dev.vigil.rego.tool;

import dev.vigil.rego.api.Rego;
import dev.vigil.rego.builtins.BuiltinRegistry;
import dev.vigil.rego.engine.PolicySources;

/** Shared set-up of the command-line tools. */
final class RegoTool {
  private RegoTool() {}

  /** A builder holding every module and the base document of {@code sources}. */
  static Rego builder(PolicySources sources, BuiltinRegistry builtins) {
    Rego builder = Rego.builder().data(sources.data()).builtins(builtins);
    sources.modules().forEach(builder::module);
    return builder;
  }
}
