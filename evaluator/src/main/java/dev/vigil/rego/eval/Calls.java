package dev.vigil.rego.eval;

import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.builtins.Builtin;
import dev.vigil.rego.builtins.BuiltinException;
import dev.vigil.rego.compile.CompiledRule;
import dev.vigil.rego.compile.RuleNode;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Calls of builtins, user-defined functions and their {@code with} replacements. */
final class Calls {
    private final Evaluator ev;

    Calls(Evaluator ev) {
        this.ev = ev;
    }

    /** Evaluates a call; with an output argument, k receives true after unifying it. */
    boolean call(Call c, Bindings b, boolean exprLevel, ValueCont k) {
        String name = ((Var) c.op()).name();
        int arity = arity(name, c.args().size());
        int n = c.args().size();
        boolean hasOut = n == arity + 1;
        List<Term> inputs = hasOut ? c.args().subList(0, arity) : c.args();
        if (inputs.stream().anyMatch(a -> a instanceof Var v && ev.terms.isPattern(v, b))) {
            return patternArgsFirst(c, inputs, b, exprLevel, k);
        }
        return ev.terms.all(
                inputs,
                b,
                vals -> {
                    Value r = invoke(name, vals, c);
                    if (r == null) {
                        return true;
                    }
                    if (relation(name)) {
                        if (!(r instanceof ArrayValue outs)) {
                            return true;
                        }
                        for (Value o : outs.elements()) {
                            boolean go =
                                    hasOut
                                            ? ev.terms.unifyValue(
                                                    c.args().get(n - 1),
                                                    o,
                                                    b,
                                                    () -> k.accept(BooleanValue.TRUE))
                                            : k.accept(o);
                            if (!go) {
                                return false;
                            }
                        }
                        return true;
                    }
                    if (hasOut) {
                        return ev.terms.unifyValue(
                                c.args().get(n - 1), r, b, () -> k.accept(BooleanValue.TRUE));
                    }
                    return k.accept(r);
                });
    }

    private boolean relation(String name) {
        Optional<Builtin> bi = ev.policy.builtins().lookup(name);
        return bi.isPresent()
                && bi.get().declaration().relation()
                && !ev.state.functionOverrides.containsKey(name);
    }

    /**
     * Arguments that are still unbound variables get bound by evaluating the other (iterating)
     * arguments first.
     */
    private boolean patternArgsFirst(
            Call c, List<Term> inputs, Bindings b, boolean exprLevel, ValueCont k) {
        List<Term> ordered = new java.util.ArrayList<>();
        inputs.stream()
                .filter(a -> !(a instanceof Var v && ev.terms.isPattern(v, b)))
                .forEach(ordered::add);
        return ev.terms.all(
                ordered,
                b,
                ignored -> {
                    for (Term a : inputs) {
                        if (a instanceof Var v && ev.terms.isPattern(v, b)) {
                            throw Evaluator.error(
                                    "rego_unsafe_var_error",
                                    "var " + v.name() + " is unsafe",
                                    v.loc());
                        }
                    }
                    return call(c, b, exprLevel, k);
                });
    }

    private int arity(String name, int given) {
        return switch (name) {
            case "internal.member_2" -> 2;
            case "internal.member_3" -> 3;
            default -> {
                Object o = ev.state.functionOverrides.get(name);
                int a = ev.policy.arity(name);
                yield a < 0 && o != null ? given : a;
            }
        };
    }

    Value invoke(String name, Value[] args, Call c) {
        Object override = ev.state.functionOverrides.get(name);
        if (override instanceof Value v) {
            return v;
        }
        if (override instanceof String other) {
            State outer = ev.state;
            ev.state = new State(outer.input, outer.data, outer.dataOverrides, java.util.Map.of());
            try {
                return invokeDirect(other, args, c);
            } finally {
                ev.state = outer;
            }
        }
        return invokeDirect(name, args, c);
    }

    private Value invokeDirect(String name, Value[] args, Call c) {
        if (name.startsWith("data.")) {
            RuleNode fn = ev.policy.functions().get(name);
            if (fn != null) {
                return function(fn, args, c);
            }
        }
        switch (name) {
            case "print" -> {
                return BooleanValue.TRUE;
            }
            case "internal.member_2" -> {
                return BooleanValue.of(member(args[0], args[1]));
            }
            case "internal.member_3" -> {
                Value got =
                        TermEval.lookup(
                                args[2] instanceof SetValue ? ObjectValue.EMPTY : args[2], args[0]);
                return BooleanValue.of(got != null && got.equals(args[1]));
            }
            default -> {}
        }
        Optional<Builtin> bi = ev.policy.builtins().lookup(name);
        if (bi.isEmpty()) {
            throw Evaluator.error(
                    "eval_builtin_error", "builtin not implemented: " + name, c.loc());
        }
        try {
            return bi.get().call(ev.ctx, Arrays.asList(args));
        } catch (BuiltinException e) {
            if (ev.ctx.strict()) {
                throw Evaluator.error(e.code(), e.messageFor(name), c.loc());
            }
            return null;
        }
    }

    private static boolean member(Value x, Value coll) {
        Object sw1 = coll;
        if (sw1 instanceof SetValue s) {
            return s.contains(x);
        } else if (sw1 instanceof ArrayValue a) {
            return a.elements().contains(x);
        } else if (sw1 instanceof ObjectValue o) {
            return o.entries().containsValue(x);
        } else {
            return false;
        }
    }

    private Value function(RuleNode fn, Value[] args, Call c) {
        if (++ev.depth > ev.maxDepth) {
            throw Evaluator.error("eval_limit_error", "maximum evaluation depth exceeded", c.loc());
        }
        try {
            Value result = null;
            for (CompiledRule r : fn.rules()) {
                Value v = link(r, args);
                if (v != null) {
                    if (result != null && !result.equals(v)) {
                        throw Evaluator.error(
                                "eval_conflict_error",
                                "functions must not produce multiple outputs for same inputs",
                                c.loc());
                    }
                    result = v;
                }
            }
            if (result == null && !fn.defaults().isEmpty()) {
                result = link(fn.defaults().get(0), args);
            }
            return result;
        } finally {
            ev.depth--;
        }
    }

    private Value link(CompiledRule first, Value[] args) {
        for (CompiledRule r = first; r != null; r = r.elseRule()) {
            CompiledRule l = r;
            Value[] result = {null};
            boolean[] found = {false};
            Bindings b = new Bindings();
            unifyArgs(
                    l.rule().args(),
                    args,
                    0,
                    b,
                    () ->
                            ev.body(
                                    l.rule().body(),
                                    0,
                                    b,
                                    () -> {
                                        found[0] = true;
                                        return ev.terms.eval(
                                                l.rule().value(),
                                                b,
                                                v -> {
                                                    if (result[0] != null && !result[0].equals(v)) {
                                                        throw Evaluator.error(
                                                                "eval_conflict_error",
                                                                "functions must not produce"
                                                                    + " multiple outputs for same"
                                                                    + " inputs",
                                                                l.rule().loc());
                                                    }
                                                    result[0] = v;
                                                    return true;
                                                });
                                    }));
            if (found[0]) {
                return result[0];
            }
        }
        return null;
    }

    private boolean unifyArgs(List<Term> params, Value[] args, int i, Bindings b, Cont k) {
        if (i == params.size()) {
            return k.run();
        }
        return ev.terms.unifyValue(
                params.get(i), args[i], b, () -> unifyArgs(params, args, i + 1, b, k));
    }

    static NumberValue num(long n) {
        return NumberValue.of(n);
    }
}
