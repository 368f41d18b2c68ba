package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableSetMultimap;
import io.github.zouliucheng.walk.model.Coded;
import io.github.zouliucheng.walk.model.FindingCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a {@link Policy} as JSON. Every field is optional and takes its {@linkplain
 * Policy#defaults() default} when left out, so a policy file says only what it changes:
 *
 * <pre>{@code
 * {
 *   "conflictWindowDays": 2,
 *   "trivialPhrases": ["卫生清扫不够彻底", "灭火器摆放不规范", "桌椅摆放不整齐"],
 *   "weights": {"participation": 30, "rectification": 30}
 * }
 * }</pre>
 *
 * Fields: {@code conflictWindowDays} (integer), {@code trivialCategories} (category codes), {@code
 * trivialPhrases} (strings), {@code effectKeywords} (object from category code to strings; replaces
 * the default words of the categories it names), {@code weights} (object from component code to a
 * non-negative number; replaces the default weight of the components it names). Unknown fields and
 * codes are errors; all problems are reported together in an {@link InvalidPolicyException}.
 */
public final class PolicyJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private static final ObjectWriter PRETTY =
      MAPPER
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withArrayEmptySeparator("")
                          .withObjectEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final Set<String> FIELDS =
      Set.of("conflictWindowDays", "trivialCategories", "trivialPhrases", "effectKeywords", "weights");

  private PolicyJson() {}

  /**
   * Reads a policy from the UTF-8 JSON file at {@code path}.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidPolicyException listing every problem
   */
  public static Policy read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /**
   * Reads a policy from {@code in}, which is not closed.
   *
   * @throws IOException if the stream fails
   * @throws InvalidPolicyException listing every problem
   */
  public static Policy read(InputStream in) throws IOException {
    return fromTree(tree(() -> MAPPER.readTree(in)));
  }

  /**
   * Reads a policy from {@code in}, which is not closed.
   *
   * @throws IOException if the reader fails
   * @throws InvalidPolicyException listing every problem
   */
  public static Policy read(Reader in) throws IOException {
    return fromTree(tree(() -> MAPPER.readTree(in)));
  }

  /**
   * Reads a policy from JSON text.
   *
   * @throws InvalidPolicyException listing every problem
   */
  public static Policy fromJson(String json) {
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /** Returns {@code policy} as indented JSON with every field, in a fixed order. */
  public static String toJson(Policy policy) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = PRETTY.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberProperty("conflictWindowDays", policy.conflictWindowDays());
      g.writeName("trivialCategories");
      g.writeStartArray();
      policy.trivialCategories().stream().sorted().forEach(c -> g.writeString(c.code()));
      g.writeEndArray();
      g.writeName("trivialPhrases");
      g.writeStartArray();
      policy.trivialPhrases().forEach(g::writeString);
      g.writeEndArray();
      g.writeName("effectKeywords");
      g.writeStartObject();
      for (FindingCategory c : FindingCategory.values()) {
        if (policy.effectKeywords().containsKey(c)) {
          g.writeName(c.code());
          g.writeStartArray();
          policy.effectKeywords().get(c).forEach(g::writeString);
          g.writeEndArray();
        }
      }
      g.writeEndObject();
      g.writeName("weights");
      g.writeStartObject();
      for (ScoreComponent c : ScoreComponent.values()) {
        if (policy.weights().containsKey(c)) {
          g.writeName(c.code());
          g.writeNumber(policy.weights().get(c));
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    return out.toString();
  }

  private interface TreeSource {
    JsonNode read() throws JacksonException;
  }

  private static JsonNode tree(TreeSource source) throws IOException {
    try {
      return source.read();
    } catch (tools.jackson.core.exc.JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw new InvalidPolicyException(List.of("/: not well-formed JSON: " + e.getOriginalMessage()));
    }
  }

  private static Policy fromTree(JsonNode root) {
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InvalidPolicyException(List.of("/: a policy is a JSON object"));
    }
    for (String name : root.propertyNames()) {
      if (!FIELDS.contains(name)) {
        problems.add("/" + name + ": not a field of a policy; known fields: " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
      }
    }
    Policy d = Policy.defaults();
    int window = d.conflictWindowDays();
    JsonNode w = root.get("conflictWindowDays");
    if (w != null) {
      if (w.isIntegralNumber() && w.canConvertToInt()) {
        window = w.intValue();
      } else {
        problems.add("/conflictWindowDays: must be a whole number of days, found " + w);
      }
    }
    Set<FindingCategory> categories = new LinkedHashSet<>(d.trivialCategories());
    JsonNode tc = root.get("trivialCategories");
    if (tc != null) {
      categories.clear();
      strings(tc, "/trivialCategories", problems)
          .forEach((i, s) -> code(FindingCategory.class, s, "/trivialCategories/" + i, problems).ifPresent(categories::add));
    }
    List<String> phrases = new ArrayList<>(d.trivialPhrases());
    JsonNode tp = root.get("trivialPhrases");
    if (tp != null) {
      phrases.clear();
      phrases.addAll(strings(tp, "/trivialPhrases", problems).values());
    }
    ImmutableSetMultimap.Builder<FindingCategory, String> keywords = ImmutableSetMultimap.builder();
    Map<FindingCategory, List<String>> replaced = new EnumMap<>(FindingCategory.class);
    JsonNode ek = root.get("effectKeywords");
    if (ek != null) {
      if (!ek.isObject()) {
        problems.add("/effectKeywords: must be an object from category code to words, found " + ek);
      } else {
        for (String name : ek.propertyNames()) {
          Optional<FindingCategory> c = code(FindingCategory.class, name, "/effectKeywords/" + name, problems);
          List<String> words = new ArrayList<>(strings(ek.get(name), "/effectKeywords/" + name, problems).values());
          c.ifPresent(category -> replaced.put(category, words));
        }
      }
    }
    for (FindingCategory c : FindingCategory.values()) {
      keywords.putAll(c, replaced.containsKey(c) ? replaced.get(c) : d.effectKeywords().get(c));
    }
    Map<ScoreComponent, BigDecimal> weights = new EnumMap<>(d.weights());
    JsonNode wn = root.get("weights");
    if (wn != null) {
      if (!wn.isObject()) {
        problems.add("/weights: must be an object from component code to a number, found " + wn);
      } else {
        for (String name : wn.propertyNames()) {
          Optional<ScoreComponent> c = code(ScoreComponent.class, name, "/weights/" + name, problems);
          JsonNode v = wn.get(name);
          if (!v.isNumber()) {
            problems.add("/weights/" + name + ": must be a number, found " + v);
          } else if (v.decimalValue().signum() < 0) {
            problems.add("/weights/" + name + ": must not be negative: " + v);
          } else {
            c.ifPresent(component -> weights.put(component, v.decimalValue()));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems);
    }
    try {
      return Policy.builder()
          .conflictWindowDays(window)
          .addAllTrivialCategories(categories)
          .addAllTrivialPhrases(phrases)
          .putAllEffectKeywords(keywords.build())
          .putAllWeights(weights)
          .build();
    } catch (IllegalStateException e) {
      throw new InvalidPolicyException(List.of("/: " + e.getMessage()));
    }
  }

  private static Map<Integer, String> strings(JsonNode array, String pointer, List<String> problems) {
    Map<Integer, String> out = new java.util.LinkedHashMap<>();
    if (!array.isArray()) {
      problems.add(pointer + ": must be an array of strings, found " + array);
      return out;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (item.isString()) {
        out.put(i, item.stringValue());
      } else {
        problems.add(pointer + "/" + i + ": must be a string, found " + item);
      }
    }
    return out;
  }

  private static <E extends Enum<E> & Coded> Optional<E> code(Class<E> type, String code, String pointer, List<String> problems) {
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return Optional.of(e);
      }
    }
    List<String> codes = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      codes.add(e.code());
    }
    problems.add(pointer + ": unknown code \"" + code + "\"; expected one of " + String.join(", ", codes));
    return Optional.empty();
  }
}
