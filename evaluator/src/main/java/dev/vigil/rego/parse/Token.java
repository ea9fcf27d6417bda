package dev.vigil.rego.parse;

import dev.vigil.rego.api.Location;

/**
 * A token with its source span. {@code text} is the decoded value for strings, otherwise the source
 * text. {@code newlineBefore} records whether a line break separates it from the previous token
 * (Rego uses newlines as expression separators). {@code spaceBefore} records any whitespace or
 * comment before it.
 */
public record Token(
        TokenType type,
        String text,
        Location location,
        boolean newlineBefore,
        boolean spaceBefore) {
    public boolean is(String symbol) {
        return (type == TokenType.SYMBOL || type == TokenType.IDENT) && text.equals(symbol);
    }

    public boolean isSymbol(String symbol) {
        return type == TokenType.SYMBOL && text.equals(symbol);
    }
}
