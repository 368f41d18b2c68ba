package io.github.zouliucheng.walk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.function.Supplier;

/** Times a piece of work and records the peak heap while it ran. */
final class Measure {
  private Measure() {}

  /** The result of one measured run. */
  static final class Run<T> {
    final T value;
    final long nanos;
    final long peakHeapBytes;
    final long heapBeforeBytes;

    Run(T value, long nanos, long peakHeapBytes, long heapBeforeBytes) {
      this.value = value;
      this.nanos = nanos;
      this.peakHeapBytes = peakHeapBytes;
      this.heapBeforeBytes = heapBeforeBytes;
    }

    String describe(String what) {
      return String.format(
          Locale.ROOT,
          "%-34s %9.3f s   heap before %,7d MiB   peak %,7d MiB",
          what,
          nanos / 1e9,
          heapBeforeBytes >> 20,
          peakHeapBytes >> 20);
    }
  }

  static <T> Run<T> run(Supplier<T> work) {
    settle();
    long before = usedHeap();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    long start = System.nanoTime();
    T value = work.get();
    long nanos = System.nanoTime() - start;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return new Run<>(value, nanos, peak, before);
  }

  static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  static void settle() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }
}
