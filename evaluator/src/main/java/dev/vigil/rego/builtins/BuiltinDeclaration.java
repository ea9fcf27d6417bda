package dev.vigil.rego.builtins;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A builtin's signature as OPA's capabilities.json declares it. {@code result} is empty for
 * builtins without a result (print); {@code variadic} is the type of extra arguments, if any.
 */
public record BuiltinDeclaration(
    String name,
    List<BuiltinType> args,
    Optional<BuiltinType> result,
    Optional<BuiltinType> variadic,
    Optional<String> infix,
    String category,
    boolean nondeterministic,
    boolean relation) {

  public BuiltinDeclaration {
    Objects.requireNonNull(name, "name");
    args = List.copyOf(args);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(variadic, "variadic");
    Objects.requireNonNull(infix, "infix");
    Objects.requireNonNull(category, "category");
  }

  public int arity() {
    return args.size();
  }

  public boolean deterministic() {
    return !nondeterministic;
  }

  /** OPA's category: the name's prefix before the last dot, or the family for operators. */
  static String categoryOf(String name, Optional<String> infix) {
    if (infix.isPresent()) {
      return "operators";
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "builtins" : name.substring(0, dot);
  }
}
