package dev.vigil.rego.compile;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.ast.ArrayCompr;
import dev.vigil.rego.ast.ArrayLit;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Const;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.ExprKind;
import dev.vigil.rego.ast.ObjectCompr;
import dev.vigil.rego.ast.ObjectLit;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.SetCompr;
import dev.vigil.rego.ast.SetLit;
import dev.vigil.rego.ast.TemplateString;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.ast.With;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stage "recursion": a rule (or function) that depends on itself is a compile error, as in OPA. */
final class RecursionStage implements Stage {
    @Override
    public String name() {
        return "recursion";
    }

    @Override
    public void run(CompileState state) {
        Map<RuleNode, Set<RuleNode>> edges = new IdentityHashMap<>();
        Map<RuleNode, Location> where = new IdentityHashMap<>();
        collectNodes(state.root, state, edges, where);
        Map<RuleNode, Integer> color = new IdentityHashMap<>();
        for (RuleNode n : edges.keySet()) {
            visit(n, edges, color, where, new ArrayList<>());
        }
    }

    private void collectNodes(
            RuleNode node,
            CompileState state,
            Map<RuleNode, Set<RuleNode>> edges,
            Map<RuleNode, Location> where) {
        if (node.hasRules()) {
            Set<RuleNode> deps = new HashSet<>();
            List<CompiledRule> all = new ArrayList<>(node.rules());
            all.addAll(node.defaults());
            for (CompiledRule r : all) {
                for (CompiledRule l = r; l != null; l = l.elseRule()) {
                    where.putIfAbsent(node, l.rule().loc());
                    List<Term> terms = new ArrayList<>();
                    terms.add(l.rule().key());
                    terms.add(l.rule().value());
                    terms.addAll(l.rest());
                    for (Term t : terms) {
                        refs(t, state, deps);
                    }
                    body(l.rule().body(), state, deps);
                }
            }
            edges.put(node, deps);
        }
        for (RuleNode c : node.children().values()) {
            collectNodes(c, state, edges, where);
        }
    }

    private void visit(
            RuleNode n,
            Map<RuleNode, Set<RuleNode>> edges,
            Map<RuleNode, Integer> color,
            Map<RuleNode, Location> where,
            List<RuleNode> stack) {
        Integer c = color.get(n);
        if (c != null && c == 2) {
            return;
        }
        if (c != null && c == 1) {
            throw new RegoException(
                    "rego_recursion_error",
                    "rule " + CompileState.functionName(n.path()).substring(5) + " is recursive",
                    where.get(n));
        }
        color.put(n, 1);
        for (RuleNode d : edges.getOrDefault(n, Set.of())) {
            visit(d, edges, color, where, stack);
        }
        color.put(n, 2);
    }

    private void body(List<Expr> body, CompileState s, Set<RuleNode> out) {
        for (Expr e : body) {
            if (e.kind() instanceof ExprKind.TermExpr t) {
                refs(t.term(), s, out);
            } else if (e.kind() instanceof ExprKind.SomeIn si) {
                refs(si.domain(), s, out);
            } else if (e.kind() instanceof ExprKind.Every ev) {
                refs(ev.domain(), s, out);
                body(ev.body(), s, out);
            }
            for (With w : e.withs()) {
                refs(w.value(), s, out);
            }
        }
    }

    /**
     * Adds every rule node a term can read: ground prefixes of data refs plus all rules below them.
     */
    private void refs(Term t, CompileState s, Set<RuleNode> out) {
        if (t == null) {
            return;
        }
        if (t instanceof Ref r) {
            if (r.headIs("data")) {
                RuleNode n = s.root;
                for (Term p : r.path()) {
                    if (n.hasRules()) {
                        break;
                    }
                    if (!(p instanceof Const c)) {
                        n = null;
                        break;
                    }
                    RuleNode next = n.child(c.value());
                    if (next == null) {
                        n = null;
                        break;
                    }
                    n = next;
                }
                if (n != null) {
                    below(n, out);
                }
            }
            refs(r.head(), s, out);
            r.path().forEach(p -> refs(p, s, out));
        } else if (t instanceof Call c) {
            String name = ((Var) c.op()).name();
            RuleNode fn = s.functions.get(name);
            if (fn != null) {
                out.add(fn);
            }
            c.args().forEach(a -> refs(a, s, out));
        } else if (t instanceof ArrayLit a) {
            a.items().forEach(x -> refs(x, s, out));
        } else if (t instanceof SetLit a) {
            a.items().forEach(x -> refs(x, s, out));
        } else if (t instanceof ObjectLit o) {
            o.entries()
                    .forEach(
                            e -> {
                                refs(e.key(), s, out);
                                refs(e.value(), s, out);
                            });
        } else if (t instanceof ArrayCompr c) {
            refs(c.head(), s, out);
            body(c.body(), s, out);
        } else if (t instanceof SetCompr c) {
            refs(c.head(), s, out);
            body(c.body(), s, out);
        } else if (t instanceof ObjectCompr c) {
            refs(c.key(), s, out);
            refs(c.value(), s, out);
            body(c.body(), s, out);
        } else if (t instanceof TemplateString ts) {
            ts.parts().forEach(x -> refs(x, s, out));
        }
    }

    private static void below(RuleNode n, Set<RuleNode> out) {
        if (n.hasRules()) {
            out.add(n);
        }
        for (RuleNode c : n.children().values()) {
            below(c, out);
        }
    }
}
