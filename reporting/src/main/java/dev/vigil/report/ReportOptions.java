package dev.vigil.report;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link ReportWriter} writes and how.
 *
 * @param formats               the report families to write
 * @param sarifMaxResultsPerRun a SARIF file is split when a run would hold more results (GitHub: 25,000)
 * @param sarifMaxGzipBytes     a SARIF file is split before its gzip-compressed size would exceed this
 *                              (GitHub: 10 MB)
 * @param artifactUriPrefix     prefix for SARIF artifact URIs, relative to the repository root, when the
 *                              report directory is not the checkout root (e.g. {@code "vigil-out/"});
 *                              empty when it is
 * @param sarifIncludeMuted     MUTED findings as SARIF results with an external suppression (true), or left out
 * @param htmlMaxFindings       rows of the HTML findings table (FAIL first); the CSV has every row
 * @param clock                 the "generated at" time of every report (fixed in golden tests)
 */
public record ReportOptions(
        Set<ReportFormat> formats,
        int sarifMaxResultsPerRun,
        long sarifMaxGzipBytes,
        String artifactUriPrefix,
        boolean sarifIncludeMuted,
        int htmlMaxFindings,
        Clock clock) {

    public static final int GITHUB_MAX_RESULTS_PER_RUN = 25_000;
    /** 10 MB, read as 10,000,000 bytes so that either reading of GitHub's limit is respected. */
    public static final long GITHUB_MAX_GZIP_BYTES = 10_000_000L;
    public static final int DEFAULT_HTML_MAX_FINDINGS = 10_000;

    public ReportOptions {
        formats = formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(artifactUriPrefix, "artifactUriPrefix");
        if (sarifMaxResultsPerRun < 1) {
            throw new IllegalArgumentException("sarifMaxResultsPerRun must be at least 1, got " + sarifMaxResultsPerRun);
        }
        if (sarifMaxGzipBytes < 64 * 1024) {
            throw new IllegalArgumentException("sarifMaxGzipBytes must be at least 65536, got " + sarifMaxGzipBytes);
        }
        if (htmlMaxFindings < 0) {
            throw new IllegalArgumentException("htmlMaxFindings must not be negative, got " + htmlMaxFindings);
        }
        if (!artifactUriPrefix.isEmpty() && !artifactUriPrefix.endsWith("/")) {
            artifactUriPrefix = artifactUriPrefix + "/";
        }
    }

    /** Every format, GitHub's limits, the system clock. */
    public static ReportOptions defaults() {
        return new ReportOptions(EnumSet.allOf(ReportFormat.class), GITHUB_MAX_RESULTS_PER_RUN,
                GITHUB_MAX_GZIP_BYTES, "", true, DEFAULT_HTML_MAX_FINDINGS, Clock.systemUTC());
    }

    public ReportOptions withFormats(Set<ReportFormat> newFormats) {
        return new ReportOptions(newFormats, sarifMaxResultsPerRun, sarifMaxGzipBytes, artifactUriPrefix,
                sarifIncludeMuted, htmlMaxFindings, clock);
    }

    public ReportOptions withSarifLimits(int maxResultsPerRun, long maxGzipBytes) {
        return new ReportOptions(formats, maxResultsPerRun, maxGzipBytes, artifactUriPrefix, sarifIncludeMuted,
                htmlMaxFindings, clock);
    }

    public ReportOptions withArtifactUriPrefix(String prefix) {
        return new ReportOptions(formats, sarifMaxResultsPerRun, sarifMaxGzipBytes, prefix, sarifIncludeMuted,
                htmlMaxFindings, clock);
    }

    public ReportOptions withHtmlMaxFindings(int max) {
        return new ReportOptions(formats, sarifMaxResultsPerRun, sarifMaxGzipBytes, artifactUriPrefix,
                sarifIncludeMuted, max, clock);
    }

    public ReportOptions withClock(Clock newClock) {
        return new ReportOptions(formats, sarifMaxResultsPerRun, sarifMaxGzipBytes, artifactUriPrefix,
                sarifIncludeMuted, htmlMaxFindings, newClock);
    }

    public ReportOptions withSarifIncludeMuted(boolean include) {
        return new ReportOptions(formats, sarifMaxResultsPerRun, sarifMaxGzipBytes, artifactUriPrefix, include,
                htmlMaxFindings, clock);
    }

    public boolean writes(ReportFormat format) {
        return formats.contains(format);
    }
}
