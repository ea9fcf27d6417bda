package dev.vigil.text;

/**
 * Text from clouds and snapshots made safe to print: every control character becomes visible text such as
 * {@code \u001b}, so a resource named with an escape sequence cannot move the cursor, recolour or retitle a
 * terminal, and a NUL cannot cut a line short. Escaping ESC itself disarms every ESC sequence that follows it.
 *
 * <p>Escaped: C0 (U+0000–U+001F), DEL (U+007F), C1 (U+0080–U+009F, among them the one-byte CSI U+009B) and the
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a terminal show text in a
 * different order than it is stored. A backslash is left alone: the output is meant to be read, not parsed back.
 */
public final class VisibleText {

    private VisibleText() {}

    /** For one line of output: line breaks and tabs are escaped too. Null stays null. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** For text that may span lines (a multi-line message, a CSV cell): keeps LF and TAB, escapes the rest. */
    public static String block(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        int first = firstToEscape(text, keepLineBreaks);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (mustEscape(c, keepLineBreaks)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String text, boolean keepLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            if (mustEscape(text.charAt(i), keepLineBreaks)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean mustEscape(char c, boolean keepLineBreaks) {
        if (keepLineBreaks && (c == '\n' || c == '\t')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
