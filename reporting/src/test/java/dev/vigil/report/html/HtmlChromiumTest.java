package dev.vigil.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigil.report.ReportFormat;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ReportWriter;
import dev.vigil.report.ScanFixture;
import dev.vigil.report.TestPaths;
import dev.vigil.testinput.ExternalTestInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in headless Chromium (offline, file://): checks the rendered DOM and that markup
 * planted in resource names did not run, and saves a screenshot to target/screenshots/report.png.
 * Skipped only when /usr/bin/chromium is absent.
 */
class HtmlChromiumTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("vigil.chromium", "/usr/bin/chromium"));

    @TempDir
    Path tmp;
    private Path report;

    @BeforeAll
    static void needsChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            ExternalTestInput.absent("HtmlChromiumTest (headless Chromium)", "vigil.chromium", List.of(CHROMIUM),
                    "a Chromium executable (Debian: apt-get install chromium)");
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
    }

    @BeforeEach
    void render() throws IOException {
        Path out = tmp.resolve("out");
        ReportWriter.writeAll(ScanFixture.scanResult(), out, ReportOptions.defaults()
                .withFormats(EnumSet.of(ReportFormat.HTML)).withClock(ScanFixture.CLOCK));
        report = out.resolve("report.html");
    }

    private String chromium(String extraArg, String url) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"), "--window-size=1400,2000", extraArg, url));
        Path stdout = tmp.resolve("stdout.txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("stderr.txt"))).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    @Test
    void renderedDomShowsTheTotalsAndTheFilterScriptRan() throws Exception {
        String dom = chromium("--dump-dom", report.toUri().toString());

        assertThat(dom).contains("data-filter-ready=\"true\"");
        assertThat(card(dom, "fail-critical")).isEqualTo("2");
        assertThat(card(dom, "fail-high")).isEqualTo("4");
        assertThat(card(dom, "fail-medium")).isEqualTo("1");
        assertThat(card(dom, "fail-low")).isEqualTo("3");
        assertThat(card(dom, "fail-info")).isEqualTo("1");
        assertThat(card(dom, "total-pass")).isEqualTo("6");
        assertThat(card(dom, "total-muted")).isEqualTo("1");
        assertThat(card(dom, "total-error")).isEqualTo("1");
        assertThat(card(dom, "total-unknown")).isEqualTo("1");
        assertThat(dom).doesNotContain("incomplete-banner");
        assertThat(dom).contains("<dd id=\"scan-id\">" + ScanFixture.SCAN_ID + "</dd>");
        assertThat(dom).contains("<b id=\"filter-shown\">20</b>");
        assertThat(dom).contains("DescribeSecurityGroups", "PERMISSION_DENIED");
        assertThat(dom).containsPattern("data-framework=\"cis-aws-5.0\".*?28\\.6%");
        int firstPass = dom.indexOf("data-status=\"PASS\"");
        int lastFail = dom.lastIndexOf("data-status=\"FAIL\"");
        assertThat(lastFail).as("FAIL rows first").isLessThan(firstPass);
    }

    @Test
    void markupInResourceNamesIsShownAsTextAndNeverRuns() throws Exception {
        String dom = chromium("--dump-dom", report.toUri().toString());

        assertThat(dom).doesNotContain("data-pwned=\"");
        assertThat(dom).doesNotContain("<img");
        assertThat(dom).contains("evil&lt;script&gt;document.documentElement.setAttribute('data-pwned','1')&lt;/script&gt;");
        assertThat(dom).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Pattern.compile("<script").matcher(dom).results().count()).as("only our own script").isEqualTo(1);
    }

    @Test
    void aLinkCanPresetTheFilter() throws Exception {
        String dom = chromium("--dump-dom", report.toUri() + "#status=FAIL&severity=critical");

        assertThat(dom).contains("<b id=\"filter-shown\">2</b>");
        assertThat(Pattern.compile("<tr data-status=\"[A-Z]+\" data-severity=\"[a-z]+\">").matcher(dom).results().count())
                .as("visible rows").isEqualTo(2);
    }

    @Test
    void unknownFindingsCanBeFilteredAndNameTheirGap() throws Exception {
        String dom = chromium("--dump-dom", report.toUri() + "#status=UNKNOWN");

        assertThat(dom).contains("<b id=\"filter-shown\">1</b>");
        Matcher visible = Pattern.compile("<tr data-status=\"([A-Z]+)\" data-severity=\"[a-z]+\">(.*?)</tr>").matcher(dom);
        assertThat(visible.find()).isTrue();
        assertThat(visible.group(1)).isEqualTo("UNKNOWN");
        assertThat(visible.group(2)).contains(ScanFixture.UNKNOWN_MESSAGE);
        assertThat(visible.find()).as("one visible row").isFalse();
    }

    @Test
    void anIncompleteScanShowsTheBannerAndNoAccountReadsClean() throws Exception {
        Path out = tmp.resolve("incomplete");
        ReportWriter.writeAll(ScanFixture.incompleteScan(), out, ReportOptions.defaults()
                .withFormats(EnumSet.of(ReportFormat.HTML)).withClock(ScanFixture.CLOCK));
        Path screenshots = Files.createDirectories(TestPaths.target().resolve("screenshots"));
        Path png = screenshots.resolve("report-incomplete.png");
        Files.deleteIfExists(png);

        String dom = chromium("--dump-dom", out.resolve("report.html").toUri().toString());
        chromium("--screenshot=" + png, out.resolve("report.html").toUri().toString());

        assertThat(dom).contains("<b>Incomplete scan.</b> 1 of 4 accounts not collected: aws/" + ScanFixture.LEGACY
                + " legacy-billing (FAILED); this report cannot say they are clean.");
        assertThat(card(dom, "total-unknown")).isEqualTo("2");
        assertThat(dom).contains("not collected (FAILED): nothing about this account is known");
        assertThat(dom).doesNotContain("None: every API answered.");
        assertThat(dom).containsPattern("data-framework=\"cis-aws-5.0\".*?0\\.0%");
        assertThat(png).exists();
    }

    @Test
    void screenshot() throws Exception {
        Path screenshots = Files.createDirectories(TestPaths.target().resolve("screenshots"));
        Path png = screenshots.resolve("report.png");
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, report.toUri().toString());

        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static String card(String dom, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"><b>(\\d+)</b>").matcher(dom);
        assertThat(m.find()).as("card " + id).isTrue();
        return m.group(1);
    }
}
