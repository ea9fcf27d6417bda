package dev.vigil.rego.eval;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.ExprKind;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.builtins.BuiltinContext;
import dev.vigil.rego.compile.CompiledPolicy;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.Value;
import java.util.List;
import java.util.Map;

/** Top-down evaluation of bodies with backtracking; one instance per query evaluation. */
public final class Evaluator {
    final CompiledPolicy policy;
    final BuiltinContext ctx;
    final TermEval terms;
    final Docs docs;
    final Calls calls;
    final WithEval withs;
    final int maxDepth;
    final long deadlineNanos;
    State state;
    int depth;
    private int steps;

    public Evaluator(
            CompiledPolicy policy,
            Value data,
            Value input,
            BuiltinContext ctx,
            int maxDepth,
            long deadlineNanos) {
        this.policy = policy;
        this.ctx = ctx;
        this.maxDepth = maxDepth;
        this.deadlineNanos = deadlineNanos;
        this.state = new State(input, data, Map.of(), Map.of());
        this.terms = new TermEval(this);
        this.docs = new Docs(this);
        this.calls = new Calls(this);
        this.withs = new WithEval(this);
    }

    public boolean evalBody(List<Expr> body, Bindings b, Cont k) {
        return body(body, 0, b, k);
    }

    boolean body(List<Expr> body, int i, Bindings b, Cont k) {
        if (i == body.size()) {
            return k.run();
        }
        return expr(body.get(i), b, () -> body(body, i + 1, b, k));
    }

    void tick() {
        if ((++steps & 1023) == 0) {
            if (System.nanoTime() > deadlineNanos) {
                throw new RegoException("eval_cancel_error", "evaluation timed out", null);
            }
        }
    }

    boolean expr(Expr e, Bindings b, Cont k) {
        tick();
        if (!e.withs().isEmpty()) {
            return withs.eval(e, b, k);
        }
        return exprNoWith(e, b, k);
    }

    boolean exprNoWith(Expr e, Bindings b, Cont k) {
        if (e.negated()) {
            boolean[] found = {false};
            kind(
                    e,
                    b,
                    () -> {
                        found[0] = true;
                        return false;
                    });
            return found[0] || k.run();
        }
        return kind(e, b, k);
    }

    private boolean kind(Expr e, Bindings b, Cont k) {
        Object sw7 = e.kind();
        if (sw7 instanceof ExprKind.SomeDecl s) {
            return k.run();
        } else if (sw7 instanceof ExprKind.TermExpr t) {
            return termExpr(t.term(), b, k);
        } else if (sw7 instanceof ExprKind.SomeIn s) {
            return terms.eval(
                    s.domain(),
                    b,
                    d ->
                            terms.iterate(
                                    d,
                                    (key, val) ->
                                            (s.key() == null
                                                    ? terms.unifyValue(s.value(), val, b, k)
                                                    : terms.unifyValue(
                                                            s.key(),
                                                            key,
                                                            b,
                                                            () ->
                                                                    terms.unifyValue(
                                                                            s.value(), val, b,
                                                                            k)))));
        } else if (sw7 instanceof ExprKind.Every ev) {
            return every(ev, b, k);
        }
        throw new IllegalStateException("unmatched " + sw7);
    }

    private boolean every(ExprKind.Every ev, Bindings b, Cont k) {
        return terms.eval(
                ev.domain(),
                b,
                d -> {
                    if (!TermEval.isCollection(d)) {
                        return true;
                    }
                    boolean[] all = {true};
                    terms.iterate(
                            d,
                            (key, val) -> {
                                boolean[] found = {false};
                                Cont inner =
                                        () ->
                                                body(
                                                        ev.body(),
                                                        0,
                                                        b,
                                                        () -> {
                                                            found[0] = true;
                                                            return false;
                                                        });
                                if (ev.key() == null) {
                                    terms.unifyValue(ev.value(), val, b, inner);
                                } else {
                                    terms.unifyValue(
                                            ev.key(),
                                            key,
                                            b,
                                            () -> terms.unifyValue(ev.value(), val, b, inner));
                                }
                                all[0] = found[0];
                                return found[0];
                            });
                    return !all[0] || k.run();
                });
    }

    private boolean termExpr(Term t, Bindings b, Cont k) {
        if (t instanceof Call c && c.op() instanceof Var op) {
            String name = op.name();
            if (name.equals("eq") || name.equals("assign")) {
                return terms.unify(c.args().get(0), c.args().get(1), b, k);
            }
            return calls.call(c, b, true, v -> truthy(v) ? k.run() : true);
        }
        return terms.eval(t, b, v -> truthy(v) ? k.run() : true);
    }

    /** The first value of a term under the given bindings, or null when undefined. */
    public Value valueOf(dev.vigil.rego.ast.Term t, Bindings b) {
        Value[] out = {null};
        terms.eval(
                t,
                b,
                v -> {
                    out[0] = v;
                    return false;
                });
        return out[0];
    }

    static boolean truthy(Value v) {
        return !(v instanceof BooleanValue bv) || bv.value();
    }

    static RegoException error(String code, String message, Location loc) {
        return new RegoException(code, message, loc);
    }
}
