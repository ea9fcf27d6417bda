package dev.vigil.rego.compile;

import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.ast.Const;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.Import;
import dev.vigil.rego.ast.Module;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.Rule;
import dev.vigil.rego.ast.RuleKind;
import dev.vigil.rego.ast.StringLit;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stage "resolve": names, imports, locals, constants, then safety ordering of every body. */
final class ResolveStage implements Stage {
    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public void run(CompileState state) {
        Map<List<String>, Set<String>> ruleNames = new HashMap<>();
        for (Module m : state.modules) {
            Set<String> names = ruleNames.computeIfAbsent(m.packagePath(), k -> new HashSet<>());
            for (Rule r : m.rules()) {
                names.add(((Var) r.head().head()).name());
                if (r.kind() == RuleKind.FUNCTION) {
                    state.functionArity.put(
                            CompileState.functionName(groundPath(m, r)), r.args().size());
                }
            }
        }
        for (Module m : state.modules) {
            Resolver resolver =
                    new Resolver(m.packagePath(), ruleNames.get(m.packagePath()), imports(m));
            for (Rule r : m.rules()) {
                List<Value> node = new ArrayList<>();
                CompiledRule c = rule(resolver, m, r, state, node);
                state.placed.add(new CompileState.Placed(node, c));
            }
        }
    }

    private static List<Value> groundPath(Module m, Rule r) {
        List<Value> out = new ArrayList<>();
        m.packagePath().forEach(p -> out.add(new StringValue(p)));
        out.add(new StringValue(((Var) r.head().head()).name()));
        for (Term t : r.head().path()) {
            if (t instanceof StringLit s) {
                out.add(new StringValue(s.value()));
            } else {
                break;
            }
        }
        return out;
    }

    private static Map<String, Ref> imports(Module m) {
        Map<String, Ref> out = new HashMap<>();
        for (Import i : m.imports()) {
            Ref p = i.path();
            String root = ((Var) p.head()).name();
            if (root.equals("future") || root.equals("rego")) {
                continue;
            }
            String alias = i.alias();
            if (alias == null) {
                if (p.path().isEmpty()) {
                    continue;
                }
                Term last = p.path().get(p.path().size() - 1);
                alias = last instanceof StringLit s ? s.value() : null;
            }
            if (alias != null) {
                List<Term> path = new ArrayList<>();
                for (Term t : p.path()) {
                    path.add(
                            t instanceof StringLit s
                                    ? new Const(new StringValue(s.value()), s.loc())
                                    : t);
                }
                out.put(alias, new Ref(p.head(), path, p.loc()));
            }
        }
        return out;
    }

    private CompiledRule rule(
            Resolver resolver, Module m, Rule r, CompileState state, List<Value> nodeOut) {
        CompiledRule next =
                r.elseRule() == null
                        ? null
                        : rule(resolver, m, r.elseRule(), state, new ArrayList<>());
        Scope scope = Scope.root();
        List<Term> args = new ArrayList<>();
        for (Term a : r.args()) {
            declareArgs(a, scope);
            args.add(resolver.term(a, scope));
        }
        List<Expr> body = resolver.body(r.body(), scope);
        Term key = r.key() == null ? null : resolver.term(r.key(), scope);
        Term value = r.value() == null ? null : resolver.term(r.value(), scope);
        m.packagePath().forEach(p -> nodeOut.add(new StringValue(p)));
        nodeOut.add(new StringValue(((Var) r.head().head()).name()));
        List<Term> rest = new ArrayList<>();
        for (Term t : r.head().path()) {
            Term rt =
                    t instanceof StringLit s
                            ? new Const(new StringValue(s.value()), s.loc())
                            : resolver.term(t, scope);
            if (rest.isEmpty() && rt instanceof Const c) {
                nodeOut.add(c.value());
            } else {
                rest.add(rt);
            }
        }
        Map<String, Integer> total = new HashMap<>();
        body.forEach(e -> TopVars.count(e, total));
        args.forEach(a -> TopVars.count(a, total));
        TopVars.count(key, total);
        TopVars.count(value, total);
        rest.forEach(t -> TopVars.count(t, total));
        Set<String> bound = new HashSet<>();
        args.forEach(a -> Vars.count(a, new HashMap<>()));
        Map<String, Integer> argVars = new HashMap<>();
        args.forEach(a -> Vars.count(a, argVars));
        bound.addAll(argVars.keySet());
        SafetyReorder safety = new SafetyReorder(total, state::arity);
        List<Expr> ordered = safety.reorder(body, bound);
        Set<String> after = safety.boundAfter(ordered, bound);
        checkHead(safety, key, after, r);
        checkHead(safety, value, after, r);
        for (Term t : rest) {
            checkHead(safety, t, after, r);
        }
        Term safeValue = value == null ? null : safety.nestedTerm(value, after);
        Term safeKey = key == null ? null : safety.nestedTerm(key, after);
        Rule resolved =
                new Rule(
                        r.kind(),
                        r.isDefault(),
                        r.head(),
                        args,
                        safeKey,
                        safeValue,
                        ordered,
                        null,
                        r.loc());
        return new CompiledRule(resolved, List.copyOf(rest), next);
    }

    private static void checkHead(SafetyReorder safety, Term t, Set<String> bound, Rule r) {
        if (t == null) {
            return;
        }
        for (String v : safety.valueNeeds(t)) {
            if (!bound.contains(v)) {
                throw new RegoException(
                        "rego_unsafe_var_error",
                        "var " + SafetyReorder.display(v) + " is unsafe",
                        r.loc());
            }
        }
    }

    private static void declareArgs(Term a, Scope scope) {
        Map<String, Integer> vars = new HashMap<>();
        Vars.count(a, vars);
        vars.keySet().forEach(scope::declare);
    }
}
