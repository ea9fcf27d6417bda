package dev.vigil.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.csv.ComplianceCsvWriter;
import dev.vigil.report.csv.FindingsCsvWriter;
import dev.vigil.report.html.HtmlReportWriter;
import dev.vigil.report.inventory.InventoryIndex;
import dev.vigil.report.inventory.InventoryWriter;
import dev.vigil.report.json.FindingsJsonWriter;
import dev.vigil.report.sarif.SarifWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every report of a scan into one directory:
 * <pre>
 * findings.json                      (JSON)
 * vigil-&lt;provider&gt;.sarif              (SARIF; vigil-&lt;provider&gt;-&lt;n&gt;.sarif when split)
 * inventory/&lt;provider&gt;/&lt;account&gt;.json (SARIF: the files its locations point at)
 * findings.csv                       (CSV)
 * compliance/&lt;framework-id&gt;.csv      (CSV)
 * report.html                        (HTML)
 * </pre>
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Writes the reports chosen in {@code options} and returns every file written, in writing order. */
    public static List<Path> writeAll(ScanResult result, Path outDir, ReportOptions options) throws IOException {
        Files.createDirectories(outDir);
        ObjectMapper mapper = new ObjectMapper();
        ScanStats stats = new ScanStats(result);
        List<Compliance.FrameworkResult> compliance = Compliance.evaluateAll(result, stats);
        List<Path> written = new ArrayList<>();
        if (options.writes(ReportFormat.JSON)) {
            written.add(new FindingsJsonWriter(mapper).write(result, stats, options, outDir));
        }
        if (options.writes(ReportFormat.SARIF)) {
            InventoryIndex inventory = new InventoryWriter(mapper).write(result, outDir, written);
            written.addAll(new SarifWriter(mapper).write(result, options, inventory, outDir));
        }
        if (options.writes(ReportFormat.CSV)) {
            written.add(new FindingsCsvWriter().write(result, outDir));
            written.addAll(new ComplianceCsvWriter().write(compliance, outDir));
        }
        if (options.writes(ReportFormat.HTML)) {
            written.add(new HtmlReportWriter().write(result, stats, compliance, options, outDir));
        }
        return List.copyOf(written);
    }
}
