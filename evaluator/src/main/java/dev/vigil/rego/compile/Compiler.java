package dev.vigil.rego.compile;

import dev.vigil.rego.ast.Module;
import dev.vigil.rego.builtins.BuiltinDeclaration;
import dev.vigil.rego.builtins.BuiltinRegistry;
import java.util.List;
import java.util.Map;

/** Runs the ordered compiler stages over parsed modules. */
public final class Compiler {
    private final List<Stage> stages =
            List.of(
                    new ResolveStage(),
                    new RuleTreeStage(),
                    new TypeCheckStage(),
                    new UnsafeBuiltinsStage(),
                    new RecursionStage());

    public List<Stage> stages() {
        return stages;
    }

    public CompileState newState(
            List<Module> modules,
            BuiltinRegistry builtins,
            Map<String, BuiltinDeclaration> declarations) {
        return newState(modules, builtins, declarations, UnsafeBuiltins.NONE);
    }

    public CompileState newState(
            List<Module> modules,
            BuiltinRegistry builtins,
            Map<String, BuiltinDeclaration> declarations,
            UnsafeBuiltins unsafe) {
        return new CompileState(modules, builtins, declarations, unsafe);
    }

    public CompiledPolicy compile(
            List<Module> modules,
            BuiltinRegistry builtins,
            Map<String, BuiltinDeclaration> declarations) {
        return compile(modules, builtins, declarations, UnsafeBuiltins.NONE);
    }

    public CompiledPolicy compile(
            List<Module> modules,
            BuiltinRegistry builtins,
            Map<String, BuiltinDeclaration> declarations,
            UnsafeBuiltins unsafe) {
        CompileState state = newState(modules, builtins, declarations, unsafe);
        for (Stage s : stages) {
            s.run(state);
        }
        return state.result();
    }
}
