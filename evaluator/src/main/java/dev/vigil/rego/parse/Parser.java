package dev.vigil.rego.parse;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.ast.BoolLit;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.Import;
import dev.vigil.rego.ast.Module;
import dev.vigil.rego.ast.Ref;
import dev.vigil.rego.ast.Rule;
import dev.vigil.rego.ast.RuleKind;
import dev.vigil.rego.ast.StringLit;
import dev.vigil.rego.ast.Term;
import dev.vigil.rego.ast.Var;
import java.util.ArrayList;
import java.util.List;

/** Parses a Rego v1 module (package, imports, rules) or a query. */
public final class Parser {
    private final String file;
    private final String source;
    private final TokenStream ts;
    private final ExprParser exprs;
    private final Lexer lexer;

    public Parser(String file, String source) {
        this.file = file;
        this.source = source;
        this.lexer = new Lexer(file, source);
        this.ts = new TokenStream(lexer.tokens());
        this.exprs = new ExprParser(ts);
    }

    public static Module parseModule(String file, String source) {
        return new Parser(file, source).module();
    }

    public static List<Expr> parseQuery(String file, String source) {
        Parser p = new Parser(file, source);
        if (p.ts.atEof()) {
            throw TokenStream.error(p.ts.peek(), "empty query");
        }
        List<Expr> body = p.exprs.parseLiteralsUntil(null);
        return body;
    }

    /** Parses the whole source as one expression term (template string parts). */
    Term singleTerm(Location at) {
        Term t = exprs.parseInKv();
        if (!ts.atEof()) {
            throw TokenStream.error(at, "invalid template expression");
        }
        return t;
    }

    public Module module() {
        if (!ts.atKeyword("package")) {
            throw TokenStream.error(ts.peek(), "package expected");
        }
        int pkgLine = ts.next().location().line();
        Term pkgTerm = exprs.terms().parseTerm();
        List<String> pkg = refPath(pkgTerm, "package");
        List<Import> imports = new ArrayList<>();
        while (ts.atKeyword("import")) {
            imports.add(parseImport());
        }
        List<Rule> rules = new ArrayList<>();
        while (!ts.atEof()) {
            if (ts.atKeyword("import")) {
                throw TokenStream.error(ts.peek(), "imports must appear before rules");
            }
            rules.add(parseRule());
        }
        return new Module(
                file,
                List.copyOf(pkg),
                List.copyOf(imports),
                List.copyOf(rules),
                new AnnotationParser(file).parse(lexer.comments(), pkgLine));
    }

    private static List<String> refPath(Term t, String what) {
        List<String> out = new ArrayList<>();
        if (t instanceof Var v) {
            out.add(v.name());
            return out;
        }
        if (t instanceof Ref r && r.head() instanceof Var v) {
            out.add(v.name());
            for (Term p : r.path()) {
                if (!(p instanceof StringLit s)) {
                    throw TokenStream.error(p.loc(), "invalid " + what + " path");
                }
                out.add(s.value());
            }
            return out;
        }
        throw TokenStream.error(t.loc(), "invalid " + what + " path");
    }

    private Import parseImport() {
        Token kw = ts.next();
        Term path = exprs.terms().parseTerm();
        Ref ref =
                path instanceof Ref r
                        ? r
                        : path instanceof Var v ? new Ref(v, List.of(), v.loc()) : null;
        if (ref == null
                || !(ref.head() instanceof Var head)
                || !List.of("data", "input", "future", "rego").contains(head.name())) {
            throw TokenStream.error(
                    path.loc(), "invalid import path, must begin with input or data");
        }
        String alias = null;
        if (ts.atKeyword("as")) {
            ts.next();
            alias = ts.expectIdent().text();
        }
        return new Import(ref, alias, kw.location());
    }

    private Rule parseRule() {
        Token start = ts.peek();
        boolean isDefault = false;
        if (ts.atKeyword("default")) {
            ts.next();
            isDefault = true;
        }
        Term headTerm = exprs.terms().parseTerm();
        List<Term> args = null;
        Ref head;
        if (headTerm instanceof dev.vigil.rego.ast.Call c) {
            head = c.op() instanceof Ref r ? r : new Ref(c.op(), List.of(), c.op().loc());
            args = c.args();
        } else if (headTerm instanceof Ref r && r.head() instanceof Var) {
            head = r;
        } else if (headTerm instanceof Var v) {
            head = new Ref(v, List.of(), v.loc());
        } else {
            throw TokenStream.error(headTerm.loc(), "invalid rule head");
        }
        RuleKind kind = args != null ? RuleKind.FUNCTION : RuleKind.SINGLE;
        Term key = null;
        Term value = null;
        if (ts.atKeyword("contains")) {
            if (args != null || isDefault) {
                throw TokenStream.error(ts.peek(), "unexpected contains keyword");
            }
            ts.next();
            kind = RuleKind.MULTI;
            key = exprs.parseIn(false);
        } else if (ts.atSymbol(":=") || ts.atSymbol("=")) {
            ts.next();
            value = exprs.parseIn(false);
        } else if (isDefault) {
            throw TokenStream.error(ts.peek(), "default rule must have a value");
        }
        Location loc = start.location();
        if (value == null && kind != RuleKind.MULTI) {
            value = new BoolLit(true, head.loc());
        }
        if (isDefault) {
            return new Rule(
                    kind,
                    true,
                    head,
                    args == null ? List.of() : args,
                    null,
                    value,
                    List.of(),
                    null,
                    loc);
        }
        List<Expr> body = parseRuleBody(kind == RuleKind.MULTI || value == null);
        Rule elseRule = parseElse(kind, head, args);
        return new Rule(
                kind,
                false,
                head,
                args == null ? List.of() : args,
                key,
                value,
                body,
                elseRule,
                loc);
    }

    private List<Expr> parseRuleBody(boolean unused) {
        if (ts.atKeyword("if")) {
            ts.next();
            if (ts.atSymbol("{")) {
                int mark = ts.mark();
                try {
                    return exprs.parseBraceBody();
                } catch (RegoException bodyError) {
                    ts.reset(mark);
                    try {
                        return List.of(exprs.parseLiteral());
                    } catch (RegoException termError) {
                        throw bodyError;
                    }
                }
            }
            return List.of(exprs.parseLiteral());
        }
        if (ts.atSymbol("{") && !ts.peek().newlineBefore()) {
            return exprs.parseBraceBody();
        }
        return List.of();
    }

    private Rule parseElse(RuleKind kind, Ref head, List<Term> args) {
        if (!ts.atKeyword("else")) {
            return null;
        }
        Token kw = ts.next();
        if (kind == RuleKind.MULTI) {
            throw TokenStream.error(kw, "else keyword cannot be used on multi-value rules");
        }
        Term value = new BoolLit(true, kw.location());
        if (ts.atSymbol(":=") || ts.atSymbol("=")) {
            ts.next();
            value = exprs.parseIn(false);
        }
        List<Expr> body = parseRuleBody(false);
        Rule next = parseElse(kind, head, args);
        return new Rule(
                kind,
                false,
                head,
                args == null ? List.of() : args,
                null,
                value,
                body,
                next,
                kw.location());
    }
}
