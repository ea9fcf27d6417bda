package dev.vigil.cli.evaluate;

import dev.vigil.evaluate.PolicyEngineFactory;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import dev.vigil.report.ReportFormat;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ReportWriter;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.rego.engine.WasmBundle;
import dev.vigil.rego.engine.WasmPolicyEngine;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.text.VisibleText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that evaluates and reports shares ({@code scan}, {@code evaluate}). */
public final class EvaluationOptions {

    /** vigil.yaml, set by the command that owns the {@code --config} option. */
    public Path config;

    @Option(names = "--policies", description = "Policy directory to use instead of the built-in library.")
    Path policies;

    @Option(names = "--wasm-bundle", description = "Evaluate with an OPA Wasm bundle (opa build -t wasm) "
            + "instead of the Rego interpreter; its entrypoints must be the checks' deny documents.")
    Path wasmBundle;

    @Option(names = "--baseline", description = "findings.json of a previous run: marks NEW / UNCHANGED and lists FIXED.")
    Path baseline;

    @Option(names = "--fail-on", defaultValue = "high",
            description = "Exit 1 when a FAIL at or above this severity exists: critical, high, medium, low, info, none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--fail-on-gaps", description = "Exit 2 also when some API calls failed (gaps, UNKNOWN verdicts);"
            + " accounts not collected always exit 2.")
    boolean failOnGaps;

    @Option(names = "--threads", description = "Evaluation threads (default: available processors; 1 for debugging).")
    Integer threads;

    @Option(names = "--policy-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest one policy may take on one resource, e.g. 10s (default: vigil.yaml's "
                    + "policies.timeout, else 10s); past it: an ERROR finding naming both, and the run goes on.")
    Duration policyTimeout;

    @Option(names = "--evaluation-budget", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest the whole evaluation may take, e.g. 30m (default: vigil.yaml's policies.budget, "
                    + "else none); checks not judged by then are ERROR findings and the exit code is 2.")
    Duration evaluationBudget;

    @Option(names = "--format", split = ",", description = "Reports to write: json, sarif, csv, html (default: all).")
    List<String> formats;

    public ScanResult evaluate(List<SnapshotReader> snapshots) throws IOException {
        EvaluationConfig cfg = config == null ? EvaluationConfig.empty() : ConfigFile.evaluation(config);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new EvaluationPipeline(cfg, config, policies, n, engines(), msg -> System.err.println("warning: " + VisibleText.line(msg)),
                policyTimeout, evaluationBudget)
                .evaluate(snapshots, baseline);
    }

    /**
     * The interpreter (network and environment builtins refused, see ScanCapabilities), or the Wasm bundle read
     * once; either way the engine sees the scan's {@code data.vigil} (org tree, settings, time).
     */
    PolicyEngineFactory engines() {
        if (wasmBundle == null) {
            return InterpreterPolicyEngine::forScan;
        }
        WasmBundle bundle = WasmBundle.load(wasmBundle);
        return (modules, data) -> WasmPolicyEngine.forScan(bundle, data);
    }

    /** Writes the reports, prints a summary and returns the exit code. */
    public int report(ScanResult result, Path out) throws IOException {
        ReportOptions options = ReportOptions.defaults();
        if (formats != null && !formats.isEmpty()) {
            options = options.withFormats(ReportFormat.parseList(String.join(",", formats)));
        }
        List<Path> files = ReportWriter.writeAll(result, out, options);
        PrintStream o = System.out;
        long fail = result.findings().stream().filter(f -> f.status() == Status.FAIL).count();
        long pass = result.findings().stream().filter(f -> f.status() == Status.PASS).count();
        long muted = result.findings().stream().filter(f -> f.status() == Status.MUTED).count();
        long errors = result.findings().stream().filter(f -> f.status() == Status.ERROR).count();
        long unknown = result.findings().stream().filter(f -> f.status() == Status.UNKNOWN).count();
        o.printf("evaluated %d checks: %d FAIL, %d PASS, %d MUTED, %d ERROR, %d UNKNOWN; %d collection gaps%n",
                result.checks().size(), fail, pass, muted, errors, unknown, result.gaps().size());
        o.printf("waivers muted %d finding%s%n", muted, muted == 1 ? "" : "s");
        if (!result.fixed().isEmpty() || result.findings().stream().anyMatch(f -> f.delta() != null)) {
            long fresh = result.findings().stream().filter(f -> "NEW".equals(f.delta())).count();
            o.printf("against the baseline: %d NEW, %d FIXED%n", fresh, result.fixed().size());
        }
        o.println("reports: " + VisibleText.line(out.toAbsolutePath().toString()));
        for (Path f : files) {
            o.println("  " + VisibleText.line(out.relativize(f).toString()));
        }
        ScanCompleteness completeness = ScanCompleteness.of(result);
        // the lines name accounts and quote the clouds' error messages
        completeness.lines().stream().map(VisibleText::line).forEach(System.err::println);
        if (completeness.incomplete()) {
            System.err.println("exit code 2: the scan is incomplete; an account that was not collected is not a clean account");
            return 2;
        }
        if (failOnGaps && (unknown > 0 || !result.gaps().isEmpty())) {
            System.err.println("exit code 2: collection gaps (--fail-on-gaps)");
            return 2;
        }
        if (errors > 0) {
            System.err.println(errors + " policy evaluations failed (status ERROR in the reports), e.g. "
                    + result.findings().stream().filter(f -> f.status() == Status.ERROR).findFirst()
                            .map(f -> VisibleText.line(f.statusExtended())).orElse(""));
            return 2;
        }
        long over = FailThreshold.parse(failOn).failuresAtOrAbove(result.findings());
        if (over > 0) {
            o.printf("exit code 1: %d FAIL finding(s) at or above '%s' (--fail-on none to exit 0)%n", over, failOn);
            return 1;
        }
        return 0;
    }
}
