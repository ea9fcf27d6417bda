package dev.vigil.rego.parse;

/** Lexical token kinds; operators and punctuation are SYMBOL with their text. */
public enum TokenType {
    IDENT,
    NUMBER,
    STRING,
    RAW_STRING,
    TEMPLATE,
    SYMBOL,
    EOF
}
