package dev.vigil.rego.eval;

import dev.vigil.rego.value.Value;
import java.util.HashMap;
import java.util.Map;

/** Variable bindings of one rule/query evaluation frame; bind/unbind nest with backtracking. */
public final class Bindings {
    private final Map<String, Value> values = new HashMap<>();

    public Value get(String name) {
        return values.get(name);
    }

    public boolean bindAndRun(String name, Value v, Cont k) {
        values.put(name, v);
        try {
            return k.run();
        } finally {
            values.remove(name);
        }
    }

    public Map<String, Value> snapshot() {
        return new HashMap<>(values);
    }
}
