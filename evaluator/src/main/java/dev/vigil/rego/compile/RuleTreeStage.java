package dev.vigil.rego.compile;

import dev.vigil.rego.ast.RuleKind;
import dev.vigil.rego.value.Value;

/** Stage "ruletree": indexes rules by the ground prefix of their head ref. */
final class RuleTreeStage implements Stage {
    @Override
    public String name() {
        return "ruletree";
    }

    @Override
    public void run(CompileState state) {
        for (dev.vigil.rego.ast.Module m : state.modules) {
            RuleNode node = state.root;
            for (String k : m.packagePath()) {
                node = node.childOrCreate(new dev.vigil.rego.value.StringValue(k));
            }
        }
        for (CompileState.Placed p : state.placed) {
            RuleNode node = state.root;
            for (Value k : p.node()) {
                node = node.childOrCreate(k);
            }
            node.add(p.rule());
            if (p.rule().rule().kind() == RuleKind.FUNCTION) {
                state.functions.put(CompileState.functionName(p.node()), node);
            }
        }
    }
}
