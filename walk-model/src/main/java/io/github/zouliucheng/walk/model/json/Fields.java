package io.github.zouliucheng.walk.model.json;

import io.github.zouliucheng.walk.model.Coded;
import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.Rule;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object, collecting every problem instead of stopping at the first.
 * Getters of required fields return {@code null} after recording a problem; the caller builds the
 * value only if {@link #ok()}.
 */
final class Fields {
  private final JsonNode node;
  private final String pointer;
  private final String record;
  private final List<Problem> problems;
  private final boolean ignoreUnknown;
  private final Map<String, String> pool;
  /** The names of the fields read, known to the format; few, so a list is the fastest set. */
  private final List<String> read = new ArrayList<>(24);
  /** How many of the fields read are present in the object. */
  private int present;
  private final int problemsBefore;

  private Fields(
      JsonNode node,
      String pointer,
      String record,
      List<Problem> problems,
      boolean ignoreUnknown,
      Map<String, String> pool) {
    this.pool = pool;
    this.node = node;
    this.pointer = pointer;
    this.record = record;
    this.problems = problems;
    this.ignoreUnknown = ignoreUnknown;
    this.problemsBefore = problems.size();
  }

  /**
   * Returns the fields of {@code node}, or empty after recording a {@link Rule#WRONG_TYPE} problem
   * if it is not an object.
   */
  static Optional<Fields> of(
      JsonNode node,
      String pointer,
      String record,
      List<Problem> problems,
      boolean ignoreUnknown,
      Map<String, String> pool) {
    if (!node.isObject()) {
      problems.add(problem(pointer, record, Rule.WRONG_TYPE, node, "expected an object, found " + describe(node)));
      return Optional.empty();
    }
    return Optional.of(new Fields(node, pointer, record, problems, ignoreUnknown, pool));
  }

  String pointer() {
    return pointer;
  }

  String record() {
    return record;
  }

  /** Returns the pointer to {@code field}, a name of the format (which needs no escaping). */
  String at(String field) {
    return pointer + "/" + field;
  }

  /** Checks if no problem was recorded since these fields were opened. */
  boolean ok() {
    return problems.size() == problemsBefore;
  }

  boolean ignoresUnknown() {
    return ignoreUnknown;
  }

  /** Returns the pool of short strings shared by the records of one read. */
  Map<String, String> pool() {
    return pool;
  }

  /** Records a problem at {@code path}, a field or a path of fields below this object. */
  void problem(String path, Rule rule, @Nullable String value, String message) {
    Problem.Builder b = Problem.builder().location(pointer + "/" + path).recordId(record).rule(rule).message(message);
    if (value != null) {
      b.value(value);
    }
    problems.add(b.build());
  }

  private @Nullable JsonNode get(String field, boolean required) {
    read.add(field);
    JsonNode v = node.get(field);
    if (v != null) {
      present++;
    }
    if (v == null || v.isNull()) {
      if (required) {
        problems.add(
            Problem.builder()
                .location(at(field))
                .recordId(record)
                .rule(Rule.MISSING_FIELD)
                .message(field + " is required" + (v == null ? "" : "; null is not a value"))
                .build());
      } else if (v != null) {
        problems.add(problem(at(field), record, Rule.WRONG_TYPE, v, field + " must be left out when absent, not null"));
      }
      return null;
    }
    return v;
  }

  @Nullable String text(String field) {
    return text(field, true);
  }

  Optional<String> optionalText(String field) {
    return Optional.ofNullable(text(field, false));
  }

  private @Nullable String text(String field, boolean required) {
    JsonNode v = get(field, required);
    if (v == null) {
      return null;
    }
    if (!v.isString()) {
      problems.add(problem(at(field), record, Rule.WRONG_TYPE, v, field + " must be a string, found " + describe(v)));
      return null;
    }
    String text = v.stringValue();
    // identifiers and names repeat across records: one shared instance each saves memory and lets
    // lookups by identifier succeed on identity
    return text.length() <= SHARED_LENGTH ? pool.computeIfAbsent(text, t -> t) : text;
  }

  /** Strings up to this length are shared through the read's pool. */
  private static final int SHARED_LENGTH = 64;

  <E extends Enum<E> & Coded> @Nullable E code(String field, Class<E> type) {
    return code(field, type, true);
  }

  <E extends Enum<E> & Coded> Optional<E> optionalCode(String field, Class<E> type) {
    return Optional.ofNullable(code(field, type, false));
  }

  private <E extends Enum<E> & Coded> @Nullable E code(String field, Class<E> type, boolean required) {
    String code = text(field, required);
    return code == null ? null : code(at(field), field, code, type);
  }

  private <E extends Enum<E> & Coded> @Nullable E code(String location, String field, String code, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    problems.add(
        Problem.builder()
            .location(location)
            .recordId(record)
            .rule(Rule.UNKNOWN_CODE)
            .value(code)
            .message(
                String.format(
                    "%s \"%s\" is not a known code; expected one of %s",
                    field,
                    code,
                    Arrays.stream(type.getEnumConstants())
                        .map(Coded::code)
                        .collect(Collectors.joining(", "))))
            .build());
    return null;
  }

  /** Reads an array of codes; unknown codes and duplicates are problems. */
  <E extends Enum<E> & Coded> List<E> codes(String field, Class<E> type, boolean required) {
    List<E> out = new ArrayList<>();
    List<JsonNode> items = required ? nonEmptyArray(field) : array(field);
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String location = at(field) + "/" + i;
      if (!item.isString()) {
        problems.add(problem(location, record, Rule.WRONG_TYPE, item, field + " must hold strings, found " + describe(item)));
        continue;
      }
      E e = code(location, field, item.stringValue(), type);
      if (e != null && out.contains(e)) {
        problems.add(problem(location, record, Rule.INVALID_VALUE, item, field + " lists \"" + e.code() + "\" twice"));
      } else if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** Reads an array of strings. */
  List<String> texts(String field) {
    List<String> out = new ArrayList<>();
    List<JsonNode> items = array(field);
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (!item.isString()) {
        problems.add(
            problem(at(field) + "/" + i, record, Rule.WRONG_TYPE, item, field + " must hold strings, found " + describe(item)));
      } else {
        out.add(item.stringValue());
      }
    }
    return out;
  }

  /**
   * Parses an ISO {@code yyyy-MM-dd} date. The common shape is read directly, several times faster
   * than {@link LocalDate#parse}, which reads every other spelling and reports the errors.
   */
  static LocalDate parseDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(s);
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  @Nullable LocalDate date(String field) {
    return date(field, true);
  }

  Optional<LocalDate> optionalDate(String field) {
    return Optional.ofNullable(date(field, false));
  }

  private @Nullable LocalDate date(String field, boolean required) {
    String s = text(field, required);
    if (s == null) {
      return null;
    }
    try {
      return parseDate(s);
    } catch (DateTimeParseException e) {
      problem(field, Rule.INVALID_VALUE, s, field + " must be an ISO date such as 2023-01-31: \"" + s + "\"");
      return null;
    }
  }

  Optional<LocalTime> optionalTime(String field) {
    String s = text(field, false);
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(s));
    } catch (DateTimeParseException e) {
      problem(field, Rule.INVALID_VALUE, s, field + " must be an ISO time such as 09:30: \"" + s + "\"");
      return Optional.empty();
    }
  }

  @Nullable URI uri(String field) {
    String s = text(field, true);
    if (s == null) {
      return null;
    }
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      problem(field, Rule.INVALID_VALUE, s, field + " must be a URI: " + e.getMessage());
      return null;
    }
  }

  boolean bool(String field) {
    JsonNode v = get(field, false);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      problems.add(problem(at(field), record, Rule.WRONG_TYPE, v, field + " must be true or false, found " + describe(v)));
      return false;
    }
    return v.booleanValue();
  }

  @Nullable BigDecimal number(String field) {
    JsonNode v = get(field, true);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      problems.add(problem(at(field), record, Rule.WRONG_TYPE, v, field + " must be a number, found " + describe(v)));
      return null;
    }
    return v.decimalValue();
  }

  /** Returns the items of a required array field that must not be empty. */
  List<JsonNode> nonEmptyArray(String field) {
    List<JsonNode> items = array(field, true);
    if (items.isEmpty() && node.get(field) != null && node.get(field).isArray()) {
      problem(field, Rule.INVALID_VALUE, "[]", field + " must hold at least one item");
    }
    return items;
  }

  /** Returns the items of an optional array field; empty when absent or not an array (a problem). */
  List<JsonNode> array(String field) {
    return array(field, false);
  }

  private List<JsonNode> array(String field, boolean required) {
    JsonNode v = get(field, required);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      problems.add(problem(at(field), record, Rule.WRONG_TYPE, v, field + " must be an array, found " + describe(v)));
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>(v.size());
    v.values().forEach(items::add);
    return items;
  }

  /** Returns the fields of a required object field. */
  Optional<Fields> object(String field) {
    JsonNode v = get(field, true);
    return v == null ? Optional.empty() : of(v, at(field), record, problems, ignoreUnknown, pool);
  }

  /** Returns the fields of an optional object field. */
  Optional<Fields> optionalObject(String field) {
    JsonNode v = get(field, false);
    return v == null ? Optional.empty() : of(v, at(field), record, problems, ignoreUnknown, pool);
  }

  /** Returns the fields of the {@code i}th item of an array field. */
  Optional<Fields> item(String field, int i, JsonNode item) {
    return of(item, at(field) + "/" + i, record, problems, ignoreUnknown, pool);
  }

  /** Records every field that was not read, unless unknown fields are ignored. */
  void rejectUnknown() {
    if (ignoreUnknown || present == node.size()) {
      return;
    }
    for (String name : node.propertyNames()) {
      if (!read.contains(name)) {
        problem(
            escape(name),
            Rule.UNKNOWN_FIELD,
            name,
            String.format(
                "\"%s\" is not a field of this record; known fields: %s",
                name, read.stream().sorted().collect(Collectors.joining(", "))));
      }
    }
  }

  static Problem problem(String location, String record, Rule rule, JsonNode value, String message) {
    Problem.Builder b = Problem.builder().location(location).rule(rule).message(message).value(abbreviate(value));
    if (!record.isEmpty()) {
      b.recordId(record);
    }
    return b.build();
  }

  static String describe(JsonNode v) {
    return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + abbreviate(v);
  }

  static String abbreviate(JsonNode v) {
    String s = v.toString();
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /** Escapes a field name as a JSON pointer segment (RFC 6901). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
