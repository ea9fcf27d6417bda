package dev.vigil.rego.api;

import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.compile.CompiledPolicy;
import dev.vigil.rego.compile.QueryCapture;
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

    /** Prepares {@code query}: a result is a solution in which every expression holds. */
    public PreparedQuery prepare(String query) {
        return prepare(query, QueryCapture.Mode.BODY);
    }

    /**
     * Prepares {@code query} as {@code opa eval} does: a query of one expression that does not iterate
     * is a result whenever its value is defined, so {@code data.p.allow} reports {@code false}.
     */
    public PreparedQuery prepareLikeOpaEval(String query) {
        return prepare(query, QueryCapture.Mode.OPA_EVAL);
    }

    private PreparedQuery prepare(String query, QueryCapture.Mode mode) {
        List<Expr> parsed = Parser.parseQuery("query", query);
        List<Expr> resolved = QueryCompiler.resolve(parsed, policy);
        QueryCapture.Captured captured = QueryCapture.rewrite(resolved, policy, mode);
        List<Expr> body = QueryCompiler.order(captured.body(), policy);
        return new PreparedQuery(policy, body, resolved, captured.captures(), QueryTexts.split(query, parsed), data,
                strict, limits, sources);
    }
}
