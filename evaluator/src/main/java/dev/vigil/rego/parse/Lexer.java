package dev.vigil.rego.parse;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.RegoException;
import java.util.ArrayList;
import java.util.List;

/** Splits Rego source into tokens, each with a file/line/column span. */
public final class Lexer {
    private static final String[] SYMBOLS = {
        ":=", "==", "!=", "<=", ">=", "{", "}", "[", "]", "(", ")", ".", ",", ";", ":", "=", "<",
        ">", "+", "-", "*", "/", "%", "&", "|"
    };

    private final String file;
    private final String src;
    private int pos;
    private int line = 1;
    private int col = 1;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();

    public Lexer(String file, String src) {
        this.file = file;
        this.src = src;
    }

    public List<Token> tokens() {
        if (tokens.isEmpty()) {
            run();
        }
        return tokens;
    }

    public List<Comment> comments() {
        tokens();
        return comments;
    }

    private void run() {
        boolean newline = true;
        while (true) {
            boolean space = false;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\n') {
                    newline = true;
                    space = true;
                    advance();
                } else if (c == ' ' || c == '\t' || c == '\r') {
                    space = true;
                    advance();
                } else if (c == '#') {
                    Location at = here();
                    int start = pos + 1;
                    while (pos < src.length() && src.charAt(pos) != '\n') {
                        advance();
                    }
                    comments.add(new Comment(src.substring(start, pos), at));
                    space = true;
                } else {
                    break;
                }
            }
            Location at = here();
            if (pos >= src.length()) {
                tokens.add(new Token(TokenType.EOF, "", at, true, true));
                return;
            }
            tokens.add(next(at, newline, space));
            newline = false;
        }
    }

    private Token next(Location at, boolean nl, boolean sp) {
        char c = src.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < src.length()
                    && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                advance();
            }
            return new Token(TokenType.IDENT, src.substring(start, pos), at, nl, sp);
        }
        if (Character.isDigit(c)) {
            return new Token(TokenType.NUMBER, number(at), at, nl, sp);
        }
        if (c == '"') {
            return new Token(TokenType.STRING, string(at), at, nl, sp);
        }
        if (c == '$'
                && pos + 1 < src.length()
                && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '`')) {
            int end = TemplateScanner.end(src, pos + 1, at);
            String text = src.substring(pos + 1, end);
            while (pos < end) {
                advance();
            }
            return new Token(TokenType.TEMPLATE, text, at, nl, sp);
        }
        if (c == '`') {
            advance();
            int start = pos;
            while (pos < src.length() && src.charAt(pos) != '`') {
                advance();
            }
            if (pos >= src.length()) {
                throw error(at, "non-terminated raw string");
            }
            String text = src.substring(start, pos);
            advance();
            return new Token(TokenType.RAW_STRING, text, at, nl, sp);
        }
        for (String s : SYMBOLS) {
            if (src.startsWith(s, pos)) {
                for (int i = 0; i < s.length(); i++) {
                    advance();
                }
                return new Token(TokenType.SYMBOL, s, at, nl, sp);
            }
        }
        throw error(at, "illegal token '" + c + "'");
    }

    private String number(Location at) {
        int start = pos;
        digits();
        if (pos + 1 < src.length()
                && src.charAt(pos) == '.'
                && Character.isDigit(src.charAt(pos + 1))) {
            advance();
            digits();
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            advance();
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                advance();
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                digits();
            } else {
                throw error(at, "invalid number exponent");
            }
            if (save == pos) {
                throw error(at, "invalid number");
            }
        }
        if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            throw error(at, "invalid number");
        }
        return src.substring(start, pos);
    }

    private void digits() {
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            advance();
        }
    }

    private String string(Location at) {
        advance();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw error(at, "non-terminated string");
            }
            char c = src.charAt(pos);
            if (c == '"') {
                advance();
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                advance();
                continue;
            }
            advance();
            if (pos >= src.length()) {
                throw error(at, "non-terminated string");
            }
            char e = src.charAt(pos);
            advance();
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > src.length()) {
                        throw error(here(), "invalid unicode escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error(here(), "invalid unicode escape");
                    }
                    for (int i = 0; i < 4; i++) {
                        advance();
                    }
                }
                default -> throw error(here(), "illegal escape sequence '\\" + e + "'");
            }
        }
    }

    private void advance() {
        if (src.charAt(pos) == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        pos++;
    }

    private Location here() {
        return new Location(file, line, col);
    }

    private RegoException error(Location at, String msg) {
        return new RegoException("rego_parse_error", msg, at);
    }
}
