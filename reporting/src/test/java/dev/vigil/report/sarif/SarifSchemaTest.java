package dev.vigil.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.ReportFormat;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ReportWriter;
import dev.vigil.report.ScanFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every SARIF file Vigil writes (per provider, split parts, an empty scan) is valid against the SARIF 2.1.0 schema. */
class SarifSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SarifSchema schema;

    @TempDir
    Path out;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = SarifSchema.find("SarifSchemaTest (SARIF 2.1.0 JSON schema)").orElse(null);
        assumeTrue(schema != null, "SARIF 2.1.0 schema not available (see the SKIPPED line above)");
    }

    private static ReportOptions sarifOnly() {
        return ReportOptions.defaults().withFormats(EnumSet.of(ReportFormat.SARIF)).withClock(ScanFixture.CLOCK);
    }

    @Test
    void perProviderFilesAreValid() throws IOException {
        List<Path> written = ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly());

        List<Path> sarif = sarifFiles(written);
        assertThat(sarif).hasSize(2);
        for (Path file : sarif) {
            assertThat(schema.validate(file)).as(file + " against " + schema.source()).isEmpty();
        }
    }

    @Test
    void splitPartsAreValid() throws IOException {
        List<Path> written = ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly().withSarifLimits(3, 10_000_000));

        List<Path> sarif = sarifFiles(written);
        assertThat(sarif.size()).isGreaterThan(2);
        for (Path file : sarif) {
            assertThat(schema.validate(file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void incompleteAndUnfinishedScansWithUnknownFindingsAreValid() throws IOException {
        for (ScanResult scan : List.of(ScanFixture.incompleteScan(), ScanFixture.unfinishedScan())) {
            List<Path> sarif = sarifFiles(ReportWriter.writeAll(scan, out.resolve(scan.snapshotStatus()), sarifOnly()));
            assertThat(sarif).hasSize(2);
            for (Path file : sarif) {
                assertThat(schema.validate(file)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void anEmptyScanIsValid() throws IOException {
        ScanResult empty = new ScanResult("empty", "0.1.0", "2026-11-22T07:52:13Z", "2026-11-22T07:53:40Z",
                List.of(new ScanResult.AccountInfo("aws", "111122223333", "solo", "ACTIVE", List.of(), Map.of())),
                List.of(), List.of(), List.of(), List.of(), List.of());

        ReportWriter.writeAll(empty, out, sarifOnly());

        assertThat(schema.validate(out.resolve("vigil-aws.sarif"))).isEmpty();
    }

    @Test
    void theSchemaRejectsAResultWithoutAMessage() throws IOException {
        ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly());
        JsonNode root = MAPPER.readTree(out.resolve("vigil-aws.sarif").toFile());
        ((ObjectNode) root.path("runs").get(0).path("results").get(0)).remove("message");
        Path broken = out.resolve("broken.sarif");
        MAPPER.writeValue(broken.toFile(), root);

        assertThat(schema.validate(broken)).isNotEmpty();
    }

    private static List<Path> sarifFiles(List<Path> written) {
        return written.stream().filter(p -> p.toString().endsWith(".sarif")).toList();
    }
}
