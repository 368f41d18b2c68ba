package io.github.zouliucheng.walk.report.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.Appendix;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.html.HtmlRenderer;
import io.github.zouliucheng.walk.report.json.JsonRenderer;
import io.github.zouliucheng.walk.report.markdown.MarkdownRenderer;
import io.github.zouliucheng.walk.report.testing.AllText;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Personal data planted in every free text of the fixture dataset (unit and member names, titles,
 * service points, matters, findings, measures, effect indicators and notes), in every spelling the
 * {@link Redactor} knows, inside random Chinese text, never survives in full in any bulletin
 * (Chinese and English, named and anonymous, every appendix) rendered in any format; and ordinary
 * numbers (amounts, dates, counts, years, percentages, the hotline) survive untouched.
 *
 * <p>"In full" is checked on the digits: the output is folded (full-width forms to ASCII, JSON
 * escapes decoded, Markdown's backslashes dropped) and every separator between two digits removed,
 * so that a number is found whatever the renderer did to its spacing; an e-mail address is found
 * by its local part.
 */
final class RedactionProperties {
  private static final int EXAMPLES = 20;

  /** A spelling of personal data, and what of it must not survive: its digits, or an e-mail's local part. */
  private static final class Plant {
    final String text;
    final String secret;

    Plant(String text, String secret) {
      this.text = text;
      this.secret = secret;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final List<Plant> PLANTS =
      List.of(
          // resident ID numbers
          new Plant("11010519491231002X", "11010519491231002X"),
          new Plant("110105 19491231 057X", "11010519491231057X"),
          new Plant("110105-19491231-068X", "11010519491231068X"),
          new Plant("110105.19491231.0021", "110105194912310021"),
          new Plant("1101 0519 4912 3100 2X", "11010519491231002X"),
          new Plant("１１０１０５１９４９１２３１００３Ｘ", "11010519491231003X"),
          new Plant("１１０１０５－１９４９１２３１－００４ｘ", "11010519491231004X"),
          new Plant("110105491231002", "110105491231002"),
          // mobile numbers
          new Plant("13899990001", "13899990001"),
          new Plant("138-9999-0002", "13899990002"),
          new Plant("138 9999 0003", "13899990003"),
          new Plant("138.9999.0004", "13899990004"),
          new Plant("１３８－９９９９－０００５", "13899990005"),
          new Plant("１３８９９９９０００６", "13899990006"),
          new Plant("+86 138 9999 0007", "13899990007"),
          new Plant("+8613899990008", "13899990008"),
          new Plant("0086 13899990009", "13899990009"),
          new Plant("0086-138-9999-0010", "13899990010"),
          new Plant("(+86)13899990011", "13899990011"),
          new Plant("＋８６　１３８９９９９００１２", "13899990012"),
          new Plant("138 – 9999 – 0013", "13899990013"),
          // landlines
          new Plant("(0451)12340014", "045112340014"),
          new Plant("（0451）12340015", "045112340015"),
          new Plant("(0451) 1234-0016", "045112340016"),
          new Plant("（０４５１）１２３４００１７", "045112340017"),
          new Plant("045112340018", "045112340018"),
          new Plant("01012340019", "01012340019"),
          new Plant("0451-1234-0020", "045112340020"),
          new Plant("0451-12340021", "045112340021"),
          new Plant("0451 1234 0022", "045112340022"),
          new Plant("0451.1234.0023", "045112340023"),
          new Plant("010-12340024", "01012340024"),
          new Plant("０４５１－１２３４－００２５", "045112340025"),
          new Plant("0451-1230026", "04511230026"),
          new Plant("+86 451 1234 0027", "45112340027"),
          new Plant("+86-10-12340028", "1012340028"),
          // bank cards
          new Plant("6222-0202-1234-0019", "6222020212340019"),
          new Plant("6222 0202 1234 0029", "6222020212340029"),
          new Plant("6222.0202.1234.0039", "6222020212340039"),
          new Plant("６２２２－０２０２－１２３４－００４９", "6222020212340049"),
          new Plant("6222 0202 1234 5678 901", "6222020212345678901"),
          new Plant("6222020212340059", "6222020212340059"),
          new Plant("6222020212345678902", "6222020212345678902"),
          // e-mail addresses
          new Plant("zhangsan1949@example.com", "zhangsan1949"),
          new Plant("lisi_wx88@例子.中国", "lisi_wx88"),
          new Plant("wangwu.gov@政务.公司", "wangwu.gov"),
          new Plant("ｚｈａｏｌｉｕ＠ｅｘａｍｐｌｅ．ｃｏｍ", "zhaoliu"),
          new Plant("qianqi＠example.com.cn", "qianqi"),
          new Plant("SunBa-99@Example.COM", "sunba-99"),
          new Plant("13899990099@qq.com", "13899990099"));

  /** Numbers that are not personal data and must be printed as written. */
  private static final List<String> ORDINARY =
      List.of(
          "350万元", "1,234.56元", "1,234,567.89", "120000元", "2023-03-15", "2023.03.15", "2023/03/15",
          "20230315", "2023年3月15日", "2023-03-01至2023-03-31", "2023年", "2022—2023年度", "35扇", "3个工作日",
          "12.5%", "0.5个百分点", "12345热线", "8:30-17:30", "第3季度", "202303011234", "文号2023-0301-1234",
          "2020 2021 2022 2023年", "１２３４５", "40分钟");

  // ----- personal data never survives

  /** Every spelling in every free text at once: all bulletins, all formats. */
  @Test
  void everySpellingInEveryFieldIsMaskedInEveryFormat() {
    StringBuilder all = new StringBuilder();
    for (Plant plant : PLANTS) {
      all.append("，联系方式").append(plant.text).append("；");
    }
    Dataset dataset = ReportFixtures.dataset(text -> text + all);
    List<String> secrets = secrets(PLANTS);

    List<String> outputs = renderAll(dataset, true);
    for (String output : outputs) {
      assertNoSecret(output, secrets);
    }
    // the planted data does reach every output when redaction is off: the check above can fail
    for (String output : renderAll(dataset, false)) {
      String folded = digitsJoined(output);
      for (String secret : secrets) {
        assertThat(folded).contains(secret);
      }
    }
  }

  /** Random spellings in random Chinese text, a different one in each field. */
  @Test
  void plantedPersonalDataNeverSurvivesInFull() {
    Gen<String> chinese = strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(0, 6);
    Gen<String> piece =
        chinese.zip(integers().between(0, PLANTS.size() - 1), chinese, (a, i, b) -> a + "\u0000" + i + "\u0000" + b);
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(20)
        .forAll(lists().of(piece).ofSizeBetween(1, 40))
        .checkAssert(
            pieces -> {
              List<Plant> planted = new ArrayList<>();
              AtomicInteger calls = new AtomicInteger();
              UnaryOperator<String> text =
                  original -> {
                    String[] p = pieces.get(calls.getAndIncrement() % pieces.size()).split("\u0000", -1);
                    Plant plant = PLANTS.get(Integer.parseInt(p[1]));
                    planted.add(plant);
                    return original + p[0] + plant.text + p[2];
                  };
              Dataset dataset = ReportFixtures.dataset(text);
              List<String> secrets = secrets(planted);
              for (String output : renderAll(dataset, true)) {
                assertNoSecret(output, secrets);
              }
            });
  }

  // ----- ordinary numbers survive

  @Test
  void ordinaryNumbersInChineseTextAreLeftAlone() {
    Gen<String> chinese = strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 6);
    Gen<String> piece = chinese.zip(integers().between(0, ORDINARY.size() - 1), (c, i) -> c + ORDINARY.get(i));
    qt().withExamples(500)
        .forAll(lists().of(piece).ofSizeBetween(1, 8))
        .checkAssert(
            pieces -> {
              String text = String.join("", pieces);
              assertThat(Redactor.redact(text)).isEqualTo(text);
            });
  }

  @Test
  void ordinaryNumbersReachTheBulletin() {
    String all = String.join("，", ORDINARY);
    Dataset dataset = ReportFixtures.dataset(text -> text + "（" + all + "）");
    Bulletin bulletin =
        Bulletin.builder(dataset, WalkAnalytics.analyze(dataset))
            .criticism(Criticism.NAMED)
            .appendices(List.of(Appendix.values()))
            .build();
    assertThat(bulletin.redacted()).isTrue();
    assertThat(AllText.of(bulletin)).contains("（" + all + "）");
  }

  // ----- helpers

  private static List<String> renderAll(Dataset dataset, boolean redact) {
    Analysis analysis = WalkAnalytics.analyze(dataset);
    List<Function<Bulletin, String>> renderers =
        List.of(
            HtmlRenderer.fragment()::render,
            MarkdownRenderer.create()::render,
            io.github.zouliucheng.walk.report.text.TextRenderer.create()::render,
            JsonRenderer.create()::render,
            AllText::of);
    List<String> outputs = new ArrayList<>();
    for (Language language : Language.values()) {
      for (Criticism criticism : Criticism.values()) {
        Bulletin bulletin =
            Bulletin.builder(dataset, analysis)
                .language(language)
                .criticism(criticism)
                .appendices(List.of(Appendix.values()))
                .examples(20)
                .redactPersonalData(redact)
                .build();
        for (Function<Bulletin, String> renderer : renderers) {
          outputs.add(renderer.apply(bulletin));
        }
      }
    }
    return outputs;
  }

  private static List<String> secrets(List<Plant> plants) {
    List<String> secrets = new ArrayList<>();
    for (Plant plant : plants) {
      secrets.add(plant.secret.toUpperCase(Locale.ROOT));
    }
    return secrets;
  }

  private static void assertNoSecret(String output, List<String> secrets) {
    String folded = digitsJoined(output);
    for (String secret : secrets) {
      assertThat(folded).as("leaks %s", secret).doesNotContain(secret);
    }
  }

  private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
  private static final String SEPARATORS = " \t\n\r-.()·–—";

  /**
   * Returns {@code output} upper-cased, with JSON escapes decoded, full-width forms folded to ASCII,
   * backslashes dropped and every run of separators between two digits removed.
   */
  static String digitsJoined(String output) {
    String decoded = output;
    if (output.contains("\\u")) {
      Matcher m = JSON_ESCAPE.matcher(output);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
      }
      decoded = m.appendTail(out).toString();
    }
    StringBuilder folded = new StringBuilder(decoded.length());
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        c = ' ';
      }
      if (c != '\\') {
        folded.append(Character.toUpperCase(c));
      }
    }
    StringBuilder joined = new StringBuilder(folded.length());
    int i = 0;
    while (i < folded.length()) {
      char c = folded.charAt(i);
      if (SEPARATORS.indexOf(c) < 0) {
        joined.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < folded.length() && SEPARATORS.indexOf(folded.charAt(end)) >= 0) {
        end++;
      }
      boolean digitBefore = joined.length() > 0 && isDigit(joined.charAt(joined.length() - 1));
      boolean digitAfter = end < folded.length() && (isDigit(folded.charAt(end)) || folded.charAt(end) == 'X');
      if (!(digitBefore && digitAfter)) {
        joined.append(folded, i, end);
      }
      i = end;
    }
    return joined.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
