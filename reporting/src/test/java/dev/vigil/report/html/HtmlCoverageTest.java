package dev.vigil.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.ReportFormat;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ReportWriter;
import dev.vigil.report.ScanFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of an incomplete scan says so before anything else and never reads as clean. */
class HtmlCoverageTest {

    @TempDir
    Path out;

    private String render(ScanResult scan) throws IOException {
        ReportWriter.writeAll(scan, out, ReportOptions.defaults().withFormats(EnumSet.of(ReportFormat.HTML))
                .withClock(ScanFixture.CLOCK));
        return Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    }

    @Test
    void aCompleteScanHasNoBanner() throws IOException {
        String html = render(ScanFixture.scanResult());

        assertThat(html).doesNotContain("incomplete-banner");
        assertThat(html).contains("<dd id=\"collection-status\">COMPLETE</dd>");
        assertThat(html).contains("<option>UNKNOWN</option>");
        assertThat(html).contains("<tr data-status=\"UNKNOWN\" data-severity=\"critical\">");
        assertThat(html).contains(ScanFixture.UNKNOWN_MESSAGE);
    }

    @Test
    void anAccountNotCollectedIsNamedInABannerAboveEverything() throws IOException {
        String html = render(ScanFixture.incompleteScan());

        assertThat(html).contains("<div class=\"banner\" id=\"incomplete-banner\" role=\"alert\"><b>Incomplete scan.</b> "
                + "1 of 4 accounts not collected: aws/" + ScanFixture.LEGACY + " legacy-billing (FAILED); this report "
                + "cannot say they are clean.</div>");
        assertThat(html.indexOf("incomplete-banner")).isLessThan(html.indexOf("<main>"));
        assertThat(html).contains("<dd id=\"collection-status\">PARTIAL, incomplete</dd>");
        assertThat(html).contains("<td colspan=\"6\" class=\"not-collected\">not collected (FAILED): nothing about this "
                + "account is known</td>");
        assertThat(html).contains("<table id=\"not-collected\">");
        assertThat(html).contains("<p class=\"note\" id=\"frameworks-unknown\">3 requirements are UNKNOWN");
        assertThat(html).doesNotContain("None: every API answered.");
    }

    @Test
    void anUnfinishedCollectionWithoutGapsIsNotCalledComplete() throws IOException {
        String html = render(ScanFixture.unfinishedScan());

        assertThat(html).doesNotContain("None: every API answered.");
        assertThat(html).contains("<b>Incomplete scan.</b> The collection did not finish (snapshot RUNNING); this report "
                + "cannot say what it did not reach is clean.");
        assertThat(html).contains("id=\"unfinished\"");
    }
}
