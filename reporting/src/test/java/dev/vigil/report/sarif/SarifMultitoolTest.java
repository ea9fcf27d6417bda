package dev.vigil.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.report.ReportFormat;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ReportWriter;
import dev.vigil.report.ScanFixture;
import dev.vigil.testinput.ExternalTestInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates our SARIF with Microsoft's SARIF Multitool and GitHub Advanced Security's ingestion rules
 * ({@code --rule-kind "Sarif;Gh"}). The tool is looked up in {@code vigil.sarif.tool.dir} (default
 * target/sarif-tool) and installed there with src/test/sarif-tool.sh when npm is available; the test is
 * skipped only when neither the tool nor npm can be had.
 */
class SarifMultitoolTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Path tool;

    @TempDir
    Path out;

    @BeforeAll
    static void findTool() {
        tool = SarifTool.executable().orElse(null);
        if (tool == null) {
            ExternalTestInput.absent("SarifMultitoolTest (Microsoft SARIF Multitool, GitHub ingestion rules)",
                    "vigil.sarif.tool.dir", List.of(Path.of(System.getProperty("vigil.sarif.tool.dir", "target/sarif-tool"))),
                    SarifTool.whereToGet());
        }
        assumeTrue(tool != null, "SARIF Multitool not installed and npm could not install it (" + SarifTool.whereToGet() + ")");
    }

    @Test
    void fixtureReportsHaveNoSarifOrGithubErrors() throws Exception {
        List<Path> written = ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly());
        List<Path> sarif = written.stream().filter(p -> p.toString().endsWith(".sarif")).toList();

        assertThat(sarif).hasSize(2);
        assertThat(errors(sarif)).isEmpty();
    }

    @Test
    void incompleteScanWithUnknownFindingsHasNoSarifOrGithubErrors() throws Exception {
        List<Path> written = ReportWriter.writeAll(ScanFixture.incompleteScan(), out, sarifOnly());
        List<Path> sarif = written.stream().filter(p -> p.toString().endsWith(".sarif")).toList();

        assertThat(sarif).hasSize(2);
        assertThat(errors(sarif)).isEmpty();
    }

    @Test
    void splitReportsHaveNoSarifOrGithubErrors() throws Exception {
        List<Path> written = ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly().withSarifLimits(4, 10_000_000));
        List<Path> sarif = written.stream().filter(p -> p.toString().endsWith(".sarif")).toList();

        assertThat(sarif.size()).isGreaterThan(2);
        assertThat(errors(sarif)).isEmpty();
    }

    @Test
    void theToolCatchesARuleWithoutHelp() throws Exception {
        ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly());
        Path broken = out.resolve("broken.sarif");
        JsonNode root = MAPPER.readTree(out.resolve("vigil-aws.sarif").toFile());
        ((ObjectNode) root.path("runs").get(0).path("tool").path("driver").path("rules").get(0)).remove("help");
        MAPPER.writeValue(broken.toFile(), root);

        assertThat(errors(List.of(broken))).anyMatch(e -> e.startsWith("GH2012"));
    }

    private static ReportOptions sarifOnly() {
        return ReportOptions.defaults().withFormats(EnumSet.of(ReportFormat.SARIF)).withClock(ScanFixture.CLOCK);
    }

    /** "RULE: message" for every error-level result the Multitool reports. */
    private List<String> errors(List<Path> files) throws Exception {
        Path report = out.resolve("validation-" + System.nanoTime() + ".sarif");
        List<String> command = new ArrayList<>(List.of(tool.toString(), "validate", "--rule-kind", "Sarif;Gh",
                "-o", report.toString()));
        files.forEach(f -> command.add(f.toString()));
        Path log = out.resolve("multitool.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("Multitool finished").isTrue();
        String console = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(report).as("Multitool output; console:\n" + console).exists();
        List<String> errors = new ArrayList<>();
        for (JsonNode run : MAPPER.readTree(report.toFile()).path("runs")) {
            for (JsonNode n : run.path("invocations").path(0).path("toolExecutionNotifications")) {
                if ("error".equals(n.path("level").asText())) {
                    errors.add("tool: " + n.path("message").path("text").asText());
                }
            }
            for (JsonNode r : run.path("results")) {
                if ("error".equals(r.path("level").asText())) {
                    errors.add(r.path("ruleId").asText() + ": " + messageOf(r, run));
                }
            }
        }
        return errors;
    }

    private static String messageOf(JsonNode result, JsonNode run) {
        String text = result.path("message").path("text").asText("");
        if (!text.isEmpty()) {
            return text;
        }
        return result.path("message").path("id").asText() + " " + result.path("message").path("arguments").toString();
    }
}
