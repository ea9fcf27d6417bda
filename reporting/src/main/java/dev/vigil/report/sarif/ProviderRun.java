package dev.vigil.report.sarif;

import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import dev.vigil.report.CollectionCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** What one provider's run needs besides its results, gathered in one pass over the findings. */
final class ProviderRun {

    /** At most this many UNKNOWN check/resource pairs are listed in the run's properties. */
    static final int UNKNOWN_LIST_CAP = 100;

    final String provider;
    final TreeSet<String> checkIds = new TreeSet<>();
    final Map<String, Summary> errors = new TreeMap<>();
    final List<ScanResult.GapInfo> gaps = new ArrayList<>();
    final Map<String, Summary> unknownByInput = new TreeMap<>();
    final List<Finding> unknownListed = new ArrayList<>();
    long unknownCount;
    List<ScanResult.AccountInfo> notCollected = List.of();
    boolean incomplete;
    String snapshotStatus = "COMPLETE";
    boolean unfinished;

    /** A count and the first finding, for one notification. */
    static final class Summary {
        long count;
        Finding first;

        void add(Finding f) {
            if (count++ == 0) {
                first = f;
            }
        }
    }

    private ProviderRun(String provider) {
        this.provider = provider;
    }

    /** One run per provider of the scan's accounts and findings, sorted by provider. */
    static Map<String, ProviderRun> gather(ScanResult result) {
        Map<String, ProviderRun> runs = new TreeMap<>();
        for (ScanResult.AccountInfo a : result.accounts()) {
            runs.computeIfAbsent(a.provider(), ProviderRun::new);
        }
        for (CheckMetadata c : result.checks()) {
            ProviderRun run = runs.get(c.provider());
            if (run != null) {
                run.checkIds.add(c.id());
            }
        }
        for (Finding f : result.findings()) {
            ProviderRun run = runs.computeIfAbsent(f.provider(), ProviderRun::new);
            run.checkIds.add(f.checkId());
            if (f.status() == Status.ERROR) {
                run.errors.computeIfAbsent(f.checkId(), k -> new Summary()).add(f);
            } else if (f.status() == Status.UNKNOWN) {
                run.addUnknown(f);
            }
        }
        for (ScanResult.GapInfo gap : result.gaps()) {
            runs.computeIfAbsent(gap.provider(), ProviderRun::new).gaps.add(gap);
        }
        CollectionCoverage coverage = CollectionCoverage.of(result);
        for (ProviderRun run : runs.values()) {
            run.notCollected = coverage.notCollected(run.provider);
            run.incomplete = !coverage.covers(run.provider);
            run.unfinished = coverage.unfinished();
            run.snapshotStatus = coverage.snapshotStatus();
        }
        return runs;
    }

    private void addUnknown(Finding f) {
        unknownCount++;
        if (unknownListed.size() < UNKNOWN_LIST_CAP) {
            unknownListed.add(f);
        }
        for (String input : UnknownInputs.of(f.evidence())) {
            unknownByInput.computeIfAbsent(input, k -> new Summary()).add(f);
        }
    }
}
