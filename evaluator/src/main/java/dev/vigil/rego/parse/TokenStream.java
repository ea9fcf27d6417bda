package dev.vigil.rego.parse;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.RegoException;
import java.util.List;

/** Cursor over the token list with the small helpers the parsers share. */
final class TokenStream {
    private final List<Token> tokens;
    private int pos;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.type() != TokenType.EOF) {
            pos++;
        }
        return t;
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    boolean atSymbol(String s) {
        return peek().isSymbol(s);
    }

    boolean atKeyword(String s) {
        return peek().type() == TokenType.IDENT && peek().text().equals(s) && !usedAsRef();
    }

    /** A keyword directly followed by '.' or '(' is a name in a ref ({@code default.foo(1)}). */
    private boolean usedAsRef() {
        Token n = peek(1);
        return (n.isSymbol(".") || n.isSymbol("(")) && !n.spaceBefore();
    }

    boolean accept(String symbol) {
        if (atSymbol(symbol)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(String symbol) {
        if (!atSymbol(symbol)) {
            throw error(peek(), "expected '" + symbol + "' but found " + describe(peek()));
        }
        return next();
    }

    Token expectIdent() {
        if (peek().type() != TokenType.IDENT) {
            throw error(peek(), "expected identifier but found " + describe(peek()));
        }
        return next();
    }

    boolean atEof() {
        return peek().type() == TokenType.EOF;
    }

    static String describe(Token t) {
        return switch (t.type()) {
            case EOF -> "end of file";
            case STRING -> "string";
            case RAW_STRING -> "raw string";
            case NUMBER -> "number " + t.text();
            default -> "'" + t.text() + "'";
        };
    }

    static RegoException error(Token t, String message) {
        return error(t.location(), message);
    }

    static RegoException error(Location loc, String message) {
        return new RegoException("rego_parse_error", message, loc);
    }
}
