package dev.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.Severity;
import dev.vigil.evaluate.Status;
import dev.vigil.report.json.FindingsJsonReader;
import dev.vigil.text.VisibleText;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil diff A B}: what changed between two runs' findings. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two runs: findings.json files or the report directories holding them.")
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The earlier run (findings.json or its directory).")
    Path before;

    @Parameters(index = "1", description = "The later run (findings.json or its directory).")
    Path after;

    @Option(names = "--list", description = "List every NEW and FIXED finding, not only the summary.")
    boolean list;

    @Override
    public Integer call() throws Exception {
        Map<String, Finding> a = failing(read(before));
        Map<String, Finding> b = failing(read(after));
        List<Finding> added = b.values().stream().filter(f -> !a.containsKey(f.fingerprint())).toList();
        List<Finding> fixed = a.values().stream().filter(f -> !b.containsKey(f.fingerprint())).toList();
        long unchanged = b.keySet().stream().filter(a::containsKey).count();
        PrintStream out = System.out;
        out.printf("failing before: %d, after: %d — NEW %d, FIXED %d, UNCHANGED %d%n",
                a.size(), b.size(), added.size(), fixed.size(), unchanged);
        out.printf("%-9s %6s %6s%n", "severity", "NEW", "FIXED");
        Map<Severity, long[]> bySeverity = new EnumMap<>(Severity.class);
        added.forEach(f -> bySeverity.computeIfAbsent(f.severity(), s -> new long[2])[0]++);
        fixed.forEach(f -> bySeverity.computeIfAbsent(f.severity(), s -> new long[2])[1]++);
        for (Severity s : Severity.values()) {
            long[] n = bySeverity.getOrDefault(s, new long[2]);
            out.printf("%-9s %6d %6d%n", s.label(), n[0], n[1]);
        }
        if (list) {
            added.forEach(f -> out.printf("NEW   %-8s %s %s%n", f.severity().label(), VisibleText.line(f.checkId()),
                    VisibleText.line(f.resourceUid())));
            fixed.forEach(f -> out.printf("FIXED %-8s %s %s%n", f.severity().label(), VisibleText.line(f.checkId()),
                    VisibleText.line(f.resourceUid())));
        }
        return 0;
    }

    private static List<Finding> read(Path path) throws Exception {
        Path file = Files.isDirectory(path) ? path.resolve("findings.json") : path;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(VisibleText.line(file.toString()) + " does not exist (expected a findings.json written by vigil)");
        }
        return new FindingsJsonReader(new ObjectMapper()).read(file).findings();
    }

    private static Map<String, Finding> failing(List<Finding> findings) {
        Map<String, Finding> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.status() == Status.FAIL || f.status() == Status.MUTED) {
                out.put(f.fingerprint(), f);
            }
        }
        return out;
    }
}
