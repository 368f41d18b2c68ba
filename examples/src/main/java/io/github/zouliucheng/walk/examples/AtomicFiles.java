package io.github.zouliucheng.walk.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How {@link BulletinCli} writes its outputs: never in place, but each to a temporary file in its
 * own folder ({@code .NAME.RANDOM.tmp}), forced to disk, then moved over its name with an atomic
 * rename (a plain replacing move where the file system has none), none moved before all are
 * written.
 */
final class AtomicFiles {
  /** What goes into one output file, written to the stream it is given. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Returns {@code text} as content, in UTF-8. */
  static Content text(String text) {
    return out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(text);
      w.flush();
    };
  }

  /**
   * Creates and opens a new temporary output file for writing; in production a file created with
   * {@link StandardOpenOption#CREATE_NEW} whose stream forces its content to disk on close.
   */
  @FunctionalInterface
  interface Opener {
    OutputStream open(Path temp) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes each of {@code files} (path to content) through a temporary file in the same folder,
   * then moves them into place: none is moved before all are written; on failure the temporary files
   * left are deleted and the files in place are as they were, except those already moved.
   */
  static void writeAtomically(Map<Path, Content> files, Opener opener) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, Content> file : files.entrySet()) {
        Path target = file.getKey();
        Path temp =
            target.resolveSibling(
                "." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        temps.put(target, temp);
        try (OutputStream out = opener.open(temp)) {
          file.getValue().writeTo(out);
        }
      }
      for (Iterator<Map.Entry<Path, Path>> i = temps.entrySet().iterator(); i.hasNext(); ) {
        Map.Entry<Path, Path> move = i.next();
        try {
          Files.move(move.getValue(), move.getKey(), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(move.getValue(), move.getKey(), StandardCopyOption.REPLACE_EXISTING);
        }
        i.remove();
      }
    } finally {
      // also on an OutOfMemoryError or a RuntimeException: no temporary file stays behind
      for (Path temp : temps.values()) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the first failure is the one to report
        }
      }
    }
  }

  /** Creates {@code temp} and opens it; closing the stream forces its content to the disk. */
  static OutputStream openSynced(Path temp) throws IOException {
    FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    OutputStream stream = Channels.newOutputStream(channel);
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        stream.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        stream.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        try (stream) {
          channel.force(true);
        }
      }
    };
  }
}
