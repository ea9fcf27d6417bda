package dev.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 60,000 findings through every writer with GitHub's default limits: the SARIF must split by count. */
class LargeScanTest {

    @TempDir
    Path out;

    @Test
    void writesEveryReportAndSplitsSarifAtTwentyFiveThousandResults() throws IOException {
        ScanResult scan = ScanFixture.synthetic(60_000, 20);
        long results = scan.findings().stream().filter(f -> f.status() == Status.FAIL || f.status() == Status.MUTED)
                .count();

        long start = System.nanoTime();
        List<Path> written = ReportWriter.writeAll(scan, out, ReportOptions.defaults().withClock(ScanFixture.CLOCK));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("LargeScanTest: %d findings, %d SARIF results, all reports in %d ms%n",
                scan.findings().size(), results, millis);

        List<Path> sarif = written.stream().filter(p -> p.toString().endsWith(".sarif")).toList();
        assertThat(sarif).hasSize((int) ((results + 24_999) / 25_000));
        long counted = 0;
        for (Path part : sarif) {
            long n = countResults(part);
            assertThat(n).isLessThanOrEqualTo(25_000);
            counted += n;
        }
        assertThat(counted).isEqualTo(results);
        assertThat(countRecords(out.resolve("findings.csv"))).isEqualTo(60_001);
        assertThat(Files.readString(out.resolve("report.html"))).contains("id=\"findings-truncated\"",
                "Showing the first 10000 of 60000 findings");
        assertThat(written).contains(out.resolve("inventory/aws/100000000019.json"));
    }

    private static long countResults(Path sarif) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(sarif.toFile())) {
            long n = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("results")) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        p.skipChildren();
                        n++;
                    }
                }
            }
            return n;
        }
    }

    private static long countRecords(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(r).stream().count();
        }
    }
}
