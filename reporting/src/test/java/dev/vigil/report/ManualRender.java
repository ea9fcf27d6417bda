package dev.vigil.report;

import java.nio.file.Path;

/** Renders the fixture into a directory, for looking at the reports by hand: ManualRender DIR. */
public final class ManualRender {

    private ManualRender() {
    }

    public static void main(String[] args) throws Exception {
        ReportWriter.writeAll(ScanFixture.scanResult(), Path.of(args[0]),
                ReportOptions.defaults().withClock(ScanFixture.CLOCK)).forEach(System.out::println);
    }
}
