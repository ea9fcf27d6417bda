package dev.vigil.cli;

import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison of the gap matrices (AWS, GCP, Azure): a verdict may differ from the fault-free
 * scan only by turning into UNKNOWN, and may vanish only with an UNKNOWN standing for it in its account (or when
 * the organization's accounts could not all be listed).
 */
final class GapMatrixComparison {
    private final String cloud;
    private final Map<String, Status> baseline;
    private final List<String> wrong = new ArrayList<>();
    private int runs;
    private int unknownVerdicts;

    GapMatrixComparison(String cloud, ScanResult baseline) {
        this.cloud = cloud;
        this.baseline = verdicts(baseline);
    }

    Map<String, Status> baseline() {
        return baseline;
    }

    /** Counts one denied run; a null result is a scan refused outright (an error, exit 2, no verdict). */
    synchronized void record(String operation, String scope, ScanResult result) {
        runs++;
        if (result == null) {
            return;
        }
        compare(result).forEach(p -> wrong.add(operation + " denied in " + scope + ": " + p));
        unknownVerdicts += (int) result.findings().stream().filter(f -> f.status() == Status.UNKNOWN).count();
    }

    /** Prints the summary line, writes the problems to {@code target/gap-matrix-<cloud>.txt}, returns them. */
    synchronized List<String> report(int operations) throws IOException {
        Files.write(Path.of("target", "gap-matrix-" + cloud + ".txt"), wrong);
        System.out.printf("[gap-matrix] %s: %d operations, %d runs, %d UNKNOWN verdicts, %d wrong%n", cloud,
                operations, runs, unknownVerdicts, wrong.size());
        return List.copyOf(wrong);
    }

    private List<String> compare(ScanResult result) {
        List<String> problems = new ArrayList<>();
        Map<String, Finding> now = new HashMap<>();
        Set<String> unknownByCheckAndAccount = new HashSet<>();
        for (Finding f : result.findings()) {
            now.put(key(f), f);
            if (f.status() == Status.UNKNOWN) {
                unknownByCheckAndAccount.add(f.checkId() + " " + f.accountUid());
            }
        }
        for (Finding f : result.findings()) {
            Status before = baseline.get(key(f));
            if (f.status() != Status.UNKNOWN && before != null && before != f.status()) {
                problems.add(key(f) + " was " + before + ", now " + f.status() + ": " + f.statusExtended());
            }
            if (f.status() != Status.UNKNOWN && before == null) {
                problems.add(key(f) + " is new: " + f.status() + ": " + f.statusExtended());
            }
        }
        boolean accountsUnlisted = result.incomplete() && result.gaps().stream()
                .anyMatch(g -> g.resourceTypes().contains(cloud + ".account"));
        baseline.forEach((key, before) -> {
            if (!now.containsKey(key) && !accountsUnlisted) {
                String[] parts = key.split(" ");
                if (!unknownByCheckAndAccount.contains(parts[0] + " " + parts[1])) {
                    problems.add(key + " (" + before + ") vanished without an UNKNOWN in its account");
                }
            }
        });
        return problems;
    }

    private static Map<String, Status> verdicts(ScanResult result) {
        Map<String, Status> out = new HashMap<>();
        result.findings().forEach(f -> out.put(key(f), f.status()));
        return out;
    }

    private static String key(Finding f) {
        return f.checkId() + " " + f.accountUid() + " " + f.resourceUid();
    }
}
