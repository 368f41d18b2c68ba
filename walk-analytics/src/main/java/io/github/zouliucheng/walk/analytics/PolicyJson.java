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
 *   "trivialLexicon": {"phrases": ["桌椅摆放不整齐"], "objects": ["门帘"]},
 *   "weights": {"participation": 30, "rectification": 30}
 * }
 * }</pre>
 *
 * Fields: {@code conflictWindowDays} (integer); {@code workCalendar} ({@code "china"}, {@code
 * "weekends_only"}, or an object with {@code holidays} and {@code adjustedWorkingDays}, arrays of
 * {@code yyyy-MM-dd} days, and {@code coveredYears}, an array of years: the whole calendar);
 * {@code clusterMinAvoidablePairs} (integer); {@code clusterMinRatioToChance} (number); {@code
 * trivialCategories} (category codes); {@code trivialLexicon} (an object with any of the lists
 * {@code phrases}, {@code objects}, {@code fixtures}, {@code deficiencies}, {@code blemishes},
 * {@code failures}, {@code exclusions}, {@code masks}, {@code assurances}, {@code leadIns}, each an
 * array of strings, and {@code
 * "extend"}: {@code true}, the default, adds the entries to the default lexicon's lists; {@code
 * false} replaces the lists it names); {@code unitJudgmentMinWalks} (integer); {@code
 * onlySimpleMaxComplexShare} (number from 0 to 1); {@code effectKeywords} (object from category
 * code to strings; replaces the default words of the categories it names); {@code weights} (object
 * from component code to a non-negative number; replaces the default weight of the components it
 * names). {@link #toJson} writes every field, the lexicon and calendar whole with {@code "extend":
 * false}. Unknown fields and
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
      Set.of(
          "conflictWindowDays",
          "workCalendar",
          "clusterMinAvoidablePairs",
          "clusterMinRatioToChance",
          "trivialCategories",
          "trivialLexicon",
          "unitJudgmentMinWalks",
          "onlySimpleMaxComplexShare",
          "effectKeywords",
          "weights");

  /** The lists of a {@link TrivialLexicon}, in lexicon order. */
  private static final List<String> LEXICON_LISTS =
      List.of(
          "phrases", "objects", "fixtures", "deficiencies", "blemishes", "failures", "exclusions", "masks", "assurances",
          "leadIns");

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
      g.writeName("workCalendar");
      g.writeStartObject();
      writeDays(g, "holidays", policy.workCalendar().holidays());
      writeDays(g, "adjustedWorkingDays", policy.workCalendar().adjustedWorkingDays());
      g.writeName("coveredYears");
      g.writeStartArray();
      policy.workCalendar().coveredYears().forEach(g::writeNumber);
      g.writeEndArray();
      g.writeEndObject();
      g.writeNumberProperty("clusterMinAvoidablePairs", policy.clusterMinAvoidablePairs());
      g.writeName("clusterMinRatioToChance");
      g.writeNumber(policy.clusterMinRatioToChance());
      g.writeName("trivialCategories");
      g.writeStartArray();
      policy.trivialCategories().stream().sorted().forEach(c -> g.writeString(c.code()));
      g.writeEndArray();
      g.writeName("trivialLexicon");
      g.writeStartObject();
      g.writeBooleanProperty("extend", false);
      TrivialLexicon lexicon = policy.trivialLexicon();
      for (String list : LEXICON_LISTS) {
        g.writeName(list);
        g.writeStartArray();
        lexiconList(lexicon, list).forEach(g::writeString);
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeNumberProperty("unitJudgmentMinWalks", policy.unitJudgmentMinWalks());
      g.writeName("onlySimpleMaxComplexShare");
      g.writeNumber(policy.onlySimpleMaxComplexShare());
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
    int window = wholeNumber(root, "conflictWindowDays", "days", d.conflictWindowDays(), problems);
    Set<FindingCategory> categories = new LinkedHashSet<>(d.trivialCategories());
    JsonNode tc = root.get("trivialCategories");
    if (tc != null) {
      categories.clear();
      strings(tc, "/trivialCategories", problems)
          .forEach((i, s) -> code(FindingCategory.class, s, "/trivialCategories/" + i, problems).ifPresent(categories::add));
    }
    WorkCalendar calendar = d.workCalendar();
    JsonNode wc = root.get("workCalendar");
    if (wc != null) {
      calendar = calendar(wc, problems).orElse(calendar);
    }
    int minAvoidable = wholeNumber(root, "clusterMinAvoidablePairs", "pairs", d.clusterMinAvoidablePairs(), problems);
    BigDecimal ratioToChance = number(root, "clusterMinRatioToChance", d.clusterMinRatioToChance(), problems);
    int minWalks = wholeNumber(root, "unitJudgmentMinWalks", "walks", d.unitJudgmentMinWalks(), problems);
    BigDecimal simpleShare = number(root, "onlySimpleMaxComplexShare", d.onlySimpleMaxComplexShare(), problems);
    TrivialLexicon lexicon = d.trivialLexicon();
    JsonNode tl = root.get("trivialLexicon");
    if (tl != null) {
      lexicon = lexicon(tl, d.trivialLexicon(), problems);
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
          .workCalendar(calendar)
          .clusterMinAvoidablePairs(minAvoidable)
          .clusterMinRatioToChance(ratioToChance)
          .trivialLexicon(lexicon)
          .unitJudgmentMinWalks(minWalks)
          .onlySimpleMaxComplexShare(simpleShare)
          .putAllEffectKeywords(keywords.build())
          .putAllWeights(weights)
          .build();
    } catch (IllegalStateException e) {
      throw new InvalidPolicyException(List.of("/: " + e.getMessage()));
    }
  }

  private static int wholeNumber(JsonNode root, String field, String what, int otherwise, List<String> problems) {
    JsonNode v = root.get(field);
    if (v == null) {
      return otherwise;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    problems.add("/" + field + ": must be a whole number of " + what + ", found " + v);
    return otherwise;
  }

  private static BigDecimal number(JsonNode root, String field, BigDecimal otherwise, List<String> problems) {
    JsonNode v = root.get(field);
    if (v == null) {
      return otherwise;
    }
    if (!v.isNumber()) {
      problems.add("/" + field + ": must be a number, found " + v);
      return otherwise;
    }
    return v.decimalValue();
  }

  private static void writeDays(JsonGenerator g, String name, Iterable<java.time.LocalDate> days) {
    g.writeName(name);
    g.writeStartArray();
    days.forEach(day -> g.writeString(day.toString()));
    g.writeEndArray();
  }

  private static List<String> lexiconList(TrivialLexicon lexicon, String list) {
    return switch (list) {
      case "phrases" -> lexicon.phrases();
      case "objects" -> lexicon.objects();
      case "fixtures" -> lexicon.fixtures();
      case "deficiencies" -> lexicon.deficiencies();
      case "blemishes" -> lexicon.blemishes();
      case "failures" -> lexicon.failures();
      case "exclusions" -> lexicon.exclusions();
      case "masks" -> lexicon.masks();
      case "assurances" -> lexicon.assurances();
      case "leadIns" -> lexicon.leadIns();
      default -> throw new AssertionError(list);
    };
  }

  private static TrivialLexicon withList(TrivialLexicon lexicon, String list, List<String> entries) {
    return switch (list) {
      case "phrases" -> lexicon.withPhrases(entries);
      case "objects" -> lexicon.withObjects(entries);
      case "fixtures" -> lexicon.withFixtures(entries);
      case "deficiencies" -> lexicon.withDeficiencies(entries);
      case "blemishes" -> lexicon.withBlemishes(entries);
      case "failures" -> lexicon.withFailures(entries);
      case "exclusions" -> lexicon.withExclusions(entries);
      case "masks" -> lexicon.withMasks(entries);
      case "assurances" -> lexicon.withAssurances(entries);
      case "leadIns" -> lexicon.withLeadIns(entries);
      default -> throw new AssertionError(list);
    };
  }

  private static TrivialLexicon lexicon(JsonNode node, TrivialLexicon defaults, List<String> problems) {
    if (!node.isObject()) {
      problems.add("/trivialLexicon: must be an object of word lists, found " + node);
      return defaults;
    }
    boolean extend = true;
    TrivialLexicon given = TrivialLexicon.builder().build();
    for (String name : node.propertyNames()) {
      JsonNode v = node.get(name);
      if (name.equals("extend")) {
        if (v.isBoolean()) {
          extend = v.booleanValue();
        } else {
          problems.add("/trivialLexicon/extend: must be true or false, found " + v);
        }
      } else if (LEXICON_LISTS.contains(name)) {
        given = withList(given, name, new ArrayList<>(strings(v, "/trivialLexicon/" + name, problems).values()));
      } else {
        problems.add("/trivialLexicon/" + name + ": not a list of the lexicon; known: extend, " + String.join(", ", LEXICON_LISTS));
      }
    }
    try {
      if (extend) {
        return defaults.plus(given);
      }
      TrivialLexicon replaced = defaults;
      for (String list : LEXICON_LISTS) {
        if (node.has(list)) {
          replaced = withList(replaced, list, lexiconList(given, list));
        }
      }
      return replaced;
    } catch (IllegalStateException e) {
      problems.add("/trivialLexicon: " + e.getMessage());
      return defaults;
    }
  }

  private static Optional<WorkCalendar> calendar(JsonNode node, List<String> problems) {
    if (node.isString()) {
      switch (node.stringValue()) {
        case "china":
          return Optional.of(WorkCalendar.china());
        case "weekends_only":
          return Optional.of(WorkCalendar.weekendsOnly());
        default:
          problems.add("/workCalendar: unknown calendar \"" + node.stringValue() + "\"; expected china, weekends_only or an object");
          return Optional.empty();
      }
    }
    if (!node.isObject()) {
      problems.add("/workCalendar: must be \"china\", \"weekends_only\" or an object, found " + node);
      return Optional.empty();
    }
    int before = problems.size();
    for (String name : node.propertyNames()) {
      if (!Set.of("holidays", "adjustedWorkingDays", "coveredYears").contains(name)) {
        problems.add("/workCalendar/" + name + ": not a field of a calendar; known fields: adjustedWorkingDays, coveredYears, holidays");
      }
    }
    List<java.time.LocalDate> holidays = days(node.get("holidays"), "/workCalendar/holidays", problems);
    List<java.time.LocalDate> adjusted = days(node.get("adjustedWorkingDays"), "/workCalendar/adjustedWorkingDays", problems);
    List<Integer> years = new ArrayList<>();
    JsonNode y = node.get("coveredYears");
    if (y != null) {
      if (!y.isArray()) {
        problems.add("/workCalendar/coveredYears: must be an array of years, found " + y);
      } else {
        for (int i = 0; i < y.size(); i++) {
          if (y.get(i).isIntegralNumber() && y.get(i).canConvertToInt()) {
            years.add(y.get(i).intValue());
          } else {
            problems.add("/workCalendar/coveredYears/" + i + ": must be a year, found " + y.get(i));
          }
        }
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(WorkCalendar.of(holidays, adjusted, years));
    } catch (IllegalArgumentException e) {
      problems.add("/workCalendar: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static List<java.time.LocalDate> days(JsonNode array, String pointer, List<String> problems) {
    List<java.time.LocalDate> out = new ArrayList<>();
    if (array == null) {
      return out;
    }
    strings(array, pointer, problems).forEach((i, text) -> {
      try {
        out.add(java.time.LocalDate.parse(text));
      } catch (java.time.format.DateTimeParseException e) {
        problems.add(pointer + "/" + i + ": must be a day as yyyy-MM-dd, found \"" + text + "\"");
      }
    });
    return out;
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
