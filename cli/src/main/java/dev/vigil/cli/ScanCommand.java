package dev.vigil.cli;

import dev.vigil.cli.evaluate.EvaluationOptions;
import dev.vigil.collect.config.ConfigException;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.snapshot.SnapshotReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigil scan}: collect → evaluate → report in one run; the snapshot is kept in {@code OUT/snapshot}. */
@Command(name = "scan",
        description = "Collect, evaluate and report: the nightly job. The snapshot is kept in OUT/snapshot.")
public final class ScanCommand implements Callable<Integer> {

    @Mixin
    CollectCommand collect;

    @Mixin
    EvaluationOptions evaluation;

    @Override
    public Integer call() throws Exception {
        if ((collect.out == null) == (collect.resume == null)) {
            throw new ConfigException("give exactly one of --out DIR (new scan) or --resume DIR (finish an interrupted scan)");
        }
        Path out = collect.out != null ? collect.out : collect.resume;
        Path snapshotDir = out.resolve("snapshot");
        int collected = collect.collectInto(snapshotDir);
        if (collected != 0) {
            return collected;
        }
        evaluation.config = collect.config;
        SnapshotReader snapshot = SnapshotReader.open(snapshotDir);
        ScanResult result = evaluation.evaluate(List.of(snapshot));
        int code = evaluation.report(result, out);
        Path truth = snapshotDir.resolve("ground-truth.json");
        if (Files.exists(truth)) {
            System.out.println(GroundTruthCheck.compare(truth, result.findings()).summary());
        }
        return code;
    }
}
