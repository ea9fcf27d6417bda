package dev.vigil.rego.parse;

import dev.vigil.rego.ast.ArrayCompr;
import dev.vigil.rego.ast.ArrayLit;
import dev.vigil.rego.ast.BoolLit;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.NullLit;
import dev.vigil.rego.ast.NumberLit;
import dev.vigil.rego.ast.ObjectCompr;
import dev.vigil.rego.ast.ObjectLit;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.SetCompr;
import dev.vigil.rego.ast.SetLit;
import dev.vigil.rego.ast.StringLit;
import dev.vigil.rego.ast.TemplateString;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses single terms: scalars, vars, refs, calls, composites and comprehensions. */
final class TermParser {
    static final Set<String> KEYWORDS =
            Set.of(
                    "if",
                    "contains",
                    "in",
                    "some",
                    "every",
                    "not",
                    "with",
                    "as",
                    "default",
                    "else",
                    "import",
                    "package");

    private final TokenStream ts;
    private final ExprParser exprs;

    TermParser(TokenStream ts, ExprParser exprs) {
        this.ts = ts;
        this.exprs = exprs;
    }

    Term parseTerm() {
        Term t = parsePrimary();
        return parseSuffixes(t);
    }

    private Term parsePrimary() {
        Token t = ts.peek();
        switch (t.type()) {
            case NUMBER -> {
                ts.next();
                return new NumberLit(t.text(), t.location());
            }
            case STRING, RAW_STRING -> {
                ts.next();
                return new StringLit(t.text(), t.location());
            }
            case IDENT -> {
                return parseIdent();
            }
            case TEMPLATE -> {
                ts.next();
                return template(t);
            }
            case EOF -> throw TokenStream.error(t, "unexpected end of file, expected term");
            default -> {
                return parseSymbolStart(t);
            }
        }
    }

    private Term template(Token t) {
        char quote = t.text().charAt(0);
        String body = t.text().substring(1, t.text().length() - 1);
        List<Term> parts = new ArrayList<>();
        for (TemplateScanner.Part p : TemplateScanner.split(body, quote, t.location())) {
            if (!p.expr()) {
                parts.add(new StringLit(p.text(), t.location()));
                continue;
            }
            Parser sub = new Parser(t.location().file(), p.text());
            parts.add(sub.singleTerm(t.location()));
        }
        return new TemplateString(List.copyOf(parts), t.location());
    }

    private Term parseIdent() {
        Token t = ts.next();
        if (ts.peek().isSymbol(".") && !ts.peek().spaceBefore()) {
            return new Var(t.text(), t.location());
        }
        switch (t.text()) {
            case "null" -> {
                return new NullLit(t.location());
            }
            case "true" -> {
                return new BoolLit(true, t.location());
            }
            case "false" -> {
                return new BoolLit(false, t.location());
            }
            case "set" -> {
                if (ts.atSymbol("(") && !ts.peek().spaceBefore() && ts.peek(1).isSymbol(")")) {
                    ts.next();
                    ts.next();
                    return new SetLit(List.of(), t.location());
                }
                return new Var("set", t.location());
            }
            default -> {
                if (KEYWORDS.contains(t.text())
                        && !ts.peek().isSymbol("(")
                        && !ts.peek().isSymbol(".")) {
                    throw TokenStream.error(t, "unexpected keyword '" + t.text() + "'");
                }
                return new Var(t.text(), t.location());
            }
        }
    }

    private Term parseSymbolStart(Token t) {
        switch (t.text()) {
            case "-" -> {
                ts.next();
                Token n = ts.peek();
                if (n.type() == TokenType.NUMBER && !n.spaceBefore()) {
                    ts.next();
                    return new NumberLit("-" + n.text(), t.location());
                }
                Term operand = parseTerm();
                return ExprParser.call(
                        "minus", t.location(), new NumberLit("0", t.location()), operand);
            }
            case "(" -> {
                ts.next();
                int saved = exprs.enter();
                Term inner = exprs.parseInKv();
                exprs.leave(saved);
                ts.expect(")");
                return inner;
            }
            case "[" -> {
                return parseArray();
            }
            case "{" -> {
                return parseBrace();
            }
            default ->
                    throw TokenStream.error(
                            t, "unexpected " + TokenStream.describe(t) + ", expected term");
        }
    }

    private Term parseSuffixes(Term t) {
        List<Term> path = new ArrayList<>();
        Term head = t;
        while (true) {
            Token n = ts.peek();
            if (n.isSymbol(".") && !n.spaceBefore()) {
                ts.next();
                Token id = ts.expectIdent();
                path.add(new StringLit(id.text(), id.location()));
            } else if (n.isSymbol("[") && !n.spaceBefore()) {
                ts.next();
                int saved = exprs.enter();
                Term key = exprs.parseIn(false);
                exprs.leave(saved);
                ts.expect("]");
                path.add(key);
            } else if (n.isSymbol("(") && !n.spaceBefore() && isCallable(head, path)) {
                Term op = path.isEmpty() ? head : new Ref(head, List.copyOf(path), head.loc());
                head = new Call(op, parseArgs(), head.loc());
                path.clear();
            } else {
                break;
            }
        }
        return path.isEmpty() ? head : new Ref(head, List.copyOf(path), head.loc());
    }

    private static boolean isCallable(Term head, List<Term> path) {
        return head instanceof Var && path.stream().allMatch(p -> p instanceof StringLit);
    }

    List<Term> parseArgs() {
        ts.expect("(");
        int saved = exprs.enter();
        List<Term> args = new ArrayList<>();
        while (!ts.atSymbol(")")) {
            args.add(exprs.parseIn(false));
            if (!ts.accept(",")) {
                break;
            }
        }
        exprs.leave(saved);
        ts.expect(")");
        return List.copyOf(args);
    }

    private Term parseArray() {
        Token open = ts.expect("[");
        int saved = exprs.enter();
        try {
            if (ts.accept("]")) {
                return new ArrayLit(List.of(), open.location());
            }
            Term first = exprs.parseIn(true);
            if (ts.accept("|")) {
                List<Expr> body = exprs.parseLiteralsUntil("]");
                ts.expect("]");
                return new ArrayCompr(first, body, open.location());
            }
            List<Term> items = new ArrayList<>(List.of(first));
            while (ts.accept(",")) {
                if (ts.atSymbol("]")) {
                    break;
                }
                items.add(exprs.parseIn(false));
            }
            ts.expect("]");
            return new ArrayLit(List.copyOf(items), open.location());
        } finally {
            exprs.leave(saved);
        }
    }

    private Term parseBrace() {
        Token open = ts.expect("{");
        int saved = exprs.enter();
        try {
            if (ts.accept("}")) {
                return new ObjectLit(List.of(), open.location());
            }
            Term first = exprs.parseIn(true);
            if (ts.accept(":")) {
                Term value = exprs.parseIn(true);
                if (ts.accept("|")) {
                    List<Expr> body = exprs.parseLiteralsUntil("}");
                    ts.expect("}");
                    return new ObjectCompr(first, value, body, open.location());
                }
                List<ObjectLit.Entry> entries =
                        new ArrayList<>(List.of(new ObjectLit.Entry(first, value)));
                while (ts.accept(",")) {
                    if (ts.atSymbol("}")) {
                        break;
                    }
                    Term k = exprs.parseIn(false);
                    ts.expect(":");
                    entries.add(new ObjectLit.Entry(k, exprs.parseIn(false)));
                }
                ts.expect("}");
                return new ObjectLit(List.copyOf(entries), open.location());
            }
            if (ts.accept("|")) {
                List<Expr> body = exprs.parseLiteralsUntil("}");
                ts.expect("}");
                return new SetCompr(first, body, open.location());
            }
            List<Term> items = new ArrayList<>(List.of(first));
            while (ts.accept(",")) {
                if (ts.atSymbol("}")) {
                    break;
                }
                items.add(exprs.parseIn(false));
            }
            ts.expect("}");
            return new SetLit(List.copyOf(items), open.location());
        } finally {
            exprs.leave(saved);
        }
    }
}
