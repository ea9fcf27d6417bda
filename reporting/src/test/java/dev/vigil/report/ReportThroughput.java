package dev.vigil.report;

import dev.vigil.evaluate.ScanResult;
import java.nio.file.Path;
import java.util.List;

/** Measures writeAll on N synthetic findings: {@code ReportThroughput N DIR}. Not a test; run by hand. */
public final class ReportThroughput {

    private ReportThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        ScanResult scan = ScanFixture.synthetic(n, 50);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        List<Path> files = ReportWriter.writeAll(scan, Path.of(args[1]), ReportOptions.defaults());
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (ReportFormat format : ReportFormat.values()) {
            long t = System.nanoTime();
            ReportWriter.writeAll(scan, Path.of(args[1]), ReportOptions.defaults().withFormats(java.util.EnumSet.of(format)));
            System.out.printf("  %s alone: %d ms%n", format, (System.nanoTime() - t) / 1_000_000);
        }
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%d findings -> %d files in %d ms; heap with the scan loaded %d MB, after writing %d MB%n",
                n, files.size(), millis, before >> 20, after >> 20);
    }
}
