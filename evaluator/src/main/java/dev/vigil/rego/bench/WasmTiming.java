package dev.vigil.rego.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.rego.engine.WasmBundle;
import dev.vigil.rego.engine.WasmPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Per-evaluation time of OPA's demo Wasm policy (shipped in the opa-java-wasm jar). */
public final class WasmTiming {
  static final String ENTRYPOINT = "opa/wasm/test/allowed";
  private static final String DATA = "{\"role\":{\"alice\":\"admin\",\"bob\":\"viewer\"}}";

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final PrintStream out;

  public WasmTiming(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    int evaluations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    new WasmTiming(System.out).run(evaluations, 1);
    new WasmTiming(System.out).run(evaluations, 2);
  }

  /** Runs {@code evaluations} per thread after a warm-up; returns mean CPU nanoseconds per evaluation. */
  public double run(int evaluations, int threads) throws Exception {
    long start = System.nanoTime();
    try (WasmPolicy policy = new WasmPolicy(demoBundle(), threads)) {
      long loaded = System.nanoTime();
      out.printf("wasm: demo policy instantiated in %.1f ms%n", (loaded - start) / 1e6);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        // Each instance has its own generated classes, so every one needs JIT warm-up.
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmUntil) {
          runOn(pool, policy, 5_000, threads, new long[1]);
        }
        long t0 = System.nanoTime();
        long[] cpuNanos = new long[1];
        long denied = runOn(pool, policy, evaluations, threads, cpuNanos);
        long elapsed = System.nanoTime() - t0;
        long total = (long) evaluations * threads;
        double perEval = (double) elapsed * threads / total;
        double cpuPerEval = (double) cpuNanos[0] / total;
        out.printf("wasm: %d threads, %d evaluations in %.1f ms: %.1f us/evaluation per thread wall, "
            + "%.1f us CPU per evaluation, %.0f evaluations/s wall (%d false)%n", threads, total,
            elapsed / 1e6, perEval / 1e3, cpuPerEval / 1e3, total / (elapsed / 1e9), denied);
        return cpuPerEval;
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static long runOn(ExecutorService pool, WasmPolicy policy, int evaluations, int threads,
      long[] cpuNanos) throws Exception {
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long falses = 0;
        for (int i = 0; i < evaluations; i++) {
          String input = (i & 1) == 0 ? "{\"user\":\"alice\"}" : "{\"user\":\"bob\"}";
          if (!policy.evaluate(ENTRYPOINT, input).asBoolean()) {
            falses++;
          }
        }
        return new long[] {falses, CPU.getCurrentThreadCpuTime() - cpuStart};
      }));
    }
    long falses = 0;
    for (Future<long[]> f : futures) {
      falses += f.get()[0];
      cpuNanos[0] += f.get()[1];
    }
    return falses;
  }

  static WasmBundle demoBundle() throws IOException {
    try (InputStream in = WasmTiming.class.getResourceAsStream("/demo-policy.wasm")) {
      if (in == null) {
        throw new IOException("demo-policy.wasm not on the classpath (opa-java-wasm jar)");
      }
      return new WasmBundle(in.readAllBytes(), new ObjectMapper().readTree(DATA), "demo-policy.wasm");
    }
  }
}
