package dev.vigil.rego.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.rego.engine.WasmBundle;
import dev.vigil.rego.engine.WasmPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Per-evaluation time of OPA's demo Wasm policy (shipped in the opa-java-wasm jar). */
public final class WasmTiming {
  static final String ENTRYPOINT = "opa/wasm/test/allowed";
  private static final String DATA = "{\"role\":{\"alice\":\"admin\",\"bob\":\"viewer\"}}";

  private final PrintStream out;

  public WasmTiming(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    int evaluations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    new WasmTiming(System.out).run(evaluations, 1);
    new WasmTiming(System.out).run(evaluations, 2);
  }

  /** Runs {@code evaluations} per thread after a warm-up; returns mean nanoseconds per evaluation. */
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
          runOn(pool, policy, 5_000, threads);
        }
        long t0 = System.nanoTime();
        long denied = runOn(pool, policy, evaluations, threads);
        long elapsed = System.nanoTime() - t0;
        long total = (long) evaluations * threads;
        double perEval = (double) elapsed * threads / total;
        out.printf("wasm: %d threads, %d evaluations in %.1f ms: %.1f us/evaluation per thread, "
            + "%.0f evaluations/s (%d false)%n", threads, total, elapsed / 1e6, perEval / 1e3,
            total / (elapsed / 1e9), denied);
        return perEval;
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static long runOn(ExecutorService pool, WasmPolicy policy, int evaluations, int threads)
      throws Exception {
    List<Future<Long>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        long falses = 0;
        for (int i = 0; i < evaluations; i++) {
          String input = (i & 1) == 0 ? "{\"user\":\"alice\"}" : "{\"user\":\"bob\"}";
          if (!policy.evaluate(ENTRYPOINT, input).asBoolean()) {
            falses++;
          }
        }
        return falses;
      }));
    }
    long falses = 0;
    for (Future<Long> f : futures) {
      falses += f.get();
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
