package io.github.zouliucheng.walk.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hand-labelled corpus {@code trivial-corpus.tsv} (labelling guide: {@code trivial-corpus.md}),
 * read from the test class path: header {@code id label lookalike description}, tab-separated.
 */
final class TrivialCorpus {
  static final String RESOURCE = "trivial-corpus.tsv";
  static final String HEADER = "id\tlabel\tlookalike\tdescription";

  /** One labelled description. */
  record Row(String id, boolean trivial, boolean lookalike, String description) {}

  private TrivialCorpus() {}

  /**
   * Returns the rows in file order.
   *
   * @throws IllegalStateException if the file is missing or a line is malformed
   */
  static List<Row> rows() {
    return rows(RESOURCE);
  }

  /**
   * Returns the rows of {@code resource}, another file in the same format, in file order.
   *
   * @throws IllegalStateException if the file is missing or a line is malformed
   */
  static List<Row> rows(String resource) {
    InputStream in = TrivialCorpus.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the test class path");
    }
    List<Row> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (!HEADER.equals(header)) {
        throw new IllegalStateException(resource + " has another header: " + header);
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4
            || !List.of("trivial", "substantive").contains(f[1])
            || !List.of("yes", "no").contains(f[2])) {
          throw new IllegalStateException(resource + " has a malformed line: " + line);
        }
        out.add(new Row(f[0], f[1].equals("trivial"), f[2].equals("yes"), Objects.requireNonNull(f[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
