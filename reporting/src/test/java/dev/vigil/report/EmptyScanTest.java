package dev.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.json.FindingsJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clean scan of one account still yields every report, and an empty SARIF run that closes old alerts. */
class EmptyScanTest {

    @TempDir
    Path out;

    @Test
    void aScanWithoutFindingsWritesEveryReport() throws IOException {
        ScanResult empty = new ScanResult("empty", "0.1.0", "2026-11-22T07:52:13Z", "2026-11-22T07:53:40Z",
                List.of(new ScanResult.AccountInfo("aws", "111122223333", "solo", "ACTIVE", List.of(), Map.of())),
                List.of(), List.of(), List.of(), List.of(), List.of());

        List<Path> written = ReportWriter.writeAll(empty, out, ReportOptions.defaults().withClock(ScanFixture.CLOCK));

        assertThat(written.stream().map(p -> out.relativize(p).toString()))
                .containsExactly("findings.json", "vigil-aws.sarif", "findings.csv", "report.html");
        assertThat(new ObjectMapper().readTree(out.resolve("vigil-aws.sarif").toFile())
                .path("runs").get(0).path("results").isArray()).isTrue();
        assertThat(new FindingsJsonReader(new ObjectMapper()).read(out.resolve("findings.json"))).isEqualTo(empty);
        assertThat(Files.readString(out.resolve("report.html"))).contains("No failing checks.", "None: every API answered.");
    }
}
