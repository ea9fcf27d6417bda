package dev.vigil.rego.api;

import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.builtins.BuiltinContext;
import dev.vigil.rego.compile.CompiledPolicy;
import dev.vigil.rego.eval.Bindings;
import dev.vigil.rego.eval.Evaluator;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A compiled query; immutable and safe to evaluate from many threads. */
public final class PreparedQuery {
    private final CompiledPolicy policy;
    private final List<Expr> body;
    private final List<Expr> original;
    private final List<String> captures;
    private final List<String> texts;
    private final Value data;
    private final boolean strict;
    private final EvalLimits limits;
    private final Map<String, String> sources;

    PreparedQuery(
            CompiledPolicy policy,
            List<Expr> body,
            List<Expr> original,
            List<String> captures,
            List<String> texts,
            Value data,
            boolean strict,
            EvalLimits limits,
            Map<String, String> sources) {
        this.policy = policy;
        this.body = body;
        this.original = original;
        this.captures = captures;
        this.texts = texts;
        this.data = data;
        this.strict = strict;
        this.limits = limits;
        this.sources = sources;
    }

    public Map<String, String> sources() {
        return sources;
    }

    public ResultSet eval(Value input) {
        return eval(EvalOptions.of(input));
    }

    public ResultSet eval(EvalOptions options) {
        return eval(options, System.nanoTime() + limits.timeout().toNanos());
    }

    /**
     * Evaluates until {@code deadline} (a {@link System#nanoTime()} instant) instead of the limits'
     * timeout; past it the evaluation stops with {@code eval_cancel_error}.
     */
    public ResultSet eval(EvalOptions options, long deadline) {
        long now =
                options.nowNanos() != null
                        ? options.nowNanos()
                        : System.currentTimeMillis() * 1_000_000L;
        BuiltinContext ctx =
                BuiltinContext.forQuery(
                        now,
                        strict,
                        () -> {
                            if (System.nanoTime() > deadline) {
                                throw new RegoException(
                                        "eval_cancel_error", "evaluation timed out", null);
                            }
                        });
        Value d = options.extraData() == null ? data : merge(data, options.extraData());
        Evaluator ev = new Evaluator(policy, d, options.input(), ctx, limits.maxDepth(), deadline);
        List<Result> results = new ArrayList<>();
        Bindings b = new Bindings();
        long[] size = {0};
        try {
            ev.evalBody(
                    body,
                    b,
                    () -> {
                        Map<String, Value> named = new TreeMap<>();
                        Map<String, Value> all = b.snapshot();
                        all
                                .forEach(
                                        (k, v) -> {
                                            if (!k.contains("$") && !k.startsWith("_")) {
                                                named.put(k, v);
                                            }
                                        });
                        List<Value> exprs = new ArrayList<>();
                        for (String capture : captures) {
                            Value v = capture == null ? null : all.get(capture);
                            exprs.add(v == null ? BooleanValue.TRUE : v);
                        }
                        for (Value v : named.values()) {
                            size[0] += OutputSize.estimate(v, limits.maxOutputBytes() - size[0]);
                        }
                        if (size[0] > limits.maxOutputBytes()) {
                            throw new RegoException(
                                    "eval_limit_error", "output size limit exceeded", null);
                        }
                        results.add(new Result(exprs, named));
                        return true;
                    });
        } catch (StackOverflowError e) {
            throw new RegoException(
                    "eval_limit_error", "evaluation exceeded the maximum stack depth", null);
        }
        return new ResultSet(
                List.copyOf(results), texts, original.stream().map(Expr::loc).toList());
    }

    static Value merge(Value base, Value extra) {
        if (base instanceof ObjectValue a && extra instanceof ObjectValue x) {
            ObjectValue out = a;
            for (var e : x.entries().entrySet()) {
                Value cur = a.get(e.getKey());
                out = out.with(e.getKey(), cur == null ? e.getValue() : merge(cur, e.getValue()));
            }
            return out;
        }
        return extra;
    }
}
