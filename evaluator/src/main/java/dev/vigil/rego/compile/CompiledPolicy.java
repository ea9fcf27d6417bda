package dev.vigil.rego.compile;

import dev.vigil.rego.builtins.BuiltinDeclaration;
import dev.vigil.rego.builtins.BuiltinRegistry;
import java.util.Map;

/**
 * The output of compilation: the rule tree plus the function and builtin tables, and the builtins
 * that queries prepared against it may not call either.
 */
public record CompiledPolicy(
        RuleNode root,
        Map<String, RuleNode> functions,
        BuiltinRegistry builtins,
        Map<String, BuiltinDeclaration> declarations,
        UnsafeBuiltins unsafe) {
    public int arity(String name) {
        RuleNode f = functions.get(name);
        if (f != null) {
            return f.rules().isEmpty()
                    ? f.defaults().get(0).rule().args().size()
                    : f.rules().get(0).rule().args().size();
        }
        BuiltinDeclaration d = declarations.get(name);
        return d == null ? -1 : d.arity();
    }
}
