package io.github.zouliucheng.walk.model.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a valid dataset document into hostile variants for fuzzing the reader: truncations, flipped
 * bytes, values of the wrong type, deep nesting, huge or over-precise numbers, lone surrogates,
 * invalid UTF-8, byte order marks, fields given twice, records removed or repeated, and periods too
 * long. Each mutant applies one to three {@link Kind kinds}, all drawn from one seed, so a mutant is
 * reproduced by its document and its seed.
 *
 * <p>The line-based kinds expect the writer's indented form: one field per line, {@code "name":
 * value} (see {@code WalkJson.toJson}); on other text they still apply, less precisely. No
 * QuickTheories here: the property test and the {@code ReaderFuzz} main share it.
 */
public final class JsonMutator {

  /** One way of breaking a document. */
  public enum Kind {
    /** Cuts the document at a random byte. */
    TRUNCATE,
    /** Flips one to three bits of random bytes. */
    FLIP_BITS,
    /** Replaces a scalar value with a value of another JSON type. */
    WRONG_TYPE,
    /** Replaces a value with arrays nested 10 to 5,000 deep, sometimes unclosed. */
    DEEP_NESTING,
    /** Replaces a value (an effect's, if there is one) with a huge, tiny, long or over-precise number. */
    HUGE_NUMBER,
    /** Puts an unpaired surrogate, as a JSON escape or as raw (CESU-8) bytes, into a string. */
    LONE_SURROGATE,
    /** Puts a byte order mark at the start or inside, or re-encodes as UTF-16 with one. */
    BOM,
    /** Repeats a field in its object with another value. */
    DUPLICATE_KEY,
    /** Removes a line: a field, a bracket, or an item. */
    DELETE_LINE,
    /** Repeats a line. */
    REPEAT_LINE,
    /** Replaces the period with one too long, reversed, or not a period. */
    BAD_PERIOD,
    /** Puts a control character, a NUL or an invalid escape into a string. */
    BAD_STRING
  }

  private static final Pattern FIELD = Pattern.compile("(?m)^(\\s*)\"([^\"]+)\": (.*?)(,?)$");
  private static final Pattern SCALAR =
      Pattern.compile("(?m)^(\\s*\"[^\"]+\": )(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null)(,?)$");
  private static final Pattern NUMBER =
      Pattern.compile("(?m)^(\\s*\"(?:before|after)\": )(-?[0-9][0-9.eE+-]*)(,?)$");
  private static final Pattern STRING =
      Pattern.compile("(?m)^(\\s*\"[^\"]+\": \")((?:[^\"\\\\]|\\\\.)*)(\",?)$");
  private static final Pattern PERIOD = Pattern.compile("\"period\": \"[^\"]*\"");

  private static final String[] OTHER_TYPES = {
    "1", "-0.5", "true", "false", "null", "[]", "{}", "\"\"", "\"x\"", "[1, \"a\"]", "{\"a\": 1}", "\"  \""
  };

  private static final String[] NUMBERS = {
    "1E+2147483647",
    "1e999999999",
    "1e2147483648",
    "-1e-2147483649",
    "1e-999999999",
    "0E-999999999",
    "0e+99999",
    "123456789012345678901234567890",
    "1" + "0".repeat(999),
    "1" + "0".repeat(1000),
    "0." + "1".repeat(2000),
    "1e12",
    "1000000000000.000001",
    "-1e12",
    "1.0000001",
    "0.000001",
    "1E+3",
    "NaN",
    "-Infinity",
    "01",
    "1.",
    "-",
    "1e",
    "0x10",
  };

  private static final String[] PERIODS = {
    "0001-01-01/9999-12-31",
    "2023-01-01/2028-01-01",
    "2023-01-01/2027-12-31",
    "2023-03-31/2023-01-01",
    "2023-02-29/2023-03-01",
    "10000",
    "2023-Q5",
    "-2023",
    "",
    "2023-01-01/2023-03-31\\ud800",
  };

  private static final String[] BAD_STRINGS = {
    "\u0001", "\\u0000", "\\x", "\\u12", "\t", "\\uDC00\\uD800", "\\ud83d\\ude00", "\u2028", "\\", "\n"
  };

  private JsonMutator() {}

  /** A mutant and the kinds of mutation applied to make it, in order. */
  public record Mutant(byte[] bytes, List<Kind> kinds) {}

  /** Returns a mutant of {@code document} (UTF-8), every choice drawn from {@code seed}. */
  public static Mutant mutant(byte[] document, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + (random.nextInt(4) == 0 ? random.nextInt(1, 3) : 0);
    byte[] out = document;
    List<Kind> kinds = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      kinds.add(kind);
      out = apply(kind, out, random);
    }
    return new Mutant(out, List.copyOf(kinds));
  }

  /** Returns the bytes of {@link #mutant(byte[], long)}. */
  public static byte[] mutate(byte[] document, long seed) {
    return mutant(document, seed).bytes();
  }

  /** Applies one {@code kind} of mutation to {@code document}. */
  public static byte[] apply(Kind kind, byte[] document, SplittableRandom random) {
    switch (kind) {
      case TRUNCATE:
        return Arrays.copyOf(document, document.length == 0 ? 0 : random.nextInt(document.length));
      case FLIP_BITS:
        {
          byte[] out = document.clone();
          for (int i = random.nextInt(1, 4); i > 0 && out.length > 0; i--) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
          }
          return out;
        }
      case BOM:
        return bom(document, random);
      case LONE_SURROGATE:
        if (random.nextBoolean()) {
          return insertIntoString(document, random, pick(random, "\\ud800", "\\udfff", "\\udbff\\udbff", "\\ude00\\ud83d"));
        }
        return rawSurrogate(document, random);
      default:
        String text = new String(document, StandardCharsets.UTF_8);
        return text(kind, text, random).getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String text(Kind kind, String text, SplittableRandom random) {
    switch (kind) {
      case WRONG_TYPE:
        return replaceValue(text, SCALAR, random, pick(random, OTHER_TYPES));
      case DEEP_NESTING:
        {
          int depth = pick(random, new int[] {10, 499, 500, 501, 600, 5000});
          String nested = "[".repeat(depth) + (random.nextInt(4) == 0 ? "" : "]".repeat(depth));
          return replaceValue(text, FIELD, random, nested);
        }
      case HUGE_NUMBER:
        {
          String number = pick(random, NUMBERS);
          String replaced = replaceValue(text, NUMBER, random, number);
          return replaced.equals(text) ? replaceValue(text, SCALAR, random, number) : replaced;
        }
      case DUPLICATE_KEY:
        return duplicateKey(text, random);
      case DELETE_LINE:
      case REPEAT_LINE:
        {
          String[] lines = text.split("\n", -1);
          if (lines.length < 2) {
            return text;
          }
          int at = random.nextInt(lines.length);
          List<String> out = new ArrayList<>(Arrays.asList(lines));
          if (kind == Kind.DELETE_LINE) {
            out.remove(at);
          } else {
            out.add(at, lines[at]);
          }
          return String.join("\n", out);
        }
      case BAD_PERIOD:
        {
          Matcher m = PERIOD.matcher(text);
          return m.find()
              ? text.substring(0, m.start()) + "\"period\": \"" + pick(random, PERIODS) + "\"" + text.substring(m.end())
              : text;
        }
      case BAD_STRING:
        return new String(insertIntoString(text.getBytes(StandardCharsets.UTF_8), random, pick(random, BAD_STRINGS)), StandardCharsets.UTF_8);
      default:
        throw new IllegalArgumentException("not a text mutation: " + kind);
    }
  }

  /** Replaces the value of a random match of {@code values} (groups: prefix, value, comma). */
  private static String replaceValue(String text, Pattern values, SplittableRandom random, String replacement) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = values.matcher(text);
    int group = values == FIELD ? 3 : 2;
    while (m.find()) {
      spans.add(new int[] {m.start(group), m.end(group)});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return text.substring(0, span[0]) + replacement + text.substring(span[1]);
  }

  /** Repeats a random field just before itself, with another value of its kind or the same one. */
  private static String duplicateKey(String text, SplittableRandom random) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = SCALAR.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end(1)});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    String key = text.substring(span[0], span[1]).strip();
    String value = random.nextBoolean() ? "\"dup\"" : "1";
    return text.substring(0, span[0]) + "\n" + key + value + "," + text.substring(span[0]);
  }

  /** Inserts {@code insert} (JSON text) at a random place inside a random string value. */
  private static byte[] insertIntoString(byte[] document, SplittableRandom random, String insert) {
    String text = new String(document, StandardCharsets.UTF_8);
    List<int[]> spans = new ArrayList<>();
    Matcher m = STRING.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(2), m.end(2)});
    }
    if (spans.isEmpty()) {
      return document;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    int at = span[0] + random.nextInt(span[1] - span[0] + 1);
    // never split a surrogate pair or an escape: insert at the value's start or end instead
    if (at > span[0] && at < span[1] && (Character.isLowSurrogate(text.charAt(at)) || text.charAt(at - 1) == '\\')) {
      at = span[1];
    }
    return (text.substring(0, at) + insert + text.substring(at)).getBytes(StandardCharsets.UTF_8);
  }

  /** Inserts the CESU-8 bytes of a lone surrogate (ill-formed UTF-8) into a random string value. */
  private static byte[] rawSurrogate(byte[] document, SplittableRandom random) {
    byte[] marker = "\u0000SURROGATE\u0000".getBytes(StandardCharsets.UTF_8);
    byte[] marked = insertIntoString(document, random, "\u0000SURROGATE\u0000");
    int at = indexOf(marked, marker);
    if (at < 0) {
      return document;
    }
    byte[] surrogate = random.nextBoolean() ? new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80} : new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF};
    ByteArrayOutputStream out = new ByteArrayOutputStream(marked.length);
    out.write(marked, 0, at);
    out.writeBytes(surrogate);
    out.write(marked, at + marker.length, marked.length - at - marker.length);
    return out.toByteArray();
  }

  private static byte[] bom(byte[] document, SplittableRandom random) {
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream out = new ByteArrayOutputStream(document.length * 2 + 4);
    switch (random.nextInt(4)) {
      case 0:
        out.writeBytes(utf8Bom);
        out.writeBytes(document);
        break;
      case 1:
        {
          int at = document.length == 0 ? 0 : random.nextInt(document.length);
          out.write(document, 0, at);
          out.writeBytes(utf8Bom);
          out.write(document, at, document.length - at);
          break;
        }
      case 2:
        out.writeBytes(("\uFEFF" + new String(document, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16BE));
        break;
      default:
        out.writeBytes(utf8Bom);
        out.writeBytes(utf8Bom);
        out.writeBytes(document);
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String pick(SplittableRandom random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static int pick(SplittableRandom random, int[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
