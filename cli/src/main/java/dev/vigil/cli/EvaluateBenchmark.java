package dev.vigil.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vigil.evaluate.EvaluationSettings;
import dev.vigil.evaluate.PolicyFiles;
import dev.vigil.evaluate.PolicyLibrary;
import dev.vigil.evaluate.ScanEvaluator;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Waivers;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.snapshot.SnapshotReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * {@code vigil bench evaluate}: times the evaluate stage (built-in library, interpreter) on a snapshot,
 * on one thread and on every core, and reports findings per second and peak heap.
 */
final class EvaluateBenchmark {
    private final PrintStream out;

    EvaluateBenchmark(PrintStream out) {
        this.out = out;
    }

    void run(Path snapshotDir, int rounds) {
        PolicyLibrary library = PolicyLibrary.load(PolicyFiles.builtIn());
        SnapshotReader snapshot = SnapshotReader.open(snapshotDir);
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("snapshot %s: %d targets; library: %d checks%n", snapshotDir,
                snapshot.manifest().targets().size(), library.checks().size());
        measure(library, snapshot, 1, 1);
        try (HeapAfterGc afterGc = new HeapAfterGc()) {
            for (int threads : new int[] {1, cores}) {
                resetPeaks();
                afterGc.reset();
                long best = Long.MAX_VALUE;
                String counts = "";
                long findings = 0;
                long liveWithResult = 0;
                long liveWithoutResult = 0;
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    ScanResult result = measure(library, snapshot, threads, i);
                    best = Math.min(best, System.nanoTime() - start);
                    counts = counts(result);
                    findings = result.findings().size();
                    liveWithResult = liveHeap();
                    result = null; // what the findings hold is the difference; and no round runs beside the last
                    liveWithoutResult = liveHeap();
                }
                double seconds = best / 1e9;
                long held = liveWithResult - liveWithoutResult;
                out.printf("threads %d: %s in %.2f s; peak heap %d MiB, most after a GC %d MiB (max heap %d MiB); "
                                + "the result holds %d MiB (%d bytes a finding)%n",
                        threads, counts, seconds, peakHeapMiB(), afterGc.maxBytes() >> 20,
                        Runtime.getRuntime().maxMemory() >> 20, held >> 20, held / Math.max(1, findings));
            }
        }
    }

    /** Accounts, findings and resources judged: what one round produced. */
    private static String counts(ScanResult result) {
        long accounts = result.findings().stream().map(f -> f.provider() + "/" + f.accountUid()).distinct().count();
        long resources = result.findings().stream().map(f -> f.resourceUid() + f.resourceType()).distinct().count();
        return String.format("%d accounts, %d findings (%d resources judged)", accounts, result.findings().size(),
                resources);
    }

    private static ScanResult measure(PolicyLibrary library, SnapshotReader snapshot, int threads, int round) {
        return new ScanEvaluator(library, InterpreterPolicyEngine::new,
                new EvaluationSettings(JsonNodeFactory.instance.objectNode(), Waivers.none(), threads))
                .evaluate(snapshot);
    }

    /** Heap in use after a full collection: what is reachable now. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
