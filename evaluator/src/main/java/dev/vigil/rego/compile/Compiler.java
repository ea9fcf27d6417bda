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
                    new RecursionStage());

    public List<Stage> stages() {
        return stages;
    }

    public CompileState newState(
            List<Module> modules,
            BuiltinRegistry builtins,
            Map<String, BuiltinDeclaration> declarations) {
        return new CompileState(modules, builtins, declarations);
    }

    public CompiledPolicy compile(
            List<Module> modules,
            BuiltinRegistry builtins,
            Map<String, BuiltinDeclaration> declarations) {
        CompileState state = newState(modules, builtins, declarations);
        for (Stage s : stages) {
            s.run(state);
        }
        return state.result();
    }
}
