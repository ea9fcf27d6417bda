package dev.vigil.rego.eval;

import dev.vigil.rego.compile.RuleNode;
import dev.vigil.rego.value.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What {@code with} can replace, plus the document cache valid for exactly these replacements. */
final class State {
    final Value input;
    final Value data;
    final Map<List<Value>, Value> dataOverrides;

    /** Replacement per function name: a String (other function) or a Value (constant result). */
    final Map<String, Object> functionOverrides;

    final Map<RuleNode, Optional<Value>> cache = new HashMap<>();
    final Set<RuleNode> inProgress = new HashSet<>();

    State(
            Value input,
            Value data,
            Map<List<Value>, Value> dataOverrides,
            Map<String, Object> functionOverrides) {
        this.input = input;
        this.data = data;
        this.dataOverrides = dataOverrides;
        this.functionOverrides = functionOverrides;
    }

    State copy() {
        return new State(
                input, data, new HashMap<>(dataOverrides), new HashMap<>(functionOverrides));
    }
}
