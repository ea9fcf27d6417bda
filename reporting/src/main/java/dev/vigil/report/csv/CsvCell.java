package dev.vigil.report.csv;

import dev.vigil.text.VisibleText;

/**
 * A text cell as the CSVs write it. Names and tags come from clouds anyone in the estate can write to, and a
 * spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula
 * ({@code =HYPERLINK(...)}, DDE): following OWASP's CSV-injection rule, such a cell, and one starting with a tab or
 * carriage return, gets a leading {@code '}, which spreadsheets read as "this is text" and do not display.
 * Control characters other than newline and tab become visible {@code \u001b}-style text first, so a NUL or an
 * escape sequence reaches neither the spreadsheet nor a terminal that prints the file.
 *
 * <p>Only text goes through here: numbers (the compliance counts) are printed as numbers.
 */
final class CsvCell {
    private CsvCell() {}

    static String text(String value) {
        String visible = VisibleText.block(value);
        if (visible == null || visible.isEmpty()) {
            return visible;
        }
        return switch (visible.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + visible;
            default -> visible;
        };
    }
}
