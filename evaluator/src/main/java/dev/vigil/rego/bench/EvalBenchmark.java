package dev.vigil.rego.bench;

import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.rego.engine.PolicyEngine;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of the Rego interpreter on N synthetic resources x R deny rules (one package each),
 * on 1 and 2 threads, plus the per-evaluation time of a Wasm policy.
 *
 * <p>Usage: {@code EvalBenchmark [resources=100000] [rules=50] [threads=1,2] [wasmEvals=20000]}
 */
public final class EvalBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private final PrintStream out;

  public EvalBenchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    int resources = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rules = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    String threads = args.length > 2 ? args[2] : "1,2";
    int wasmEvals = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
    EvalBenchmark bench = new EvalBenchmark(System.out);
    for (String t : threads.split(",")) {
      bench.interpreter(resources, rules, Integer.parseInt(t.strip()));
    }
    if (wasmEvals > 0) {
      WasmTiming wasm = new WasmTiming(System.out);
      wasm.run(wasmEvals, 1);
      wasm.run(wasmEvals, 2);
    }
  }

  /** Returns resource x rule evaluations per second. */
  public double interpreter(int resources, int rules, int threads) throws Exception {
    HeapWatch heap = new HeapWatch();
    heap.reset();
    SyntheticWorkload workload = new SyntheticWorkload(resources, rules, 42);
    long t0 = System.nanoTime();
    try (InterpreterPolicyEngine engine = new InterpreterPolicyEngine(workload.modules, ObjectValue.EMPTY)) {
      engine.prepareAll(workload.entrypoints);
      long prepared = System.nanoTime();
      out.printf("interpreter: %d modules prepared in %.0f ms%n", rules, (prepared - t0) / 1e6);
      // Warm-up on a slice, so the JIT has compiled the evaluator before timing.
      evaluate(engine, workload, Math.min(resources, 5_000), threads, new long[1]);
      long start = System.nanoTime();
      long processCpuStart = processCpuNanos();
      long[] cpuNanos = new long[1];
      long violations = evaluate(engine, workload, resources, threads, cpuNanos);
      long elapsed = System.nanoTime() - start;
      long processCpu = processCpuNanos() - processCpuStart;
      if (violations != workload.expectedViolations) {
        throw new IllegalStateException("engine found " + violations + " violations, expected "
            + workload.expectedViolations);
      }
      long evaluations = (long) resources * rules;
      double perSecond = evaluations / (elapsed / 1e9);
      // CPU time of the evaluating threads: robust when the machine is shared with other work.
      double perCpuSecond = evaluations / (cpuNanos[0] / 1e9);
      out.printf("interpreter: %d threads, %d resources x %d rules = %d evaluations in %.2f s: "
          + "%.0f evaluations/s wall; %.0f per evaluating-thread CPU-second (%.2f CPU-s), "
          + "%.0f per process CPU-second incl. GC/JIT (%.2f CPU-s); %d violations; %s%n",
          threads, resources, rules, evaluations, elapsed / 1e9, perSecond, perCpuSecond,
          cpuNanos[0] / 1e9, evaluations / (processCpu / 1e9), processCpu / 1e9, violations,
          heap.summary());
      return perSecond;
    }
  }

  private static long evaluate(PolicyEngine engine, SyntheticWorkload workload, int resources,
      int threads, long[] cpuNanos) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int from = (int) ((long) resources * t / threads);
        int to = (int) ((long) resources * (t + 1) / threads);
        parts.add(pool.submit(() -> {
          long cpuStart = CPU.getCurrentThreadCpuTime();
          long found = evaluateSlice(engine, workload, from, to);
          return new long[] {found, CPU.getCurrentThreadCpuTime() - cpuStart};
        }));
      }
      long violations = 0;
      for (Future<long[]> part : parts) {
        violations += part.get()[0];
        cpuNanos[0] += part.get()[1];
      }
      return violations;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long evaluateSlice(PolicyEngine engine, SyntheticWorkload workload, int from, int to) {
    long violations = 0;
    for (int r = from; r < to; r++) {
      Value input = workload.inputs.get(r);
      for (String entrypoint : workload.entrypoints) {
        Value deny = engine.evaluate(entrypoint, input);
        if (deny instanceof SetValue set) {
          violations += set.size();
        }
      }
    }
    return violations;
  }
}
