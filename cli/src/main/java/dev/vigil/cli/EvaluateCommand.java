package dev.vigil.cli;

import dev.vigil.cli.evaluate.EvaluationOptions;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil evaluate}: re-judges a snapshot offline and writes the reports. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a snapshot with the policy library (offline) and write the reports.")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--snapshot", required = true, arity = "1..*",
            description = "Snapshot directory written by 'vigil collect'; several (shards of one org) are judged as one scan.")
    List<Path> snapshots;

    @Option(names = "--out", required = true, description = "Directory for the reports.")
    Path out;

    @Option(names = "--config", description = "vigil.yaml (policies, settings, waivers).")
    Path config;

    @Mixin
    EvaluationOptions evaluation;

    @Override
    public Integer call() throws Exception {
        evaluation.config = config;
        List<SnapshotReader> readers = snapshots.stream().map(SnapshotReader::open).toList();
        ScanResult result = evaluation.evaluate(readers);
        return evaluation.report(result, out);
    }
}
