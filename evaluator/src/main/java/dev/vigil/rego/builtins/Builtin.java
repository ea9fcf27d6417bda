package dev.vigil.rego.builtins;

import dev.vigil.rego.value.Value;
import java.util.List;
import java.util.Objects;

/** A declared builtin together with its implementation. */
public record Builtin(BuiltinDeclaration declaration, BuiltinFunction function) {
  public Builtin {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(function, "function");
  }

  public String name() {
    return declaration.name();
  }

  public Value call(BuiltinContext ctx, List<Value> args) {
    return function.call(ctx, args);
  }
}
