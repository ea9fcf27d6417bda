package dev.vigil.rego.compile;

import java.util.HashMap;
import java.util.Map;

/**
 * Lexical scope for local variable declarations ({@code some}, {@code :=}, every, comprehensions).
 */
final class Scope {
    private final Scope parent;
    private final Map<String, String> names = new HashMap<>();
    private final Counter counter;

    private Scope(Scope parent, Counter counter) {
        this.parent = parent;
        this.counter = counter;
    }

    static Scope root() {
        return new Scope(null, new Counter());
    }

    Scope child() {
        return new Scope(this, counter);
    }

    String lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            String n = s.names.get(name);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** Declares a local; nested scopes always get a fresh name so they shadow outer variables. */
    String declare(String name) {
        String unique =
                parent == null && lookup(name) == null && !counter.used.contains(name)
                        ? name
                        : fresh(name);
        names.put(name, unique);
        return unique;
    }

    /**
     * Records a plain (undeclared) use, so a later {@code :=} of the same name is a new variable.
     */
    void use(String name) {
        counter.used.add(name);
    }

    String fresh(String base) {
        return base + "$" + counter.next++;
    }

    private static final class Counter {
        private int next;
        private final java.util.Set<String> used = new java.util.HashSet<>();
    }
}
