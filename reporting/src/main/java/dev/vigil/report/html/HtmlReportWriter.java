package dev.vigil.report.html;

import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Severity;
import dev.vigil.evaluate.Status;
import dev.vigil.report.AtomicFile;
import dev.vigil.report.CheckIndex;
import dev.vigil.report.CollectionCoverage;
import dev.vigil.report.Compliance;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ScanStats;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, inline SVG charts, one inline
 * script allowed by its hash in a Content-Security-Policy, so nothing else can run even if some text
 * escaped), usable offline. Every value from the scan is HTML-escaped.
 */
public final class HtmlReportWriter {

    public static final String FILE_NAME = "report.html";
    private static final List<Status> TABLE_ORDER = List.of(Status.FAIL, Status.ERROR, Status.UNKNOWN,
            Status.MUTED, Status.PASS);
    private static final int TOP_CHECKS = 10;
    private static final int TOP_SERVICES = 15;

    private final String css;
    private final String script;

    public HtmlReportWriter() {
        this.css = resource("report.css");
        this.script = resource("report.js");
    }

    public Path write(ScanResult result, ScanStats stats, List<Compliance.FrameworkResult> frameworks,
                      ReportOptions options, Path outDir) throws IOException {
        CheckIndex checks = new CheckIndex(result);
        CollectionCoverage coverage = CollectionCoverage.of(result);
        try (AtomicFile file = new AtomicFile(outDir.resolve(FILE_NAME))) {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8))) {
                head(w, result);
                header(w, result, stats, coverage,
                        Instant.now(options.clock()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
                CoverageHtml.banner(w, coverage);
                w.write("<main>\n");
                totals(w, stats);
                accounts(w, stats, coverage);
                services(w, stats);
                frameworks(w, frameworks);
                topChecks(w, stats, checks);
                CoverageHtml.section(w, result, coverage);
                findings(w, result, stats, options.htmlMaxFindings());
                w.write("</main>\n<script>");
                w.write(script);
                w.write("</script>\n</body>\n</html>\n");
            }
            return file.commit();
        }
    }

    private void head(Writer w, ScanResult r) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src data:; script-src '" + sha256(script) + "'\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>Vigil report " + Html.escape(r.scanId()) + "</title>\n<style>\n");
        w.write(css);
        w.write("</style>\n</head>\n<body>\n");
    }

    private static void header(Writer w, ScanResult r, ScanStats stats, CollectionCoverage coverage,
                               String generatedAt) throws IOException {
        w.write("<header>\n<h1>Vigil cloud posture report</h1>\n<dl>");
        item(w, "Scan id", r.scanId(), "scan-id");
        item(w, "Started", r.startedAt(), null);
        item(w, "Finished", r.finishedAt(), null);
        item(w, "Generated", generatedAt, null);
        item(w, "Accounts", String.valueOf(stats.failBySeverityPerAccount().size()), null);
        item(w, "Findings", String.valueOf(stats.total()), null);
        item(w, "Collection", coverage.snapshotStatus() + (coverage.complete() ? "" : ", incomplete"),
                "collection-status");
        item(w, "Vigil", r.toolVersion(), null);
        w.write("</dl>\n</header>\n");
    }

    private static void item(Writer w, String label, String value, String id) throws IOException {
        w.write("<div><dt>" + Html.escape(label) + "</dt><dd" + (id == null ? "" : " id=\"" + id + "\"") + ">"
                + Html.escape(value == null ? "-" : value) + "</dd></div>");
    }

    private static void totals(Writer w, ScanStats stats) throws IOException {
        w.write("<section class=\"wide\" id=\"totals\">\n<h2>Failing findings by severity<small>muted findings excluded</small></h2>\n<div class=\"cards\">");
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = stats.failCount(s);
            w.write("<div class=\"card sev-" + s.label() + "\" id=\"fail-" + s.label() + "\"><b>" + n + "</b><span>"
                    + s.label() + "</span></div>");
            bars.add(new SvgCharts.Bar(s.label(), n, SvgCharts.severityColor(s), String.valueOf(n)));
        }
        for (Status s : List.of(Status.PASS, Status.MUTED, Status.ERROR, Status.UNKNOWN)) {
            w.write("<div class=\"card neutral" + (s == Status.UNKNOWN && stats.count(s) > 0 ? " unknown" : "")
                    + "\" id=\"total-" + s.name().toLowerCase(Locale.ROOT) + "\"><b>"
                    + stats.count(s) + "</b><span>" + s.name().toLowerCase(Locale.ROOT) + "</span></div>");
        }
        w.write("</div>\n");
        w.write(SvgCharts.columns("FAIL findings by severity", bars, 1300, 190));
        w.write("\n</section>\n");
    }

    private static void accounts(Writer w, ScanStats stats, CollectionCoverage coverage) throws IOException {
        w.write("<section id=\"accounts\">\n<h2>Failing findings by account and severity</h2>\n");
        Map<ScanStats.AccountKey, long[]> accounts = stats.failBySeverityPerAccount();
        long max = accounts.values().stream().flatMapToLong(Arrays::stream).max().orElse(0);
        w.write("<div class=\"scroll\"><table class=\"heat\"><thead><tr><th>Account</th>");
        for (Severity s : Severity.values()) {
            w.write("<th class=\"num\">" + s.label() + "</th>");
        }
        w.write("<th class=\"num\">Total</th></tr></thead><tbody>\n");
        for (Map.Entry<ScanStats.AccountKey, long[]> e : accounts.entrySet()) {
            String name = stats.accountName(e.getKey());
            w.write("<tr><td><span class=\"mono\">" + Html.escape(e.getKey().provider() + "/" + e.getKey().accountUid())
                    + "</span>" + (name.isEmpty() ? "" : "<br>" + Html.escape(name)) + "</td>");
            ScanResult.AccountInfo missing = coverage.notCollected().stream()
                    .filter(a -> a.provider().equals(e.getKey().provider()) && a.id().equals(e.getKey().accountUid()))
                    .findFirst().orElse(null);
            if (missing != null) {
                w.write("<td colspan=\"6\" class=\"not-collected\">not collected (" + Html.escape(missing.status())
                        + "): nothing about this account is known</td></tr>\n");
                continue;
            }
            long total = 0;
            for (Severity s : Severity.values()) {
                long n = e.getValue()[s.ordinal()];
                total += n;
                w.write("<td class=\"cell\" style=\"" + heat(s, n, max) + "\">" + n + "</td>");
            }
            w.write("<td class=\"num\"><b>" + total + "</b></td></tr>\n");
        }
        if (accounts.isEmpty()) {
            w.write("<tr><td colspan=\"7\" class=\"empty\">No accounts.</td></tr>");
        }
        w.write("</tbody></table></div>\n</section>\n");
    }

    /** Cell colour: the severity's colour with an opacity growing with the count. */
    private static String heat(Severity s, long n, long max) {
        if (n == 0 || max == 0) {
            return "background:#f8fafc;color:#94a3b8";
        }
        String hex = SvgCharts.severityColor(s);
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        double alpha = 0.25 + 0.75 * Math.sqrt((double) n / max);
        return String.format(Locale.ROOT, "background:rgba(%d,%d,%d,%.2f);color:%s", r, g, b, alpha,
                alpha > 0.55 ? "#fff" : "#0f172a");
    }

    private static void services(Writer w, ScanStats stats) throws IOException {
        w.write("<section id=\"services\">\n<h2>Findings by service</h2>\n<p class=\"legend\">"
                + "<i style=\"background:#dc2626\"></i>fail <i style=\"background:#94a3b8\"></i>muted "
                + "<i style=\"background:#7c3aed\"></i>error <i style=\"background:#b45309\"></i>unknown "
                + "<i style=\"background:#15803d\"></i>pass</p>\n");
        List<Map.Entry<String, long[]>> services = new ArrayList<>(stats.byStatusPerService().entrySet());
        services.sort(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[Status.FAIL.ordinal()])
                .thenComparing(Map.Entry::getKey));
        List<SvgCharts.Stack> stacks = new ArrayList<>();
        for (Map.Entry<String, long[]> e : services.subList(0, Math.min(TOP_SERVICES, services.size()))) {
            long[] c = e.getValue();
            stacks.add(new SvgCharts.Stack(e.getKey(),
                    new long[] {c[Status.FAIL.ordinal()], c[Status.MUTED.ordinal()], c[Status.ERROR.ordinal()],
                            c[Status.UNKNOWN.ordinal()], c[Status.PASS.ordinal()]},
                    new String[] {"#dc2626", "#94a3b8", "#7c3aed", "#b45309", "#15803d"},
                    c[Status.FAIL.ordinal()] + " fail / " + c[Status.PASS.ordinal()] + " pass"));
        }
        w.write(stacks.isEmpty() ? "<p class=\"empty\">No findings.</p>" : SvgCharts.stacks("Findings by service", stacks, 600));
        w.write("\n</section>\n");
    }

    private static void frameworks(Writer w, List<Compliance.FrameworkResult> frameworks) throws IOException {
        w.write("<section id=\"frameworks\">\n<h2>Compliance frameworks<small>requirements passed / assessed</small></h2>\n");
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (Compliance.FrameworkResult fr : frameworks) {
            double pct = fr.passPercent();
            bars.add(new SvgCharts.Bar(fr.framework().id(), Math.max(0, pct), pct >= 80 ? "#15803d"
                    : pct >= 50 ? "#ea8a0c" : "#dc2626", pct < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", pct)));
        }
        if (bars.isEmpty()) {
            w.write("<p class=\"empty\">No frameworks.</p>\n</section>\n");
            return;
        }
        w.write(SvgCharts.rows("Pass percentage per framework", bars, 100, 600));
        w.write("\n<table><thead><tr><th>Framework</th><th class=\"num\">Pass</th><th class=\"num\">Fail</th>"
                + "<th class=\"num\">Error</th><th class=\"num\">Unknown</th><th class=\"num\">Manual</th><th class=\"num\">N/A</th><th class=\"num\">Pass %</th></tr></thead><tbody>\n");
        for (Compliance.FrameworkResult fr : frameworks) {
            double pct = fr.passPercent();
            w.write("<tr data-framework=\"" + Html.escape(fr.framework().id()) + "\"><td>"
                    + Html.escape(fr.framework().name()) + " <span class=\"mono\">" + Html.escape(fr.framework().id())
                    + "</span></td>");
            for (Compliance.RequirementStatus s : List.of(Compliance.RequirementStatus.PASS,
                    Compliance.RequirementStatus.FAIL, Compliance.RequirementStatus.ERROR,
                    Compliance.RequirementStatus.UNKNOWN, Compliance.RequirementStatus.MANUAL, Compliance.RequirementStatus.NOT_APPLICABLE)) {
                w.write("<td class=\"num\">" + fr.count(s) + "</td>");
            }
            w.write("<td class=\"num pass-percent\">" + (pct < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", pct))
                    + "</td></tr>\n");
        }
        w.write("</tbody></table>\n");
        long unknown = frameworks.stream().mapToLong(fr -> fr.count(Compliance.RequirementStatus.UNKNOWN)).sum();
        if (unknown > 0) {
            w.write("<p class=\"note\" id=\"frameworks-unknown\">" + unknown + (unknown == 1 ? " requirement is" : " requirements are")
                    + " UNKNOWN: they depend on data the scan did not see, and count against the pass percentage, "
                    + "never for it (compliance/*.csv says why).</p>\n");
        }
        w.write("</section>\n");
    }

    private static void topChecks(Writer w, ScanStats stats, CheckIndex checks) throws IOException {
        w.write("<section id=\"top-checks\">\n<h2>Top failing checks</h2>\n");
        List<Map.Entry<String, long[]>> failing = stats.byStatusPerCheck().entrySet().stream()
                .filter(e -> e.getValue()[Status.FAIL.ordinal()] > 0)
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[Status.FAIL.ordinal()])
                        .thenComparing(e -> checks.get(e.getKey()).severity())
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_CHECKS).toList();
        if (failing.isEmpty()) {
            w.write("<p class=\"empty\">No failing checks.</p>\n</section>\n");
            return;
        }
        w.write("<table><thead><tr><th>Check</th><th>Severity</th><th class=\"num\">Fail</th><th class=\"num\">Pass</th></tr></thead><tbody>\n");
        for (Map.Entry<String, long[]> e : failing) {
            CheckMetadata c = checks.get(e.getKey());
            w.write("<tr><td><span class=\"mono\">" + Html.escape(c.id()) + "</span><br>" + Html.escape(c.title())
                    + "</td><td><span class=\"pill sev-" + c.severity().label() + "\">" + c.severity().label()
                    + "</span></td><td class=\"num\">" + e.getValue()[Status.FAIL.ordinal()] + "</td><td class=\"num\">"
                    + e.getValue()[Status.PASS.ordinal()] + "</td></tr>\n");
        }
        w.write("</tbody></table>\n</section>\n");
    }

    private static void findings(Writer w, ScanResult r, ScanStats stats, int max) throws IOException {
        long total = stats.total();
        long rows = Math.min(total, max);
        w.write("<section class=\"wide\" id=\"findings\">\n<h2>Findings<small>failing first</small></h2>\n");
        w.write("<div class=\"filters\"><input id=\"filter-text\" type=\"search\" placeholder=\"Filter by check, account, "
                + "resource, message\u2026\" aria-label=\"Filter text\">");
        w.write("<select id=\"filter-status\" aria-label=\"Status\"><option value=\"\">All statuses</option>");
        for (Status s : TABLE_ORDER) {
            w.write("<option>" + s.name() + "</option>");
        }
        w.write("</select><select id=\"filter-severity\" aria-label=\"Severity\"><option value=\"\">All severities</option>");
        for (Severity s : Severity.values()) {
            w.write("<option value=\"" + s.label() + "\">" + s.label() + "</option>");
        }
        w.write("</select><span><b id=\"filter-shown\">" + rows + "</b> of " + rows + " shown</span></div>\n");
        w.write("<div class=\"scroll\"><table id=\"findings-table\"><thead><tr><th>Status</th><th>Severity</th><th>Check</th>"
                + "<th>Account</th><th>Region</th><th>Resource</th><th>Message</th></tr></thead><tbody>\n");
        long written = 0;
        outer:
        for (Status status : TABLE_ORDER) {
            for (Severity severity : Severity.values()) {
                for (Finding f : r.findings()) {
                    if (f.status() != status || f.severity() != severity) {
                        continue;
                    }
                    if (written >= max) {
                        break outer;
                    }
                    row(w, f);
                    written++;
                }
            }
        }
        w.write("</tbody></table></div>\n");
        if (total > written) {
            w.write("<p class=\"note\" id=\"findings-truncated\">Showing the first " + written + " of " + total
                    + " findings (failing and most severe first); findings.csv and findings.json hold every one.</p>\n");
        }
        w.write("</section>\n");
    }

    private static void row(Writer w, Finding f) throws IOException {
        String mute = f.status() == Status.MUTED && f.muteReason() != null
                ? "<br><i>muted: " + Html.escape(f.muteReason()) + "</i>" : "";
        w.write("<tr data-status=\"" + f.status().name() + "\" data-severity=\"" + f.severity().label() + "\">"
                + "<td><span class=\"pill st-" + f.status().name() + "\">" + f.status().name() + "</span></td>"
                + "<td><span class=\"pill sev-" + f.severity().label() + "\">" + f.severity().label() + "</span></td>"
                + "<td class=\"mono\">" + Html.escape(f.checkId()) + "</td>"
                + "<td><span class=\"mono\">" + Html.escape(f.accountUid()) + "</span><br>" + Html.escape(f.accountName())
                + "</td><td>" + Html.escape(f.region()) + "</td>"
                + "<td><span class=\"mono\">" + Html.escape(f.resourceUid()) + "</span><br>" + Html.escape(f.resourceName())
                + "</td><td>" + Html.escape(f.statusExtended()) + mute + "</td></tr>\n");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/vigil/report/html/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource dev/vigil/report/html/" + name, e);
        }
    }
}
