package dev.vigil.rego.compile;

import dev.vigil.rego.ast.Module;
import dev.vigil.rego.builtins.BuiltinDeclaration;
import dev.vigil.rego.builtins.BuiltinRegistry;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mutable state threaded through the compiler stages. */
public final class CompileState {
    final List<Module> modules;
    final BuiltinRegistry builtins;
    final Map<String, BuiltinDeclaration> declarations;
    final UnsafeBuiltins unsafe;

    /** Resolved rules with their full ground node path. */
    final List<Placed> placed = new ArrayList<>();

    final Map<String, Integer> functionArity = new HashMap<>();
    RuleNode root = new RuleNode(List.of());
    final Map<String, RuleNode> functions = new HashMap<>();

    record Placed(List<Value> node, CompiledRule rule) {}

    CompileState(
            List<Module> modules,
            BuiltinRegistry builtins,
            Map<String, BuiltinDeclaration> declarations) {
        this(modules, builtins, declarations, UnsafeBuiltins.NONE);
    }

    CompileState(
            List<Module> modules,
            BuiltinRegistry builtins,
            Map<String, BuiltinDeclaration> declarations,
            UnsafeBuiltins unsafe) {
        this.modules = modules;
        this.builtins = builtins;
        this.declarations = declarations;
        this.unsafe = unsafe;
    }

    int arity(String name) {
        Integer a = functionArity.get(name);
        if (a != null) {
            return a;
        }
        BuiltinDeclaration d = declarations.get(name);
        return d == null ? -1 : d.arity();
    }

    static String functionName(List<Value> path) {
        StringBuilder sb = new StringBuilder("data");
        for (Value v : path) {
            sb.append('.').append(v instanceof StringValue s ? s.value() : v.toString());
        }
        return sb.toString();
    }

    public CompiledPolicy result() {
        return new CompiledPolicy(root, Map.copyOf(functions), builtins, declarations, unsafe);
    }
}
