package dev.vigil.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import dev.vigil.report.ReportFormat;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ReportWriter;
import dev.vigil.report.ScanFixture;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportTest {

    @TempDir
    Path out;
    private List<Path> written;
    private final ScanResult scan = ScanFixture.scanResult();

    @BeforeEach
    void write() throws IOException {
        written = ReportWriter.writeAll(scan, out, ReportOptions.defaults().withFormats(EnumSet.of(ReportFormat.CSV))
                .withClock(ScanFixture.CLOCK));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void writesFindingsAndOneComplianceFilePerFramework() {
        assertThat(written.stream().map(p -> out.relativize(p).toString().replace('\\', '/')))
                .containsExactly("findings.csv", "compliance/cis-aws-5.0.csv", "compliance/soc2-2017.csv");
    }

    @Test
    void isRfc4180WithHeaderAndCrlf() throws IOException {
        String text = Files.readString(out.resolve("findings.csv"));
        assertThat(text).startsWith("TIMESTAMP,ACCOUNT_UID,ACCOUNT_NAME,FINDING_UID,PROVIDER,CHECK_ID,CHECK_TITLE,STATUS,"
                + "STATUS_EXTENDED,MUTED,SERVICE_NAME,SEVERITY,RESOURCE_TYPE,RESOURCE_UID,RESOURCE_NAME,RESOURCE_TAGS,"
                + "REGION,DESCRIPTION,RISK,REMEDIATION_RECOMMENDATION_TEXT,REMEDIATION_RECOMMENDATION_URL,"
                + "REMEDIATION_CODE_CLI,REMEDIATION_CODE_TERRAFORM,COMPLIANCE,CATEGORIES,MUTE_REASON,DELTA\r\n");
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void oneRowPerFindingAndValuesWithCommasQuotesAndNewlinesRoundTrip() throws IOException {
        List<CSVRecord> rows = read(out.resolve("findings.csv"));

        assertThat(rows).hasSize(scan.findings().size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Finding f = scan.findings().get(i);
            assertThat(row.get("CHECK_ID")).isEqualTo(f.checkId());
            assertThat(row.get("RESOURCE_UID")).isEqualTo(f.resourceUid());
            assertThat(row.get("RESOURCE_NAME")).isEqualTo(f.resourceName());
            assertThat(row.get("STATUS_EXTENDED")).isEqualTo(f.statusExtended());
            assertThat(row.get("SEVERITY")).isEqualTo(f.severity().label());
            assertThat(row.get("FINDING_UID")).isEqualTo(f.fingerprint());
            assertThat(row.get("MUTED")).isEqualTo(f.status() == Status.MUTED ? "True" : "False");
            assertThat(row.get("STATUS")).isEqualTo(f.status() == Status.MUTED ? "FAIL" : f.status().name());
            assertThat(row.get("MUTE_REASON")).isEqualTo(f.muteReason() == null ? "" : f.muteReason());
        }
        CSVRecord tricky = rows.stream().filter(r -> r.get("STATUS_EXTENDED").equals(ScanFixture.TRICKY_MESSAGE))
                .findFirst().orElseThrow();
        assertThat(tricky.get("RESOURCE_UID")).isEqualTo("arn:aws:s3:::payments-logs, archive");
        assertThat(tricky.get("RESOURCE_TAGS")).isEqualTo("env=prod | note=contains \"quotes\", commas | team=payments");
        assertThat(tricky.get("COMPLIANCE")).isEqualTo("soc2-2017: CC6.1");
        assertThat(tricky.get("REMEDIATION_CODE_TERRAFORM")).contains("\n  block_public_acls       = true\n");
        assertThat(tricky.get("CATEGORIES")).isEqualTo("internet-exposed | data-protection");
        assertThat(rows.stream().map(r -> r.get("STATUS")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("PASS", "FAIL", "ERROR", "UNKNOWN");
        CSVRecord unknown = rows.stream().filter(r -> r.get("STATUS").equals("UNKNOWN")).findFirst().orElseThrow();
        assertThat(unknown.get("STATUS_EXTENDED")).isEqualTo(ScanFixture.UNKNOWN_MESSAGE);
        assertThat(unknown.get("MUTED")).isEqualTo("False");
    }

    @Test
    void anIncompleteScanLeavesNoRequirementOfTheUnseenProviderPassed() throws IOException {
        Path incomplete = out.resolve("incomplete");
        ReportWriter.writeAll(ScanFixture.incompleteScan(), incomplete, ReportOptions.defaults()
                .withFormats(EnumSet.of(ReportFormat.CSV)).withClock(ScanFixture.CLOCK));
        Map<String, CSVRecord> cis = read(incomplete.resolve("compliance/cis-aws-5.0.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("REQUIREMENT_ID"), r -> r));

        assertThat(cis.values()).noneMatch(r -> r.get("STATUS").equals("PASS"));
        assertThat(cis.get("1.4").get("STATUS")).as("passed where it was seen").isEqualTo("UNKNOWN");
        assertThat(cis.get("1.4").get("STATUS_REASON"))
                .isEqualTo("not collected: aws/" + ScanFixture.LEGACY + " legacy-billing (FAILED)");
        assertThat(cis.get("2.1.4").get("STATUS")).as("no finding, but not everything was seen").isEqualTo("UNKNOWN");
        assertThat(cis.get("1.5").get("STATUS")).isEqualTo("FAIL");
        assertThat(cis.get("1.5").get("UNKNOWN")).isEqualTo("1");
        List<CSVRecord> rows = read(incomplete.resolve("findings.csv"));
        assertThat(rows.stream().filter(r -> r.get("ACCOUNT_UID").equals(ScanFixture.LEGACY)).map(r -> r.get("STATUS")))
                .containsExactly("UNKNOWN");
    }

    @Test
    void complianceRowsCarryStatusAndCounts() throws IOException {
        Map<String, CSVRecord> cis = read(out.resolve("compliance/cis-aws-5.0.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("REQUIREMENT_ID"), r -> r));

        assertThat(cis.get("1.4").get("STATUS")).isEqualTo("PASS");
        assertThat(cis.get("1.5").get("STATUS")).isEqualTo("FAIL");
        assertThat(cis.get("1.5").get("PASS")).isEqualTo("1");
        assertThat(cis.get("1.5").get("FAIL")).isEqualTo("1");
        assertThat(cis.get("1.10").get("FAIL")).isEqualTo("1");
        assertThat(cis.get("1.10").get("MUTED")).isEqualTo("1");
        assertThat(cis.get("1.1").get("STATUS")).isEqualTo("MANUAL");
        assertThat(cis.get("2.1.4").get("STATUS")).isEqualTo("NOT_APPLICABLE");
        assertThat(cis.get("5.6").get("STATUS")).isEqualTo("ERROR");
        assertThat(cis.get("5.6").get("ERROR")).isEqualTo("1");
        assertThat(cis.get("3.9").get("STATUS")).isEqualTo("PASS");
        assertThat(cis.get("3.9").get("STATUS_REASON")).isEmpty();

        Map<String, CSVRecord> soc2 = read(out.resolve("compliance/soc2-2017.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("REQUIREMENT_ID"), r -> r));
        assertThat(soc2.get("CC6.1").get("REQUIREMENT_TITLE")).isEqualTo("Logical access security, \"least privilege\", and MFA");
        assertThat(soc2.get("CC6.1").get("CHECKS"))
                .isEqualTo("iam_root_mfa_enabled | iam_user_console_mfa_enabled | s3_bucket_acl_not_public");
        assertThat(soc2.get("CC6.6").get("FAIL")).isEqualTo("2");
        assertThat(soc2.get("CC6.1").get("UNKNOWN")).isEqualTo("1");
    }
}
