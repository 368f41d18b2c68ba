package io.github.zouliucheng.walk.benchmarks;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.testing.SyntheticDatasets;
import io.github.zouliucheng.walk.model.json.WalkJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic year of walks to a JSON file and reads it back with the streaming reader,
 * printing times, file size and heap figures.
 *
 * <p>Usage: {@code JsonReadBenchmark [walks] [leaders] [units]}, defaults 1,000,000, 20,000 and
 * 1,000. The reader holds one record's tree at a time, never the file as one string: its peak heap
 * stays near the size of the dataset it builds, not the file's size in characters.
 */
public final class JsonReadBenchmark {
  private JsonReadBenchmark() {}

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws IOException {
    int walks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int leaders = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int units = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    Period year = Period.parse("2023");
    System.out.printf(
        Locale.ROOT, "%,d walks, %,d leaders, %,d units, %s; max heap %,d MiB, %d cores%n",
        walks, leaders, units, year, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

    Measure.Run<Dataset> generated = Measure.run(() -> SyntheticDatasets.dataset(walks, leaders, units, year, 20230331L));
    System.out.println(generated.describe("generate and validate"));
    Dataset dataset = generated.value;
    long findings = dataset.allFindings().count();
    Measure.settle();
    long generatedHeap = Measure.usedHeap();

    Path file = Files.createTempFile("walks-", ".json");
    try {
      Measure.Run<Path> written = Measure.run(() -> write(dataset, file));
      System.out.println(written.describe("write compact JSON"));
      long size = Files.size(file);
      System.out.printf(Locale.ROOT, "file: %,d MiB (%,d bytes per walk), %,d findings%n", size >> 20, size / walks, findings);

      Measure.Run<DatasetResult> read = Measure.run(() -> read(file));
      System.out.println(read.describe("read, validate and assemble"));
      DatasetResult result = read.value;
      Measure.settle();
      System.out.printf(
          Locale.ROOT,
          "retained: the generated dataset %,d MiB; with the dataset read from the file %,d MiB%n",
          generatedHeap >> 20, Measure.usedHeap() >> 20);
      if (result.dataset().walks().size() != walks || !result.isClean()) {
        throw new AssertionError("the dataset read back differs: " + result.rejections().size() + " rejections");
      }
      System.out.printf(
          Locale.ROOT,
          "read throughput: %,.0f walks/s; the file as one String would need %,d MiB on its own%n",
          walks / (read.nanos / 1e9), (size * 2) >> 20);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Path write(Dataset dataset, Path file) {
    try {
      WalkJson.writer().compact().write(dataset, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DatasetResult read(Path file) {
    try {
      return WalkJson.reader().read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
