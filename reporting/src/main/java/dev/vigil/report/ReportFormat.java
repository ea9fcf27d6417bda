package dev.vigil.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The report families {@link ReportWriter} can write. */
public enum ReportFormat {
    /** {@code findings.json}. */
    JSON,
    /** {@code vigil-<provider>.sarif} plus the {@code inventory/} files its locations point at. */
    SARIF,
    /** {@code findings.csv} plus {@code compliance/<framework-id>.csv}. */
    CSV,
    /** {@code report.html}. */
    HTML;

    /** Parses a comma-separated list such as {@code "sarif,csv"} (case-insensitive; {@code all} for every format). */
    public static Set<ReportFormat> parseList(String text) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : text.split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("ALL")) {
                formats.addAll(EnumSet.allOf(ReportFormat.class));
                continue;
            }
            try {
                formats.add(valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown report format '" + part.trim()
                        + "' (expected json, sarif, csv, html or all)");
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format given (expected json, sarif, csv, html or all)");
        }
        return formats;
    }
}
