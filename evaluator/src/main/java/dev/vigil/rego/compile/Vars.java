package dev.vigil.rego.compile;

import dev.vigil.rego.ast.ArrayCompr;
import dev.vigil.rego.ast.ArrayLit;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.ExprKind;
import dev.vigil.rego.ast.ObjectCompr;
import dev.vigil.rego.ast.ObjectLit;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.SetCompr;
import dev.vigil.rego.ast.SetLit;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.TemplateString;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.ast.With;
import java.util.List;
import java.util.Map;

/**
 * Variable occurrence counting over terms and bodies (roots {@code input}/{@code data} excluded).
 */
final class Vars {
    private Vars() {}

    static boolean isRoot(String name) {
        return name.equals("input") || name.equals("data");
    }

    static void count(Term t, Map<String, Integer> out) {
        if (t instanceof TemplateString ts) {
            ts.parts().forEach(x -> count(x, out));
            return;
        }
        if (t == null) {
            return;
        }
        Object sw8 = t;
        if (sw8 instanceof Var v) {
            if (!isRoot(v.name())) {
                out.merge(v.name(), 1, Integer::sum);
            }
        } else if (sw8 instanceof Ref r) {
            count(r.head(), out);
            r.path().forEach(p -> count(p, out));
        } else if (sw8 instanceof ArrayLit a) {
            a.items().forEach(i -> count(i, out));
        } else if (sw8 instanceof SetLit s) {
            s.items().forEach(i -> count(i, out));
        } else if (sw8 instanceof ObjectLit o) {
            o.entries()
                    .forEach(
                            e -> {
                                count(e.key(), out);
                                count(e.value(), out);
                            });
        } else if (sw8 instanceof Call c) {
            c.args().forEach(a -> count(a, out));
        } else if (sw8 instanceof ArrayCompr c) {
            count(c.head(), out);
            count(c.body(), out);
        } else if (sw8 instanceof SetCompr c) {
            count(c.head(), out);
            count(c.body(), out);
        } else if (sw8 instanceof ObjectCompr c) {
            count(c.key(), out);
            count(c.value(), out);
            count(c.body(), out);
        } else {
        }
    }

    static void count(List<Expr> body, Map<String, Integer> out) {
        for (Expr e : body) {
            count(e, out);
        }
    }

    static void count(Expr e, Map<String, Integer> out) {
        Object sw9 = e.kind();
        if (sw9 instanceof ExprKind.TermExpr t) {
            count(t.term(), out);
        } else if (sw9 instanceof ExprKind.SomeDecl s) {
        } else if (sw9 instanceof ExprKind.SomeIn s) {
            count(s.key(), out);
            count(s.value(), out);
            count(s.domain(), out);
        } else if (sw9 instanceof ExprKind.Every ev) {
            count(ev.key(), out);
            count(ev.value(), out);
            count(ev.domain(), out);
            count(ev.body(), out);
        }

        for (With w : e.withs()) {
            count(w.value(), out);
        }
    }
}
