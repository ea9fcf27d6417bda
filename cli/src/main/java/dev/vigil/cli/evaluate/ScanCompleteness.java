package dev.vigil.cli.evaluate;

import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import java.util.ArrayList;
import java.util.List;

/** What the summary says about how much of the estate the scan saw, and whether that makes it incomplete. */
record ScanCompleteness(boolean incomplete, List<String> lines) {

    static ScanCompleteness of(ScanResult result) {
        List<String> lines = new ArrayList<>();
        if ("RUNNING".equals(result.snapshotStatus())) {
            lines.add("incomplete: the snapshot was never finished (the collection stopped before every target settled)");
        }
        List<ScanResult.AccountInfo> missing = result.notCollected();
        if (!missing.isEmpty()) {
            lines.add("incomplete: " + missing.size() + " of " + result.accounts().size() + " accounts not collected: "
                    + String.join(", ", missing.stream().limit(10).map(a -> a.provider() + "/" + a.id() + " ("
                    + a.status() + ")").toList()) + (missing.size() > 10 ? ", ..." : ""));
        }
        result.gaps().stream().filter(g -> g.resourceTypes().contains(g.provider() + ".account")).findFirst()
                .ifPresent(g -> lines.add("incomplete: the organization's accounts could not all be listed ("
                        + g.describe() + ")"));
        long unknown = result.findings().stream().filter(f -> f.status() == Status.UNKNOWN).count();
        if (unknown > 0 || !result.gaps().isEmpty()) {
            lines.add("warning: " + result.gaps().size() + " collection gap(s); " + unknown
                    + " verdict(s) UNKNOWN because they depend on data that could not be read (see the reports)");
        }
        return new ScanCompleteness(result.incomplete(), List.copyOf(lines));
    }
}
