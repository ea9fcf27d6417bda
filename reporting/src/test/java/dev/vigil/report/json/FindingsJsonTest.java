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
                "generated_at", "collection", "summary", "accounts", "checks", "frameworks", "findings", "fixed", "gaps");
        assertThat(doc.path("schema_version").asInt()).isEqualTo(2);
        assertThat(doc.path("generated_at").asText()).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(doc.path("summary").path("by_status").path("FAIL").asInt()).isEqualTo(11);
        assertThat(doc.path("summary").path("fail_by_severity").path("critical").asInt()).isEqualTo(2);
        JsonNode finding = doc.path("findings").get(0);
        assertThat(finding.has("check_id") && finding.has("status") && finding.has("severity")
                && finding.has("provider") && finding.has("account_uid") && finding.has("region")
                && finding.has("resource_uid") && finding.has("resource_type") && finding.has("message")
                && finding.has("fingerprint") && finding.has("frameworks")).isTrue();
        assertThat(finding.path("frameworks").path("cis-aws-5.0").get(0).asText()).isEqualTo("1.5");
        assertThat(doc.path("summary").path("by_status").path("UNKNOWN").asInt()).isEqualTo(1);
        assertThat(doc.path("collection").toString()).isEqualTo("{\"snapshot_status\":\"COMPLETE\",\"complete\":true,"
                + "\"accounts\":3,\"not_collected\":[],\"gaps\":3,\"unknown_findings\":1}");
        assertThat(doc.path("gaps").get(2).path("resource_types").toString())
                .isEqualTo("[\"gcp.kms.key_ring\",\"gcp.kms.crypto_key\"]");
    }

    @Test
    void anIncompleteScanSaysSoAndNamesTheAccountsNotCollected() throws IOException {
        JsonNode doc = MAPPER.readTree(write(ScanFixture.incompleteScan()).toFile());

        JsonNode collection = doc.path("collection");
        assertThat(collection.path("snapshot_status").asText()).isEqualTo("PARTIAL");
        assertThat(collection.path("complete").asBoolean(true)).isFalse();
        assertThat(collection.path("accounts").asInt()).isEqualTo(4);
        assertThat(collection.path("not_collected").toString()).isEqualTo("[{\"provider\":\"aws\",\"account_uid\":\""
                + ScanFixture.LEGACY + "\",\"name\":\"legacy-billing\",\"status\":\"FAILED\"}]");
        assertThat(collection.path("unknown_findings").asInt()).isEqualTo(2);
        JsonNode cis = doc.path("summary").path("frameworks").get(0);
        assertThat(cis.path("pass").asInt()).as("nothing of an AWS framework passes with an AWS account unseen")
                .isZero();
        assertThat(cis.path("unknown").asInt()).isEqualTo(3);
        assertThat(cis.path("pass_percent").asDouble()).isEqualTo(0.0);
    }

    @Test
    void readsBackAnIncompleteAndAnUnfinishedScan() throws IOException {
        for (ScanResult scan : List.of(ScanFixture.incompleteScan(), ScanFixture.unfinishedScan())) {
            ScanResult read = new FindingsJsonReader(MAPPER).read(write(scan));

            assertThat(read).isEqualTo(scan);
            assertThat(read.incomplete()).isTrue();
        }
    }

    @Test
    void aVersionOneFileStillReadsAsACompleteSnapshot() throws IOException {
        Path file = out.resolve("v1.json");
        Files.writeString(file, "{\"schema_version\": 1, \"scan_id\": \"old\", \"accounts\": [], \"findings\": [],"
                + " \"gaps\": [{\"provider\":\"aws\",\"account_uid\":\"1\",\"region\":\"us-east-1\",\"service\":\"s3\","
                + "\"operation\":\"ListBuckets\",\"error_code\":\"AccessDenied\",\"message\":\"denied\"}]}");

        ScanResult read = new FindingsJsonReader(MAPPER).read(file);

        assertThat(read.snapshotStatus()).isEqualTo("COMPLETE");
        assertThat(read.gaps().get(0).resourceTypes()).isEmpty();
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

        Files.writeString(file, "{\"schema_version\": 3, \"findings\": []}");
        assertThatThrownBy(() -> new FindingsJsonReader(MAPPER).read(file))
                .hasMessageContaining("unsupported schema_version 3 (this Vigil reads 1 to 2)");

        Files.writeString(file, "{\"findings\": []}");
        assertThatThrownBy(() -> new FindingsJsonReader(MAPPER).read(file)).hasMessageContaining("missing schema_version");
    }
}
