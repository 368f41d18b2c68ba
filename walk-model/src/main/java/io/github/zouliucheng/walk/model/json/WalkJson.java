package io.github.zouliucheng.walk.model.json;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes datasets as JSON, the SDK's exchange format. The library owns the one Jackson
 * configuration; callers never configure Jackson.
 *
 * <h2>The format ({@value #FORMAT})</h2>
 *
 * One JSON object with the fields {@code format}, {@code period}, {@code roster} ({@code units},
 * {@code members}), {@code walks} (each holding its {@code findings}) and {@code findings} (from
 * sources other than walks). Field names are the model's accessor names; enum values are their
 * lowercase {@link io.github.zouliucheng.walk.model.Coded#code() codes}; dates are ISO {@code
 * yyyy-MM-dd}, times ISO {@code HH:mm[:ss]}; measured values are JSON numbers. On output, optional
 * fields are left out when absent, list fields are always present; on input, a missing list is an
 * empty one. The JSON Schema (draft 2020-12) is the class-path resource {@value #SCHEMA_RESOURCE}.
 *
 * <h2>Entry points</h2>
 *
 * <ul>
 *   <li>{@link #read(Path)} / {@link #fromJson(String)}: the dataset, or an {@link
 *       InvalidDatasetException} listing every problem;
 *   <li>{@link #reader()}: to keep the valid records of bad input, ignore unknown fields, or stop at
 *       the first problem;
 *   <li>{@link #write(Dataset, Path)} / {@link #toJson(Dataset)} and {@link #writer()}: canonical,
 *       deterministic output.
 * </ul>
 */
public final class WalkJson {

  /** The name and version of the format this library reads and writes. */
  public static final String FORMAT = "walk-dataset/1";

  /** The class-path location of the format's JSON Schema. */
  public static final String SCHEMA_RESOURCE =
      "/io/github/zouliucheng/walk/model/json/walk-dataset.schema.json";

  private WalkJson() {}

  /** Returns the default reader: unknown fields rejected, every problem collected. */
  public static DatasetReader reader() {
    return DatasetReader.defaults();
  }

  /** Returns the default writer: indented output. */
  public static DatasetWriter writer() {
    return DatasetWriter.defaults();
  }

  /**
   * Reads the dataset in the UTF-8 JSON file at {@code path}.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidDatasetException listing every problem, if any record is not valid or the JSON is
   *     malformed or beyond the reader's bounds (see {@link DatasetReader})
   * @throws NullPointerException if {@code path} is null
   */
  public static Dataset read(Path path) throws IOException {
    return reader().read(path).orElseThrow();
  }

  /**
   * Reads a dataset from JSON text.
   *
   * @throws InvalidDatasetException listing every problem, if any record is not valid or the JSON is
   *     malformed or beyond the reader's bounds (see {@link DatasetReader})
   * @throws NullPointerException if {@code json} is null
   */
  public static Dataset fromJson(String json) {
    try {
      return reader().read(new StringReader(json)).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * Writes {@code dataset} to the file at {@code path} as indented UTF-8 JSON.
   *
   * @throws IOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void write(Dataset dataset, Path path) throws IOException {
    writer().write(dataset, path);
  }

  /**
   * Returns {@code dataset} as indented JSON text.
   *
   * @throws NullPointerException if {@code dataset} is null
   */
  public static String toJson(Dataset dataset) {
    return writer().toJson(dataset);
  }

  /** Returns the location of the JSON Schema in this library's jar. */
  public static URL schema() {
    return Objects.requireNonNull(
        WalkJson.class.getResource(SCHEMA_RESOURCE), "the schema is missing from the jar");
  }
}
