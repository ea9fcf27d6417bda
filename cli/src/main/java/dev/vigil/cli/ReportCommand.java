package dev.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ReportWriter;
import dev.vigil.report.json.FindingsJsonReader;
import dev.vigil.text.VisibleText;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil report}: renders every report again from a findings.json, without evaluating. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write SARIF, CSV and HTML reports from an existing findings.json.")
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--findings", required = true, description = "findings.json written by evaluate or scan.")
    Path findings;

    @Option(names = "--out", required = true, description = "Directory for the reports.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ScanResult result = new FindingsJsonReader(new ObjectMapper()).read(findings);
        for (Path p : ReportWriter.writeAll(result, out, ReportOptions.defaults())) {
            System.out.println(VisibleText.line(p.toString()));
        }
        return 0;
    }
}
