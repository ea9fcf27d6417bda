package dev.vigil.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.ReportFormat;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ReportWriter;
import dev.vigil.report.ScanFixture;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names, tags and accounts written by whoever controls a cloud resource reach the CSVs as inert text. */
class CsvInjectionTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"pwn\")";
    private static final String DDE = "+cmd|' /C calc'!A0";
    private static final String AT_SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final String HOSTILE_ACCOUNT = "777788889999";
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern UNSAFE_CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]");

    @TempDir
    Path out;

    @Test
    void aFindingFullOfPayloadsIsWrittenAsTextCellByCell() throws IOException {
        write(hostileScan());
        CSVRecord row = read(out.resolve("findings.csv")).stream()
                .filter(r -> r.get("ACCOUNT_UID").equals(HOSTILE_ACCOUNT)).findFirst().orElseThrow();

        assertThat(row.get("ACCOUNT_NAME")).isEqualTo("'" + HYPERLINK);
        assertThat(row.get("RESOURCE_NAME")).isEqualTo("'" + DDE);
        assertThat(row.get("RESOURCE_UID")).isEqualTo("'" + AT_SUM);
        assertThat(row.get("RESOURCE_TAGS")).isEqualTo("'=1+1=x | team=\\u001b[31mred\\u001b[0m");
        assertThat(row.get("STATUS_EXTENDED")).isEqualTo("'\tstarts with a tab\nand has a second line");
        assertThat(row.get("REGION")).isEqualTo("us-east-1\\u0000\\u001b]0;owned\\u0007");
        assertThat(row.get("RESOURCE_TYPE")).as("a CR is escaped, so the cell no longer starts with one")
                .isEqualTo("\\u000daws.s3.bucket");
        assertThat(row.get("MUTE_REASON")).as("a negative number in a text column is text too").isEqualTo("'-1");
        assertThat(row.get("CHECK_ID")).isEqualTo("s3_bucket_acl_not_public");
    }

    @Test
    void noCellOfAnyCsvStartsAFormulaOrCarriesAControlCharacter() throws IOException {
        List<Path> files = write(hostileScan());

        assertThat(files).hasSizeGreaterThan(1);
        for (Path file : files) {
            for (CSVRecord row : read(file)) {
                for (String cell : row) {
                    assertThat(cell).as("%s line %d", out.relativize(file), row.getRecordNumber())
                            .doesNotMatch(FORMULA_START).doesNotContainPattern(UNSAFE_CONTROL);
                }
            }
        }
    }

    @Test
    void complianceReasonsEscapeTheAccountNameAndCountsStayNumbers() throws IOException {
        write(hostileScan());
        CSVRecord requirement = read(out.resolve("compliance/cis-aws-5.0.csv")).stream()
                .filter(r -> r.get("REQUIREMENT_ID").equals("1.4")).findFirst().orElseThrow();

        assertThat(requirement.get("STATUS_REASON"))
                .isEqualTo("not collected: aws/" + HOSTILE_ACCOUNT + " =evil\\u001b[2J (FAILED)");
        assertThat(requirement.get("PASS")).isEqualTo("1");
        assertThat(requirement.get("FAIL")).isEqualTo("0");
    }

    @Test
    void ordinaryValuesAreWrittenUnchanged() {
        for (String value : List.of("arn:aws:s3:::payments-logs, archive", "prod-payments", "a-b", "x=1", "", "0",
                "1.5", "Ensure MFA is enabled for the 'root' user account")) {
            assertThat(CsvCell.text(value)).isEqualTo(value);
        }
        assertThat(CsvCell.text(null)).isNull();
    }

    private List<Path> write(ScanResult scan) throws IOException {
        return ReportWriter.writeAll(scan, out, ReportOptions.defaults().withFormats(EnumSet.of(ReportFormat.CSV))
                .withClock(ScanFixture.CLOCK));
    }

    /** The fixture scan plus a FAILED account with a hostile name and one finding whose every text is a payload. */
    private static ScanResult hostileScan() {
        ScanResult base = ScanFixture.scanResult();
        Finding template = base.findings().stream().filter(f -> f.checkId().equals("s3_bucket_acl_not_public"))
                .findFirst().orElseThrow();
        Finding hostile = new Finding(template.checkId(), template.checkTitle(), template.status(),
                "\tstarts with a tab\nand has a second line", template.severity(), template.provider(), HOSTILE_ACCOUNT,
                HYPERLINK, "us-east-1\u0000\u001b]0;owned\u0007", template.service(), "\raws.s3.bucket", AT_SUM, DDE,
                Map.of("=1+1", "x", "team", "\u001b[31mred\u001b[0m"), template.evidence(), template.fingerprint(),
                template.frameworks(), "-1", template.delta(), template.timestamp());
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(hostile);
        List<ScanResult.AccountInfo> accounts = new ArrayList<>(base.accounts());
        accounts.add(new ScanResult.AccountInfo("aws", HOSTILE_ACCOUNT, "=evil\u001b[2J", "FAILED", List.of("Root"),
                Map.of()));
        return new ScanResult(base.scanId(), base.toolVersion(), base.startedAt(), base.finishedAt(), accounts,
                base.gaps(), base.checks(), base.frameworks(), findings, base.fixed(), "PARTIAL");
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
