package dev.vigil.rego.compile;

import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A node of the virtual document tree: rules defined at this path and child nodes. */
public final class RuleNode {
    private final List<Value> path;
    private final Map<Value, RuleNode> children = new TreeMap<>();
    private final List<CompiledRule> rules = new ArrayList<>();
    private final List<CompiledRule> defaults = new ArrayList<>();
    private boolean function;

    RuleNode(List<Value> path) {
        this.path = List.copyOf(path);
    }

    public List<Value> path() {
        return path;
    }

    public Map<Value, RuleNode> children() {
        return Collections.unmodifiableMap(children);
    }

    public RuleNode child(Value key) {
        return children.get(key);
    }

    public List<CompiledRule> rules() {
        return rules;
    }

    public List<CompiledRule> defaults() {
        return defaults;
    }

    public boolean isFunction() {
        return function;
    }

    public boolean hasRules() {
        return !rules.isEmpty() || !defaults.isEmpty();
    }

    RuleNode childOrCreate(Value key) {
        return children.computeIfAbsent(
                key,
                k -> {
                    List<Value> p = new ArrayList<>(path);
                    p.add(k);
                    return new RuleNode(p);
                });
    }

    void add(CompiledRule r) {
        if (r.rule().kind() == dev.vigil.rego.ast.RuleKind.FUNCTION) {
            function = true;
        }
        if (r.rule().isDefault()) {
            defaults.add(r);
        } else {
            rules.add(r);
        }
    }
}
