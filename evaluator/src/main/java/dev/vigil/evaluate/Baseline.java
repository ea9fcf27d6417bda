package dev.vigil.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares this run's findings with a previous run's: each failing finding becomes NEW or
 * UNCHANGED, and failures of the previous run that no longer fail are listed as FIXED.
 */
public final class Baseline {
    public static final String NEW = "NEW";
    public static final String UNCHANGED = "UNCHANGED";

    private final Map<String, Finding> previousFailures;

    public Baseline(List<Finding> previous) {
        this.previousFailures = previous.stream()
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.MUTED)
                .collect(Collectors.toMap(Finding::fingerprint, Function.identity(), (a, b) -> a));
    }

    public List<Finding> mark(List<Finding> current) {
        List<Finding> out = new ArrayList<>(current.size());
        for (Finding f : current) {
            if (f.status() == Status.FAIL || f.status() == Status.MUTED) {
                String delta = previousFailures.containsKey(f.fingerprint()) ? UNCHANGED : NEW;
                out.add(withDelta(f, delta));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    public List<ScanResult.FixedFinding> fixed(List<Finding> current) {
        Set<String> stillFailing = new HashSet<>();
        for (Finding f : current) {
            if (f.status() == Status.FAIL || f.status() == Status.MUTED) {
                stillFailing.add(f.fingerprint());
            }
        }
        return previousFailures.values().stream()
                .filter(p -> !stillFailing.contains(p.fingerprint()))
                .map(p -> new ScanResult.FixedFinding(p.checkId(), p.resourceUid(), p.accountUid(), p.fingerprint()))
                .sorted((a, b) -> a.fingerprint().compareTo(b.fingerprint()))
                .toList();
    }

    private static Finding withDelta(Finding f, String delta) {
        return new Finding(f.checkId(), f.checkTitle(), f.status(), f.statusExtended(), f.severity(), f.provider(),
                f.accountUid(), f.accountName(), f.region(), f.service(), f.resourceType(), f.resourceUid(),
                f.resourceName(), f.resourceTags(), f.evidence(), f.fingerprint(), f.frameworks(), f.muteReason(),
                delta, f.timestamp());
    }
}
