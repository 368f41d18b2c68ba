package io.github.zouliucheng.walk.benchmarks;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.testing.SyntheticDatasets;
import io.github.zouliucheng.walk.report.office.ledger.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the XLSX ledgers (台账) of a year of synthetic walks and prints the file's size, the time
 * the write took, the heap before it and the peak heap while it ran (heap memory pools), and the
 * collections it caused. The dataset and its analysis are in the heap throughout; the ledger's own
 * working memory is the peak less the heap before.
 *
 * <p>Usage: {@code LedgerBenchmark [walks] [leaders] [units] [directory]}, defaults 100,000, 2,000,
 * 100 and the temporary directory; the file is deleted afterwards.
 */
public final class LedgerBenchmark {
  private LedgerBenchmark() {}

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws IOException {
    int walks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int leaders = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int units = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Path directory = args.length > 3 ? Path.of(args[3]) : Path.of(System.getProperty("java.io.tmpdir"));
    long start = System.nanoTime();
    Dataset dataset = SyntheticDatasets.dataset(walks, leaders, units, Period.ofYear(2023), 20231231L);
    Analysis analysis = WalkAnalytics.analyze(dataset);
    System.out.printf(
        Locale.ROOT,
        "ledger of %,d walks, %,d findings, %,d leaders, %,d units, %s, %,d flags (generated and analysed in %.1f s); max heap %,d MiB, %d cores%n",
        dataset.walks().size(), dataset.allFindings().count(), leaders, units, dataset.period(), analysis.flags().size(),
        (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    Path file = directory.resolve("ledger-benchmark-" + walks + ".xlsx");
    long collections = collections();
    long collectionMillis = collectionMillis();
    Measure.Run<Long> run =
        Measure.run(
            () -> {
              try {
                Ledger.of(dataset, analysis).write(file);
                return Files.size(file);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    System.out.println(run.describe("write ledger"));
    System.out.printf(
        Locale.ROOT,
        "file %,.1f MiB; ledger working memory (peak less before) %,d MiB; %,d collections, %,d ms%n",
        run.value / (1024.0 * 1024.0), (run.peakHeapBytes - run.heapBeforeBytes) >> 20,
        collections() - collections, collectionMillis() - collectionMillis);
    Files.deleteIfExists(file);
  }

  private static long collections() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  private static long collectionMillis() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionTime());
    }
    return n;
  }
}
