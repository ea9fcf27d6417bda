package dev.vigil.report;

/** The report families {@link ReportWriter} can write. */
public enum ReportFormat {
    /** {@code findings.json}. */
    JSON,
    /** {@code vigil-<provider>.sarif} plus the {@code inventory/} files its locations point at. */
    SARIF,
    /** {@code findings.csv} plus {@code compliance/<framework-id>.csv}. */
    CSV,
    /** {@code report.html}. */
    HTML
}
