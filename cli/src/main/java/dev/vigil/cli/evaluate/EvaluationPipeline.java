package dev.vigil.cli.evaluate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.evaluate.Baseline;
import dev.vigil.evaluate.EvaluationSettings;
import dev.vigil.evaluate.PolicyEngineFactory;
import dev.vigil.evaluate.PolicyFiles;
import dev.vigil.evaluate.PolicyLibrary;
import dev.vigil.evaluate.ScanEvaluator;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.TimeLimits;
import dev.vigil.evaluate.Waiver;
import dev.vigil.evaluate.Waivers;
import dev.vigil.report.json.FindingsJsonReader;
import dev.vigil.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/** evaluate → (baseline) : the part of a scan that runs offline on a snapshot. */
public final class EvaluationPipeline {
    private final EvaluationConfig config;
    private final Path policiesOverride;
    private final int threads;
    private final PolicyEngineFactory engines;
    private final Consumer<String> warn;
    private final Path configSource;
    private final TimeLimits timeLimits;
    private PolicyLibrary loaded;

    public EvaluationPipeline(EvaluationConfig config, Path configSource, Path policiesOverride, int threads,
                              PolicyEngineFactory engines, Consumer<String> warn) {
        this(config, configSource, policiesOverride, threads, engines, warn, null, null);
    }

    /** @param policyTimeout, evaluationBudget from the command line; null: vigil.yaml's, else the defaults */
    public EvaluationPipeline(EvaluationConfig config, Path configSource, Path policiesOverride, int threads,
                              PolicyEngineFactory engines, Consumer<String> warn, Duration policyTimeout,
                              Duration evaluationBudget) {
        this.timeLimits = new TimeLimits(policyTimeout != null ? policyTimeout : config.policies().timeout(),
                evaluationBudget != null ? evaluationBudget : config.policies().budget());
        this.configSource = configSource;
        this.config = config;
        this.policiesOverride = policiesOverride;
        this.threads = threads;
        this.engines = engines;
        this.warn = warn;
    }

    public PolicyLibrary library() {
        return selected(wholeLibrary());
    }

    /** Loaded once per pipeline: parsing and checking the library is a fixed cost of every evaluation. */
    private synchronized PolicyLibrary wholeLibrary() {
        if (loaded == null) {
            loaded = loadLibrary();
        }
        return loaded;
    }

    private PolicyLibrary loadLibrary() {
        Path dir = policiesOverride != null ? policiesOverride
                : config.policies().dir() != null ? Path.of(config.policies().dir()) : null;
        return PolicyLibrary.load(dir == null ? PolicyFiles.builtIn() : PolicyFiles.fromDirectory(dir));
    }

    private PolicyLibrary selected(PolicyLibrary library) {
        return config.policies().checks().isEmpty() ? library : library.onlyChecks(config.policies().checks());
    }

    public ScanResult evaluate(List<SnapshotReader> snapshots, Path baselineFile) throws IOException {
        PolicyLibrary whole = wholeLibrary();
        PolicyLibrary library = selected(whole);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Waivers waivers = new Waivers(new WaiverRules(whole, today, config.policies().waiverMaxDays(),
                configSource).check(config.waivers()), today);
        for (Waiver w : waivers.expired()) {
            warn.accept("waiver for '" + w.check() + "'" + (w.resource() == null ? "" : " on " + w.resource())
                    + " expired on " + w.expires() + "; its findings are reported as FAIL again");
        }
        ObjectNode settings = config.policies().settings().toData();
        ScanResult result = new ScanEvaluator(library, engines, new EvaluationSettings(settings, waivers, threads, timeLimits))
                .evaluate(snapshots);
        if (baselineFile == null) {
            return result;
        }
        ScanResult previous = new FindingsJsonReader(new com.fasterxml.jackson.databind.ObjectMapper()).read(baselineFile);
        Baseline baseline = new Baseline(previous.findings());
        List<ScanResult.FixedFinding> fixed = baseline.fixed(result.findings());
        return result.withFindings(baseline.mark(result.findings()), fixed);
    }
}
