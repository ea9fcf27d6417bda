package dev.vigil.rego.parse;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.ExprKind;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.StringLit;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.ast.With;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses bodies, literals and infix expressions with OPA's operator precedence. */
final class ExprParser {
    private static final Map<String, String> REL =
            Map.of("==", "equal", "!=", "neq", "<", "lt", "<=", "lte", ">", "gt", ">=", "gte");
    private static final Map<String, String> ARITH = Map.of("+", "plus", "-", "minus");
    private static final Map<String, String> FACTOR = Map.of("*", "mul", "/", "div", "%", "rem");

    private final TokenStream ts;
    private final TermParser terms;

    /** Nesting depth inside brackets, where newlines do not end an expression. */
    private int depth;

    ExprParser(TokenStream ts) {
        this.ts = ts;
        this.terms = new TermParser(ts, this);
    }

    TermParser terms() {
        return terms;
    }

    int enter() {
        return depth++;
    }

    void leave(int saved) {
        depth = saved;
    }

    /** A body in braces: literals separated by ';' or newlines. */
    List<Expr> parseBraceBody() {
        ts.expect("{");
        int saved = depth;
        depth = 0;
        List<Expr> body = parseLiteralsUntil("}");
        depth = saved;
        ts.expect("}");
        return body;
    }

    List<Expr> parseLiteralsUntil(String close) {
        List<Expr> body = new ArrayList<>();
        int saved = depth;
        depth = 0;
        while (close == null ? !ts.atEof() : !ts.atSymbol(close)) {
            if (ts.atEof()) {
                throw TokenStream.error(
                        ts.peek(), "expected '" + close + "' but found end of file");
            }
            body.add(parseLiteral());
            if (ts.accept(";")) {
                continue;
            }
            if (!(close == null ? ts.atEof() : ts.atSymbol(close)) && !ts.peek().newlineBefore()) {
                throw TokenStream.error(
                        ts.peek(),
                        "unexpected "
                                + TokenStream.describe(ts.peek())
                                + ", expected end of expression");
            }
        }
        depth = saved;
        if (body.isEmpty()) {
            throw TokenStream.error(ts.peek(), "found empty body");
        }
        return body;
    }

    Expr parseLiteral() {
        Token start = ts.peek();
        if (ts.atKeyword("some")) {
            ts.next();
            return withMods(new Expr(parseSome(start), false, List.of(), start.location()));
        }
        if (ts.atKeyword("every")) {
            ts.next();
            return withMods(new Expr(parseEvery(), false, List.of(), start.location()));
        }
        boolean negated = false;
        if (ts.atKeyword("not")) {
            ts.next();
            negated = true;
        }
        Term t = parseExprTerm();
        return withMods(new Expr(new ExprKind.TermExpr(t), negated, List.of(), start.location()));
    }

    private Expr withMods(Expr e) {
        List<With> withs = new ArrayList<>();
        while (ts.atKeyword("with")) {
            Token w = ts.next();
            Term target = terms.parseTerm();
            if (!ts.atKeyword("as")) {
                throw TokenStream.error(
                        ts.peek(), "expected 'as' but found " + TokenStream.describe(ts.peek()));
            }
            ts.next();
            Term value = parseIn(false);
            withs.add(new With(target, value, w.location()));
        }
        return withs.isEmpty() ? e : new Expr(e.kind(), e.negated(), List.copyOf(withs), e.loc());
    }

    private ExprKind parseSome(Token start) {
        Term first = parseRel(false);
        if (ts.atKeyword("in")) {
            ts.next();
            return new ExprKind.SomeIn(null, first, parseRel(false));
        }
        List<Term> items = new ArrayList<>(List.of(first));
        while (ts.accept(",")) {
            items.add(parseRel(false));
            if (items.size() == 2 && ts.atKeyword("in")) {
                ts.next();
                return new ExprKind.SomeIn(items.get(0), items.get(1), parseRel(false));
            }
        }
        List<Var> vars = new ArrayList<>();
        for (Term t : items) {
            if (!(t instanceof Var v)) {
                throw TokenStream.error(t.loc(), "expected var in some declaration");
            }
            vars.add(v);
        }
        return new ExprKind.SomeDecl(vars);
    }

    private ExprKind parseEvery() {
        Term first = terms.parseTerm();
        Term key = null;
        Term value = first;
        if (ts.accept(",")) {
            key = first;
            value = terms.parseTerm();
        }
        if (!ts.atKeyword("in")) {
            throw TokenStream.error(
                    ts.peek(),
                    "expected 'in' in every but found " + TokenStream.describe(ts.peek()));
        }
        ts.next();
        Term domain = parseRel(false);
        List<Expr> body = parseBraceBody();
        return new ExprKind.Every(key, value, domain, body);
    }

    /** An expression term: handles unification, assignment and the top-level {@code k, v in xs}. */
    Term parseExprTerm() {
        Term lhs = parseInKv();
        if (infixHere(":=") || infixHere("=")) {
            Token op = ts.next();
            Term rhs = parseInKv();
            return call(op.text().equals(":=") ? "assign" : "eq", op.location(), lhs, rhs);
        }
        return lhs;
    }

    /**
     * Membership level where {@code k, v in xs} is allowed (top of a literal, inside parentheses).
     */
    Term parseInKv() {
        Term lhs = parseRel(false);
        if (ts.atSymbol(",")) {
            int mark = ts.mark();
            ts.next();
            Term v = parseRel(false);
            if (ts.atKeyword("in")) {
                Token in = ts.next();
                lhs = call("internal.member_3", in.location(), lhs, v, parseRel(false));
            } else {
                ts.reset(mark);
                return lhs;
            }
        }
        return parseInRest(lhs, false);
    }

    private boolean infixHere(String symbol) {
        return ts.atSymbol(symbol) && (depth > 0 || !ts.peek().newlineBefore());
    }

    Term parseIn(boolean noOr) {
        return parseInRest(parseRel(noOr), noOr);
    }

    private Term parseInRest(Term first, boolean noOr) {
        Term lhs = first;
        while (ts.atKeyword("in") && (depth > 0 || !ts.peek().newlineBefore())) {
            Token in = ts.next();
            lhs = call("internal.member_2", in.location(), lhs, parseRel(noOr));
        }
        return lhs;
    }

    Term parseRel(boolean noOr) {
        Term lhs = parseOr(noOr);
        while (ts.peek().type() == TokenType.SYMBOL
                && REL.containsKey(ts.peek().text())
                && (depth > 0 || !ts.peek().newlineBefore())) {
            Token op = ts.next();
            lhs = call(REL.get(op.text()), op.location(), lhs, parseOr(noOr));
        }
        return lhs;
    }

    private Term parseOr(boolean noOr) {
        Term lhs = parseAnd();
        while (!noOr && infixHere("|")) {
            Token op = ts.next();
            lhs = call("or", op.location(), lhs, parseAnd());
        }
        return lhs;
    }

    private Term parseAnd() {
        Term lhs = parseArith();
        while (infixHere("&")) {
            Token op = ts.next();
            lhs = call("and", op.location(), lhs, parseArith());
        }
        return lhs;
    }

    private Term parseArith() {
        Term lhs = parseFactor();
        while (ts.peek().type() == TokenType.SYMBOL
                && ARITH.containsKey(ts.peek().text())
                && (depth > 0 || !ts.peek().newlineBefore())) {
            Token op = ts.next();
            lhs = call(ARITH.get(op.text()), op.location(), lhs, parseFactor());
        }
        return lhs;
    }

    private Term parseFactor() {
        Term lhs = terms.parseTerm();
        while (ts.peek().type() == TokenType.SYMBOL
                && FACTOR.containsKey(ts.peek().text())
                && (depth > 0 || !ts.peek().newlineBefore())) {
            Token op = ts.next();
            lhs = call(FACTOR.get(op.text()), op.location(), lhs, terms.parseTerm());
        }
        return lhs;
    }

    static Call call(String name, Location loc, Term... args) {
        return new Call(opTerm(name, loc), List.of(args), loc);
    }

    static Term opTerm(String name, Location loc) {
        String[] parts = name.split("\\.");
        if (parts.length == 1) {
            return new Var(name, loc);
        }
        List<Term> path = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            path.add(new StringLit(parts[i], loc));
        }
        return new Ref(new Var(parts[0], loc), List.copyOf(path), loc);
    }
}
