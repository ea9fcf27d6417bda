package dev.vigil.rego.compile;

import dev.vigil.rego.ast.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles an ad-hoc query body against a compiled policy. */
public final class QueryCompiler {
    private QueryCompiler() {}

    public static List<Expr> compile(List<Expr> parsed, CompiledPolicy policy) {
        return order(resolve(parsed, policy), policy);
    }

    /** Names resolved, in source order. */
    public static List<Expr> resolve(List<Expr> parsed, CompiledPolicy policy) {
        Resolver resolver = new Resolver(List.of(), Set.of(), Map.of());
        return resolver.body(parsed, Scope.root());
    }

    /** Type-checked and ordered for safety. */
    public static List<Expr> order(List<Expr> body, CompiledPolicy policy) {
        Map<String, Integer> total = new HashMap<>();
        TopVars.count(body, total);
        CompileState probe = new CompileState(List.of(), policy.builtins(), policy.declarations());
        policy.functions().keySet().forEach(f -> probe.functionArity.put(f, policy.arity(f)));
        TypeCheckStage.check(probe, body);
        UnsafeBuiltinsStage.check(policy.unsafe(), body);
        return new SafetyReorder(total, probe::arity).reorder(body, Set.of());
    }
}
