package dev.vigil.rego.api;

import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.compile.CompiledPolicy;
import dev.vigil.rego.compile.QueryCompiler;
import dev.vigil.rego.parse.Parser;
import dev.vigil.rego.value.Value;
import java.util.List;
import java.util.Map;

/** Modules compiled once, with their data: prepares queries against them. Immutable and thread-safe. */
public final class CompiledRego {
    private final CompiledPolicy policy;
    private final Value data;
    private final boolean strict;
    private final EvalLimits limits;
    private final Map<String, String> sources;

    CompiledRego(CompiledPolicy policy, Value data, boolean strict, EvalLimits limits, Map<String, String> sources) {
        this.policy = policy;
        this.data = data;
        this.strict = strict;
        this.limits = limits;
        this.sources = sources;
    }

    public PreparedQuery prepare(String query) {
        List<Expr> parsed = Parser.parseQuery("query", query);
        List<Expr> resolved = QueryCompiler.resolve(parsed, policy);
        List<Expr> body = QueryCompiler.order(resolved, policy);
        return new PreparedQuery(policy, body, resolved, QueryTexts.split(query, parsed), data, strict, limits,
                sources);
    }
}
