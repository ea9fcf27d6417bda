package dev.vigil.cli.evaluate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.config.ConfigException;
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
import java.util.ArrayList;
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
        Path dir = policiesOverride != null ? policiesOverride
                : config.policies().dir() != null ? Path.of(config.policies().dir()) : null;
        PolicyLibrary library = PolicyLibrary.load(dir == null ? PolicyFiles.builtIn() : PolicyFiles.fromDirectory(dir));
        return config.policies().checks().isEmpty() ? library : library.onlyChecks(config.policies().checks());
    }

    public ScanResult evaluate(List<SnapshotReader> snapshots, Path baselineFile) throws IOException {
        List<Waiver> entries = new ArrayList<>();
        for (int i = 0; i < config.waivers().size(); i++) {
            EvaluationConfig.WaiverEntry w = config.waivers().get(i);
            try {
                entries.add(new Waiver(w.check(), w.resource(), w.account(), w.tags(), w.reason(), w.expiryDay(i)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException((configSource == null ? "" : configSource + ": ") + "waivers[" + i + "]: "
                        + e.getMessage().replaceFirst("^waivers\\[\\d+\\]\\.", ""));
            }
        }
        Waivers waivers = new Waivers(entries, LocalDate.now(ZoneOffset.UTC));
        for (Waiver w : waivers.expired()) {
            warn.accept("waiver for '" + w.check() + "'" + (w.resource() == null ? "" : " on " + w.resource())
                    + " expired on " + w.expires() + "; its findings are reported as FAIL again");
        }
        ObjectNode settings = config.policies().settings() == null
                ? JsonNodeFactory.instance.objectNode() : config.policies().settings();
        ScanResult result = new ScanEvaluator(library(), engines, new EvaluationSettings(settings, waivers, threads, timeLimits))
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
