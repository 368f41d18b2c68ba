package io.github.zouliucheng.walk.model.json;

import java.util.Locale;
import static java.util.Objects.requireNonNull;

import io.github.zouliucheng.walk.model.DatasetAssembler;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.RecordKind;
import io.github.zouliucheng.walk.model.Rejection;
import io.github.zouliucheng.walk.model.Rule;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a dataset from its JSON form (see {@link WalkJson} for the format), validating it as a
 * whole and reporting every problem with its location, rule and value.
 *
 * <p>Reading streams: records are read one at a time, so a file of a million walks is never held
 * as one string or one tree. Two choices are made before reading:
 *
 * <ul>
 *   <li>{@link #ignoringUnknownFields()}: fields that are not part of the format are ignored instead
 *       of rejected ({@link Rule#UNKNOWN_FIELD}).
 *   <li>{@link #failingFast()}: the first problem found ends the read with an {@link
 *       InvalidDatasetException} holding that problem, instead of collecting every problem. A
 *       record's own fields are judged as it is read; the rules across records (duplicates,
 *       references, the period) once all records are read.
 * </ul>
 *
 * <p>By default every problem is collected and {@link #read(Path)} returns a {@link DatasetResult}:
 * the dataset of every valid record, the rejected records with their reasons, and warnings. {@link
 * DatasetResult#orElseThrow()} turns a result with rejections into an exception listing them all.
 * Two faults end any read at once, with an {@link InvalidDatasetException} listing every problem
 * found so far: malformed JSON (its location has line and column), and a missing or invalid period.
 *
 * <p>Hostile input is bounded. Each of these ends the read like malformed JSON, as a {@link
 * Rule#MALFORMED_JSON} problem with line and column, before anything large is built: arrays and
 * objects nested more than 500 deep, a number of more than 1,000 characters, a number whose
 * exponent does not fit a decimal ({@code 1e2147483648}), and bytes that are not valid in the
 * detected encoding. The model's own bounds are problems of the record holding the value ({@link
 * Rule#INVALID_VALUE}, the record left out): an effect's value beyond 10<sup>12</sup> or with more
 * than 6 decimals ({@link io.github.zouliucheng.walk.model.Effect}), a string that is not valid
 * Unicode (an unpaired surrogate, such as the escape {@code "\ud800"} alone), and a period
 * longer than {@value io.github.zouliucheng.walk.model.Period#MAX_YEARS} years (which ends the read,
 * as any invalid period does).
 *
 * <p>No read throws anything but the exceptions its Javadoc names: {@link IOException} only when the
 * source itself fails (a file that cannot be read, a stream or reader that throws), and {@link
 * InvalidDatasetException}; {@link NullPointerException} for a null argument.
 *
 * <p>Instances are immutable and thread-safe; each read is independent.
 */
public final class DatasetReader {
  private static final DatasetReader DEFAULT = new DatasetReader(false, false);

  private final boolean ignoreUnknownFields;
  private final boolean failFast;

  private DatasetReader(boolean ignoreUnknownFields, boolean failFast) {
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.failFast = failFast;
  }

  static DatasetReader defaults() {
    return DEFAULT;
  }

  /** Returns a reader like this one that ignores fields which are not part of the format. */
  public DatasetReader ignoringUnknownFields() {
    return new DatasetReader(true, failFast);
  }

  /** Returns a reader like this one that stops at the first problem with an exception. */
  public DatasetReader failingFast() {
    return new DatasetReader(ignoreUnknownFields, true);
  }

  /**
   * Reads the UTF-8 JSON file at {@code path}.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidDatasetException if the JSON is malformed or beyond the reader's bounds, the
   *     period is missing or invalid, or (when failing fast) on the first problem
   * @throws NullPointerException if {@code path} is null
   */
  public DatasetResult read(Path path) throws IOException {
    requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /**
   * Reads JSON from {@code in}, which is not closed. The encoding (UTF-8, UTF-16 or UTF-32) is
   * detected.
   *
   * @throws IOException if the stream cannot be read (it throws)
   * @throws InvalidDatasetException as for {@link #read(Path)}; bytes that are not valid in the
   *     detected encoding are malformed JSON
   * @throws NullPointerException if {@code in} is null
   */
  public DatasetResult read(InputStream in) throws IOException {
    requireNonNull(in, "in");
    return parse(Json.MAPPER.createParser(in));
  }

  /**
   * Reads JSON from {@code in}, which is not closed.
   *
   * @throws IOException if the reader fails (it throws)
   * @throws InvalidDatasetException as for {@link #read(Path)}
   * @throws NullPointerException if {@code in} is null
   */
  public DatasetResult read(Reader in) throws IOException {
    requireNonNull(in, "in");
    return parse(Json.MAPPER.createParser(in));
  }

  private DatasetResult parse(JsonParser parser) throws IOException {
    Run run = new Run(parser);
    try (parser) {
      run.document();
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharConversionException) {
        // the decoder of UTF-16 or UTF-32 input refused the bytes: the input is at fault, not the source
        throw run.fatal(
            malformed(parser, parser.currentLocation(), "not well-formed JSON: " + e.getCause().getMessage()));
      }
      throw e.getCause();
    } catch (StreamReadException e) {
      throw run.fatal(malformed(e));
    } catch (StreamConstraintsException e) {
      // nesting too deep, a number, a string or a name too long: Jackson stops before building it
      throw run.fatal(
          malformed(
              parser,
              e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
              "beyond the reader's limits: "
                  + e.getOriginalMessage().replaceAll(",? from `[^`]*`", "")));
    } catch (NumberFormatException e) {
      // an exponent beyond any BigDecimal (1e2147483648): refused by the parser's conversion
      throw run.fatal(malformed(parser, parser.currentTokenLocation(), outOfRange(parser, e)));
    } catch (DatabindException e) {
      // the one databind failure reading a tree can have: a field given twice in one object
      throw run.fatal(duplicateField(e));
    }
    if (run.period == null) {
      throw run.fatal(null);
    }
    run.assembler.period(run.period);
    DatasetResult result = run.assembler.assemble();
    if (failFast && !result.rejections().isEmpty()) {
      throw new InvalidDatasetException(List.of(result.errors().get(0)));
    }
    return result;
  }

  private static final java.util.regex.Pattern DUPLICATE =
      java.util.regex.Pattern.compile("Duplicate property \"(.*?)\"");

  private static Problem malformed(StreamReadException e) {
    // Jackson appends where the enclosing array or object started, with a redacted source; the
    // location is given separately
    return malformed(
        e, e.getOriginalMessage().replaceAll("\\s*\\(for \\w+ starting at \\[Source:.*$", ""));
  }

  private static Problem duplicateField(DatabindException e) {
    java.util.regex.Matcher name = DUPLICATE.matcher(e.getOriginalMessage());
    return malformed(
        e,
        name.find()
            ? "the field \"" + name.group(1) + "\" is given twice in one object"
            : e.getOriginalMessage());
  }

  /** Returns a {@link Rule#MALFORMED_JSON} problem located by the parser's path, line and column. */
  private static Problem malformed(JacksonException e, String message) {
    return malformed(
        e.processor() instanceof JsonParser ? (JsonParser) e.processor() : null,
        e.getLocation(),
        "not well-formed JSON: " + message);
  }

  /**
   * Returns a {@link Rule#MALFORMED_JSON} problem located by the path of {@code parser} (if any)
   * and {@code at}'s line and column (if known).
   */
  private static Problem malformed(
      @Nullable JsonParser parser, @Nullable TokenStreamLocation at, String message) {
    String where =
        at == null ? "" : String.format(Locale.ROOT, " line %d, column %d", at.getLineNr(), at.getColumnNr());
    String pointer = "";
    if (parser != null) {
      pointer = parser.streamReadContext().pathAsPointer().toString();
      pointer = pointer.isEmpty() ? "/" : pointer;
    }
    return Problem.builder()
        .location(pointer + where)
        .rule(Rule.MALFORMED_JSON)
        .message(message)
        .build();
  }

  /** Describes a number the parser could not convert, quoting it (shortened past 80 characters). */
  private static String outOfRange(JsonParser parser, NumberFormatException e) {
    JsonToken t = parser.currentToken();
    if (t == null || !t.isNumeric()) {
      return "a value cannot be converted: " + e.getMessage();
    }
    String text = parser.getString();
    text = text.length() <= 80 ? text : text.substring(0, 77) + "...";
    return "the number " + text + " is out of range: its exponent does not fit a decimal";
  }

  /** The state of one read. */
  private final class Run {
    final JsonParser p;
    final DatasetAssembler assembler = new DatasetAssembler();
    final List<Problem> problems = new ArrayList<>();
    final java.util.Map<String, String> pool = new java.util.HashMap<>();
    Period period;
    Problem periodProblem;

    Run(JsonParser p) {
      this.p = p;
    }

    void document() {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw fatal(Problem.of("/", Rule.MALFORMED_JSON, "the input is empty; expected a JSON object"));
      }
      if (t != JsonToken.START_OBJECT) {
        throw fatal(Problem.of("/", Rule.WRONG_TYPE, "a dataset is a JSON object, found " + t.asString()));
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!seen.add(name)) {
          throw fatal(Problem.of("/" + Fields.escape(name), Rule.MALFORMED_JSON, "not well-formed JSON: the field \"" + name + "\" is given twice"));
        }
        switch (name) {
          case "format":
            format(Json.MAPPER.readTree(p));
            break;
          case "period":
            period(Json.MAPPER.readTree(p));
            break;
          case "roster":
            roster();
            break;
          case "walks":
            records("/walks", RecordKind.WALK, this::walk);
            break;
          case "findings":
            records("/findings", RecordKind.FINDING, this::finding);
            break;
          default:
            unknown("/" + Fields.escape(name), name, "format, period, roster, walks, findings");
        }
      }
      if (p.nextToken() != null) {
        throw fatal(Problem.of("/", Rule.MALFORMED_JSON, "unexpected content after the dataset's closing brace"));
      }
    }

    private void format(JsonNode v) {
      if (!v.isString() || !WalkJson.FORMAT.equals(v.stringValue())) {
        datasetProblem(
            Fields.problem(
                "/format",
                "",
                Rule.INVALID_VALUE,
                v,
                "format must be \"" + WalkJson.FORMAT + "\", the only format this version reads"));
      }
    }

    private void period(JsonNode v) {
      if (period != null || periodProblem != null) {
        periodProblem = Fields.problem("/period", "", Rule.INVALID_VALUE, v, "period is given twice");
        period = null;
      } else if (!v.isString()) {
        periodProblem =
            Fields.problem(
                "/period",
                "",
                Rule.WRONG_TYPE,
                v,
                "period must be a string such as \"2023-Q1\", found " + Fields.describe(v));
      } else {
        try {
          period = Period.parse(v.stringValue());
        } catch (IllegalArgumentException e) {
          periodProblem = Fields.problem("/period", "", Rule.INVALID_VALUE, v, e.getMessage());
        }
      }
      if (periodProblem != null && failFast) {
        throw new InvalidDatasetException(List.of(periodProblem));
      }
    }

    private void roster() {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        wrongType("/roster", "an object with units and members");
        return;
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!seen.add(name)) {
          throw fatal(Problem.of("/roster/" + Fields.escape(name), Rule.MALFORMED_JSON, "not well-formed JSON: the field \"" + name + "\" is given twice"));
        }
        if (name.equals("units")) {
          records("/roster/units", RecordKind.UNIT, this::unit);
        } else if (name.equals("members")) {
          records("/roster/members", RecordKind.MEMBER, this::member);
        } else {
          unknown("/roster/" + Fields.escape(name), name, "units, members");
        }
      }
    }

    private void records(String pointer, RecordKind kind, BiConsumer<JsonNode, String> each) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        wrongType(pointer, "an array of " + kind.code() + " records");
        return;
      }
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        JsonNode node = Json.MAPPER.readTree(p);
        each.accept(node, pointer + "/" + i++);
      }
    }

    private void unit(JsonNode node, String location) {
      List<Problem> found = new ArrayList<>();
      fields(node, location, "unit", found)
          .flatMap(RecordReader::unit)
          .ifPresentOrElse(u -> assembler.addUnit(u, location), () -> reject(location, RecordKind.UNIT, node, found));
    }

    private void member(JsonNode node, String location) {
      List<Problem> found = new ArrayList<>();
      fields(node, location, "member", found)
          .flatMap(RecordReader::member)
          .ifPresentOrElse(
              m -> assembler.addMember(m, location), () -> reject(location, RecordKind.MEMBER, node, found));
    }

    private void walk(JsonNode node, String location) {
      List<Problem> found = new ArrayList<>();
      List<String> findingLocations = new ArrayList<>();
      fields(node, location, "walk", found)
          .flatMap(
              f ->
                  RecordReader.walk(
                      f,
                      (at, id, problems) -> reject(at, RecordKind.FINDING, id, problems),
                      findingLocations))
          .ifPresentOrElse(
              w -> assembler.addWalk(w, location, findingLocations),
              () -> reject(location, RecordKind.WALK, node, found));
    }

    private void finding(JsonNode node, String location) {
      List<Problem> found = new ArrayList<>();
      fields(node, location, "finding", found)
          .flatMap(RecordReader::finding)
          .ifPresentOrElse(
              f -> assembler.addFinding(f, location), () -> reject(location, RecordKind.FINDING, node, found));
    }

    private Optional<Fields> fields(JsonNode node, String location, String kind, List<Problem> found) {
      return Fields.of(node, location, RecordReader.recordOf(kind, node), found, ignoreUnknownFields, pool);
    }

    private void reject(String location, RecordKind kind, JsonNode node, List<Problem> found) {
      reject(location, kind, RecordReader.idOf(node), found);
    }

    private void reject(String location, RecordKind kind, Optional<String> id, List<Problem> found) {
      if (failFast) {
        throw new InvalidDatasetException(List.of(found.get(0)));
      }
      assembler.reject(
          Rejection.builder().location(location).kind(kind).id(id).addAllProblems(found).build());
    }

    private void wrongType(String pointer, String expected) {
      datasetProblem(
          Fields.problem(
              pointer, "", Rule.WRONG_TYPE, Json.MAPPER.readTree(p), pointer.substring(pointer.lastIndexOf('/') + 1) + " must be " + expected));
    }

    private void unknown(String pointer, String name, String known) {
      p.skipChildren();
      if (!ignoreUnknownFields) {
        datasetProblem(
            Problem.builder()
                .location(pointer)
                .rule(Rule.UNKNOWN_FIELD)
                .value(name)
                .message(String.format(Locale.ROOT, "\"%s\" is not a field of the dataset here; known fields: %s", name, known))
                .build());
      }
    }

    private void datasetProblem(Problem problem) {
      if (failFast) {
        throw new InvalidDatasetException(List.of(problem));
      }
      assembler.reject(
          Rejection.builder()
              .location(problem.location())
              .kind(RecordKind.DATASET)
              .addProblems(problem)
              .build());
    }

    /**
     * Returns the exception that ends the read: every problem found so far, the period's problem
     * first, then {@code last} if not null.
     */
    InvalidDatasetException fatal(Problem last) {
      List<Problem> all = new ArrayList<>();
      if (period == null && (periodProblem != null || last == null)) {
        all.add(
            periodProblem != null
                ? periodProblem
                : Problem.of(
                    "/period",
                    Rule.MISSING_FIELD,
                    "period is required: a year, quarter, month or range such as 2023-Q1"));
      } else if (period != null) {
        assembler.period(period);
      }
      try {
        all.addAll(assembler.assemble().errors());
      } catch (InvalidDatasetException e) {
        e.problems().stream().filter(pr -> !pr.location().equals("/period")).forEach(all::add);
      }
      if (last != null) {
        all.add(last);
      }
      return new InvalidDatasetException(all);
    }
  }
}
