package dev.vigil.rego.parse;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.RegoException;
import java.util.ArrayList;
import java.util.List;

/**
 * Template strings {@code $"a {expr} b"} and {@code $`...`}: finds where one ends and splits it
 * into literal text and embedded expression sources. {@code \{} escapes a brace.
 */
final class TemplateScanner {
    /** A piece of a template: literal text, or expression source (expr true). */
    record Part(String text, boolean expr) {}

    private TemplateScanner() {}

    /**
     * Index just after the closing quote of the template whose opening quote is at {@code open}.
     */
    static int end(String src, int open, Location at) {
        char quote = src.charAt(open);
        int i = open + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\' && quote == '"') {
                i += 2;
            } else if (c == '\\' && i + 1 < src.length() && src.charAt(i + 1) == '{') {
                i += 2;
            } else if (c == '{') {
                i = exprEnd(src, i, at) + 1;
            } else if (c == '\n' && quote == '"') {
                break;
            } else {
                i++;
            }
        }
        throw new RegoException("rego_parse_error", "non-terminated template string", at);
    }

    /** Index of the '}' closing the expression opened at {@code open}. */
    private static int exprEnd(String src, int open, Location at) {
        int depth = 0;
        int i = open;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"' || c == '`') {
                i = skipString(src, i, at);
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i++;
        }
        throw new RegoException("rego_parse_error", "non-terminated template expression", at);
    }

    private static int skipString(String src, int i, Location at) {
        char q = src.charAt(i);
        int j = i + 1;
        while (j < src.length() && src.charAt(j) != q) {
            j += (src.charAt(j) == '\\' && q == '"') ? 2 : 1;
        }
        if (j >= src.length()) {
            throw new RegoException("rego_parse_error", "non-terminated string", at);
        }
        return j + 1;
    }

    /** Splits the body (without {@code $} and quotes); quote is '"' or '`'. */
    static List<Part> split(String body, char quote, Location at) {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                lit.append('{');
                i += 2;
            } else if (c == '\\' && quote == '"') {
                char e = body.charAt(i + 1);
                switch (e) {
                    case 'n' -> lit.append('\n');
                    case 't' -> lit.append('\t');
                    case 'r' -> lit.append('\r');
                    case 'b' -> lit.append('\b');
                    case 'f' -> lit.append('\f');
                    case 'u' -> {
                        lit.append((char) Integer.parseInt(body.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    default -> lit.append(e);
                }
                i += 2;
            } else if (c == '{') {
                int close = exprEnd(body, i, at);
                if (lit.length() > 0) {
                    parts.add(new Part(lit.toString(), false));
                    lit.setLength(0);
                }
                parts.add(new Part(body.substring(i + 1, close), true));
                i = close + 1;
            } else {
                lit.append(c);
                i++;
            }
        }
        if (lit.length() > 0) {
            parts.add(new Part(lit.toString(), false));
        }
        return parts;
    }
}
