package io.github.zouliucheng.walk.examples;

import com.google.common.io.CountingInputStream;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.json.WalkJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@link BulletinCli} reads its dataset: the {@code --input} file, with progress on standard
 * error when it is large, or the bundled sample city.
 */
final class DatasetInput {
  /** Inputs at least this large get a progress line while they are read. */
  static final long PROGRESS_THRESHOLD = 8L << 20;

  private DatasetInput() {}

  /**
   * Reads the input, printing progress to {@code err} for files of {@code threshold} bytes or more:
   * on a {@code terminal}, one line rewritten with {@code "\r"} every second and ended with a line
   * feed; otherwise one plain line when reading starts and one when it ends.
   */
  static DatasetResult read(Optional<Path> input, PrintStream err, long threshold, boolean terminal) throws IOException {
    if (input.isEmpty()) {
      try (InputStream in = BulletinCli.class.getResourceAsStream(BulletinCli.SAMPLE_CITY)) {
        if (in == null) {
          throw new NoSuchFileException(BulletinCli.SAMPLE_CITY);
        }
        return WalkJson.reader().read(in);
      }
    }
    Path path = input.get();
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(path.toString());
    }
    long size = Files.size(path);
    try (CountingInputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16))) {
      if (size < threshold) {
        return WalkJson.reader().read(in);
      }
      if (!terminal) {
        err.printf(Locale.ROOT, "读取中 / reading: %d MiB%n", size >> 20);
        DatasetResult result = WalkJson.reader().read(in);
        err.printf(Locale.ROOT, "读取中 / reading: 100%% (%d MiB)%n", size >> 20);
        return result;
      }
      Progress progress = new Progress(in, size, err);
      progress.start();
      try {
        return WalkJson.reader().read(in);
      } finally {
        progress.finish();
      }
    }
  }

  /** Prints how much of a large input has been read, once a second, on one terminal line. */
  private static final class Progress extends Thread {
    private final CountingInputStream in;
    private final long size;
    private final PrintStream err;
    private volatile boolean done;

    Progress(CountingInputStream in, long size, PrintStream err) {
      super("walk-bulletin-progress");
      setDaemon(true);
      this.in = in;
      this.size = size;
      this.err = err;
    }

    @Override
    public void run() {
      while (!done) {
        err.printf(
            Locale.ROOT, "\r读取中 / reading: %3d%% (%d / %d MiB)", in.getCount() * 100 / size, in.getCount() >> 20, size >> 20);
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() {
      done = true;
      interrupt();
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      err.printf(Locale.ROOT, "\r读取中 / reading: 100%% (%d MiB)%n", size >> 20);
    }
  }
}
