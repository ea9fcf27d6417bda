package dev.vigil.rego.builtins;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An immutable set of builtins, looked up by name. */
public final class BuiltinRegistry {
  private final Map<String, Builtin> builtins;

  private BuiltinRegistry(Map<String, Builtin> builtins) {
    this.builtins = Collections.unmodifiableMap(new LinkedHashMap<>(builtins));
  }

  /** Every builtin Vigil implements, with fresh compile caches. */
  public static BuiltinRegistry standard() {
    Builder b = builder(BuiltinDeclarations.standard());
    StandardBuiltins.registerAll(b, new BuiltinCaches());
    return b.build();
  }

  public static Builder builder(Map<String, BuiltinDeclaration> declarations) {
    return new Builder(declarations);
  }

  public Optional<Builtin> lookup(String name) {
    return Optional.ofNullable(builtins.get(name));
  }

  public Collection<Builtin> all() {
    return builtins.values();
  }

  /** A copy with {@code extra} added (or replacing a builtin of the same name). */
  public BuiltinRegistry with(Builtin extra) {
    Map<String, Builtin> m = new LinkedHashMap<>(builtins);
    m.put(extra.name(), extra);
    return new BuiltinRegistry(m);
  }

  /** Collects implementations; each must match a declaration and be registered once. */
  public static final class Builder implements Registrar {
    private final Map<String, BuiltinDeclaration> declarations;
    private final Map<String, Builtin> builtins = new LinkedHashMap<>();

    private Builder(Map<String, BuiltinDeclaration> declarations) {
      this.declarations = Map.copyOf(declarations);
    }

    @Override
    public void add(String name, BuiltinFunction function) {
      BuiltinDeclaration d = declarations.get(name);
      if (d == null) {
        throw new IllegalStateException("builtin " + name + " has no declaration");
      }
      add(new Builtin(d, function));
    }

    /** Adds a builtin with its own declaration (for example a test-only builtin). */
    public Builder add(Builtin builtin) {
      if (builtins.putIfAbsent(builtin.name(), builtin) != null) {
        throw new IllegalStateException("builtin " + builtin.name() + " registered twice");
      }
      return this;
    }

    public BuiltinRegistry build() {
      return new BuiltinRegistry(builtins);
    }
  }
}
