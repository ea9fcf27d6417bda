package dev.vigil.report.csv;

import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import dev.vigil.report.AtomicFile;
import dev.vigil.report.CheckIndex;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code findings.csv}: RFC 4180 (comma, CRLF, quotes doubled), a header row, one row per check ×
 * resource. Column names follow Prowler's where they mean the same; as in Prowler a muted finding keeps
 * STATUS FAIL and has MUTED True. STATUS UNKNOWN (not a Prowler value) marks a verdict that depends on an input
 * the collection could not read; its STATUS_EXTENDED names the gap.
 */
public final class FindingsCsvWriter {

    public static final String FILE_NAME = "findings.csv";

    /** The columns, in order. */
    public enum Column {
        TIMESTAMP, ACCOUNT_UID, ACCOUNT_NAME, FINDING_UID, PROVIDER, CHECK_ID, CHECK_TITLE, STATUS,
        STATUS_EXTENDED, MUTED, SERVICE_NAME, SEVERITY, RESOURCE_TYPE, RESOURCE_UID, RESOURCE_NAME, RESOURCE_TAGS,
        REGION, DESCRIPTION, RISK, REMEDIATION_RECOMMENDATION_TEXT, REMEDIATION_RECOMMENDATION_URL,
        REMEDIATION_CODE_CLI, REMEDIATION_CODE_TERRAFORM, COMPLIANCE, CATEGORIES, MUTE_REASON, DELTA
    }

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(Column.class).get();

    public Path write(ScanResult result, Path outDir) throws IOException {
        CheckIndex checks = new CheckIndex(result);
        try (AtomicFile file = new AtomicFile(outDir.resolve(FILE_NAME))) {
            Writer writer = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                for (Finding f : result.findings()) {
                    printRow(printer, f, checks.get(f.checkId()), result.finishedAt());
                }
            }
            return file.commit();
        }
    }

    private static void printRow(CSVPrinter p, Finding f, CheckMetadata check, String scanTime) throws IOException {
        boolean muted = f.status() == Status.MUTED;
        text(p, orElse(f.timestamp(), scanTime));
        text(p, f.accountUid());
        text(p, f.accountName());
        text(p, f.fingerprint());
        text(p, f.provider());
        text(p, f.checkId());
        text(p, orElse(f.checkTitle(), check.title()));
        text(p, muted ? Status.FAIL.name() : f.status().name());
        text(p, f.statusExtended());
        text(p, muted ? "True" : "False");
        text(p, orElse(f.service(), check.service()));
        text(p, f.severity().label());
        text(p, f.resourceType());
        text(p, f.resourceUid());
        text(p, f.resourceName());
        text(p, tags(f.resourceTags()));
        text(p, f.region());
        text(p, check.description());
        text(p, check.risk());
        text(p, check.remediation().text());
        text(p, check.remediation().url());
        text(p, check.remediation().cli());
        text(p, check.remediation().terraform());
        text(p, compliance(f.frameworks()));
        text(p, String.join(" | ", check.categories()));
        text(p, f.muteReason());
        text(p, f.delta());
        p.println();
    }

    private static void text(CSVPrinter p, String value) throws IOException {
        p.print(CsvCell.text(value));
    }

    /** {@code key=value | key=value}, sorted by key (Prowler's rendering of a tag map). */
    static String tags(Map<String, String> tags) {
        return new TreeMap<>(tags).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" | "));
    }

    /** {@code framework: req, req | framework: req}, sorted by framework. */
    static String compliance(Map<String, List<String>> frameworks) {
        return new TreeMap<>(frameworks).entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining(" | "));
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
