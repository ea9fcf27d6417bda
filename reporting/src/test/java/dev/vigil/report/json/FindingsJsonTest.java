package dev.vigil.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.ReportFormat;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ReportWriter;
import dev.vigil.report.ScanFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path out;

    private Path write(ScanResult scan) throws IOException {
        ReportWriter.writeAll(scan, out, ReportOptions.defaults().withFormats(EnumSet.of(ReportFormat.JSON))
                .withClock(ScanFixture.CLOCK));
        return out.resolve("findings.json");
    }

    @Test
    void documentHasTheDocumentedTopLevelShape() throws IOException {
        JsonNode doc = MAPPER.readTree(write(ScanFixture.scanResult()).toFile());

        List<String> fields = new ArrayList<>();
        doc.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("schema_version", "scan_id", "tool", "started_at", "finished_at",
                "generated_at", "summary", "accounts", "checks", "frameworks", "findings", "fixed", "gaps");
        assertThat(doc.path("schema_version").asInt()).isEqualTo(1);
        assertThat(doc.path("generated_at").asText()).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(doc.path("summary").path("by_status").path("FAIL").asInt()).isEqualTo(11);
        assertThat(doc.path("summary").path("fail_by_severity").path("critical").asInt()).isEqualTo(2);
        JsonNode finding = doc.path("findings").get(0);
        assertThat(finding.has("check_id") && finding.has("status") && finding.has("severity")
                && finding.has("provider") && finding.has("account_uid") && finding.has("region")
                && finding.has("resource_uid") && finding.has("resource_type") && finding.has("message")
                && finding.has("fingerprint") && finding.has("frameworks")).isTrue();
        assertThat(finding.path("frameworks").path("cis-aws-5.0").get(0).asText()).isEqualTo("1.5");
    }

    @Test
    void everyFindingIsOneLine() throws IOException {
        ScanResult scan = ScanFixture.scanResult();
        List<String> lines = Files.readAllLines(write(scan));
        long findingLines = lines.stream().filter(l -> l.startsWith("    {\"check_id\"") && l.contains("\"status\"")).count();
        assertThat(findingLines).isEqualTo(scan.findings().size());
    }

    @Test
    void readsBackTheWholeScanResult() throws IOException {
        ScanResult scan = ScanFixture.scanResult();
        ScanResult read = new FindingsJsonReader(MAPPER).read(write(scan));

        assertThat(read).isEqualTo(scan);
    }

    @Test
    void streamsFindingsOneByOne() throws IOException {
        ScanResult scan = ScanFixture.synthetic(5_000, 4);
        List<Finding> seen = new ArrayList<>();
        new FindingsJsonReader(MAPPER).forEachFinding(write(scan), seen::add);

        assertThat(seen).isEqualTo(scan.findings());
    }

    @Test
    void badInputNamesFileLineAndColumn() throws IOException {
        Path file = out.resolve("bad.json");
        Files.writeString(file, "{\"schema_version\": 1,\n \"findings\": [\n  {\"check_id\": \"x\", \"status\": \"MAYBE\"}\n ]}");
        assertThatThrownBy(() -> new FindingsJsonReader(MAPPER).read(file))
                .hasMessageStartingWith(file + ":3:3").hasMessageContaining("unknown status 'MAYBE'");

        Files.writeString(file, "{\"schema_version\": 1,\n \"findings\": [ {\"check_id\": ]}");
        assertThatThrownBy(() -> new FindingsJsonReader(MAPPER).read(file))
                .hasMessageStartingWith(file + ":2:").hasMessageContaining("malformed JSON");

        Files.writeString(file, "{\"schema_version\": 2, \"findings\": []}");
        assertThatThrownBy(() -> new FindingsJsonReader(MAPPER).read(file))
                .hasMessageContaining("unsupported schema_version 2");

        Files.writeString(file, "{\"findings\": []}");
        assertThatThrownBy(() -> new FindingsJsonReader(MAPPER).read(file)).hasMessageContaining("missing schema_version");
    }
}
