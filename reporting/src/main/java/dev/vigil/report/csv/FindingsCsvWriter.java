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
        p.print(orElse(f.timestamp(), scanTime));
        p.print(f.accountUid());
        p.print(f.accountName());
        p.print(f.fingerprint());
        p.print(f.provider());
        p.print(f.checkId());
        p.print(orElse(f.checkTitle(), check.title()));
        p.print(muted ? Status.FAIL.name() : f.status().name());
        p.print(f.statusExtended());
        p.print(muted ? "True" : "False");
        p.print(orElse(f.service(), check.service()));
        p.print(f.severity().label());
        p.print(f.resourceType());
        p.print(f.resourceUid());
        p.print(f.resourceName());
        p.print(tags(f.resourceTags()));
        p.print(f.region());
        p.print(check.description());
        p.print(check.risk());
        p.print(check.remediation().text());
        p.print(check.remediation().url());
        p.print(check.remediation().cli());
        p.print(check.remediation().terraform());
        p.print(compliance(f.frameworks()));
        p.print(String.join(" | ", check.categories()));
        p.print(f.muteReason());
        p.print(f.delta());
        p.println();
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
