package dev.vigil.rego.compile;

import java.util.Set;

/**
 * Builtins the compiler refuses (OPA's "unsafe builtins", a capabilities set with them removed):
 * a module or query that calls one fails to compile with a located {@code rego_type_error}.
 * {@code reason} says why, and is appended to each error.
 */
public record UnsafeBuiltins(Set<String> names, String reason) {
    public static final UnsafeBuiltins NONE = new UnsafeBuiltins(Set.of(), "");

    public UnsafeBuiltins {
        names = Set.copyOf(names);
    }

    public boolean refuses(String builtin) {
        return names.contains(builtin);
    }
}
