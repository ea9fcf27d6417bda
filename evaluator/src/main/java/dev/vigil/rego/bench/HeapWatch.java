package dev.vigil.rego.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap (sum of the heap pools' peaks since {@link #reset()}) and GC activity. */
final class HeapWatch {
  private long gcCount;
  private long gcMillis;

  void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    gcCount = totalGcCount();
    gcMillis = totalGcMillis();
  }

  long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Call while the measured data is still reachable: it collects garbage first. */
  String summary() {
    String gc = String.format("%d GCs, %d ms in GC", totalGcCount() - gcCount, totalGcMillis() - gcMillis);
    long peak = peakHeapBytes();
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return String.format("peak heap %.0f MiB, live after GC %.0f MiB, %s", peak / 1048576.0,
        live / 1048576.0, gc);
  }

  private static long totalGcCount() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  private static long totalGcMillis() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionTime());
    }
    return n;
  }
}
