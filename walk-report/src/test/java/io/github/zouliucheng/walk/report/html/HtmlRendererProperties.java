package io.github.zouliucheng.walk.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import io.github.zouliucheng.walk.report.Appendix;
import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;


/**
 * Laws of the HTML over generated datasets whose every user-written text carries hostile markup:
 * the text never becomes markup, the output is valid and the same every time; and laws of the
 * charts over generated values.
 */
class HtmlRendererProperties {
  private static final int EXAMPLES = 40;
  private static final int SHRINK_CYCLES = 20;

  /** Pieces of markup, references, URLs, placeholders and unusual characters to build hostile text from. */
  private static final List<String> HOSTILE_ALPHABET =
      List.of(
          "<", ">", "&", "\"", "'", "=", "/", "`", "\\", " ", "\u00A0", "\u2028", "x", "青", "𠮷", "😀",
          "<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">", "javascript:",
          " onload=", "<!--", "-->", "<![CDATA[", "]]>", "&lt;", "&#x3C;", "&amp;", "&nbsp;", "</title>", "</text>",
          "</desc>", "<svg>", "</svg>", "</article>", "</table>", "<style>", "<th scope=col>", "{label}", "{total}",
          "%s", "${x}");

  /** Marks where planted text starts and ends; the renderer's own markup never holds them. */
  private static final String OPEN = "\u27E6";

  private static final String CLOSE = "\u27E7";

  /** A dataset with hostile text planted between {@link #OPEN} and {@link #CLOSE}, and the options that vary. */
  record Input(Dataset dataset, String hostile, Language language) {
    Bulletin bulletin() {
      return Bulletin.builder(dataset, WalkAnalytics.analyze(dataset))
          .language(language)
          .criticism(Criticism.NAMED)
          .appendices(List.of(Appendix.values()))
          .issuedOn(LocalDate.of(2024, 1, 1))
          .build();
    }
  }

  private static Gen<String> hostileTexts() {
    return lists().of(Generate.pick(HOSTILE_ALPHABET)).ofSizeBetween(1, 8).map(pieces -> String.join("", pieces))
        .assuming(text -> !text.isBlank());
  }

  private static Gen<Input> inputs() {
    return WalkGenerators.datasets()
        .zip(hostileTexts(), Generate.pick(List.of(true, false)), Generate.enumValues(Language.class),
            (dataset, hostile, before, language) ->
                new Input(
                    DatasetTexts.mapped(dataset, t -> before ? OPEN + hostile + CLOSE + t : t + OPEN + hostile + CLOSE),
                    hostile,
                    language));
  }

  @Test
  void userTextNeverBecomesMarkup() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Bulletin bulletin = in.bulletin();
          String page = HtmlRenderer.page().render(bulletin);
          String fragment = HtmlRenderer.fragment().withClassPrefix("host-doc").render(bulletin);
          Document document = HtmlTesting.page(page);

          assertThat(HtmlTesting.elementNames(document)).isSubsetOf(HtmlTesting.OWN_ELEMENTS);
          assertThat(HtmlTesting.attributeNames(document)).isSubsetOf(HtmlTesting.OWN_ATTRIBUTES);
          assertThat(document.select("article")).hasSize(1);
          assertThat(HtmlTesting.fragment(fragment).body().children()).hasSize(1);
          // wherever planted text went (text, tooltips, shortened labels, attribute values), it is escaped
          for (String html : List.of(page, fragment)) {
            int planted = plantedTexts(html, in.hostile());
            assertThat(planted > 0).isEqualTo(!in.dataset().roster().units().isEmpty());
          }
          if (!in.dataset().roster().units().isEmpty()) {
            // the unit names, hostile text and all, are shown as text (in the units appendix at least)
            assertThat(HtmlTesting.squeezed(document.text())).contains(HtmlTesting.squeezed(OPEN + in.hostile() + CLOSE));
          }
        });
  }

  /**
   * Asserts that each planted text in the raw {@code html} reads as the escaped text up to its end
   * marker, or up to an ellipsis where a chart shortened it, and returns how many there are.
   * Unescaped, a {@code <} or {@code "} of the text would end it early, before the marker and
   * without the ellipsis.
   */
  private static int plantedTexts(String html, String hostile) {
    String escaped = HtmlTesting.squeezed(HtmlEscaper.escape(hostile));
    int found = 0;
    for (int at = html.indexOf(OPEN); at >= 0; at = html.indexOf(OPEN, at + 1)) {
      int end = at + OPEN.length();
      while (end < html.length() && !html.startsWith(CLOSE, end) && html.charAt(end) != '<' && html.charAt(end) != '"') {
        end++;
      }
      String planted = HtmlTesting.squeezed(html.substring(at + OPEN.length(), end));
      if (html.startsWith(CLOSE, end)) {
        assertThat(planted).isEqualTo(escaped);
      } else {
        assertThat(planted).as("shortened planted text").endsWith("…");
        assertThat(escaped).startsWith(planted.substring(0, planted.length() - 1));
      }
      found++;
    }
    return found;
  }

  @Test
  void theSameBulletinRendersToTheSameBytes() {
    qt().withExamples(EXAMPLES / 2).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Bulletin bulletin = in.bulletin();
          assertThat(HtmlRenderer.page().render(bulletin)).isEqualTo(HtmlRenderer.page().render(in.bulletin()));
        });
  }

  @Test
  void pagesOfHostileDatasetsAreValid() {
    qt().withExamples(8).withShrinkCycles(5)
        .forAll(inputs())
        .checkAssert(in -> {
          try {
            assertThat(NuChecker.check(HtmlRenderer.page().render(in.bulletin()))).isEmpty();
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void stackedSegmentsAddUpToTheBar_andKeepTheirOrder() {
    Gen<List<Long>> values = lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 9);
    qt().withExamples(200)
        .forAll(lists().of(values).ofSizeBetween(1, 6), integers().between(0, 1))
        .checkAssert((bars, stacked) -> {
          BarChart.Builder chart = BarChart.builder().title("图").description("说明").stacked(stacked == 1);
          int categories = bars.stream().mapToInt(List::size).max().orElseThrow();
          for (int c = 0; c < categories; c++) {
            chart.addCategories("类" + c);
          }
          long max = 0;
          int index = 0;
          for (List<Long> bar : bars) {
            List<Long> padded = new ArrayList<>(bar);
            while (padded.size() < categories) {
              padded.add(0L);
            }
            chart.addBars(BarChart.Bar.of("单位" + index++, padded));
            max = Math.max(max, padded.stream().mapToLong(Long::longValue).sum());
          }
          BarChart built = chart.build();
          Markup markup = new Markup();
          new SvgBars(new HtmlContext("wkb", Language.ZH_CN), markup).write(built, HtmlStyle.of(Language.ZH_CN));
          Document document = HtmlTesting.fragment(markup.toString());

          List<Element> rows = document.select("g.wkb-bar");
          assertThat(rows).hasSize(built.bars().size());
          for (int b = 0; b < rows.size(); b++) {
            BarChart.Bar bar = built.bars().get(b);
            BigDecimal edge = new BigDecimal("112.00");
            List<String> drawn = new ArrayList<>();
            for (Element segment : rows.get(b).select("rect.wkb-segment")) {
              assertThat(HtmlTesting.number(segment, "x")).isEqualByComparingTo(edge);
              edge = edge.add(HtmlTesting.number(segment, "width"));
              drawn.add(segment.attr("data-value"));
            }
            List<String> nonZero = new ArrayList<>();
            bar.values().stream().filter(v -> v > 0).forEach(v -> nonZero.add(Long.toString(v)));
            assertThat(drawn).containsExactlyElementsOf(nonZero);
            BigDecimal length = edge.subtract(new BigDecimal("112.00"));
            if (bar.total() == 0) {
              assertThat(length).isEqualByComparingTo(BigDecimal.ZERO);
            } else if (built.stacked()) {
              assertThat(length).isEqualByComparingTo("256.00");
            } else {
              // one scale: the bar's length is its total's share of the axis, to the hundredth
              BigDecimal expected =
                  new BigDecimal(25600L * bar.total()).divide(new BigDecimal(SvgBars.axisMax(max)), 0, java.math.RoundingMode.HALF_UP)
                      .movePointLeft(2);
              assertThat(length).isEqualByComparingTo(expected);
              assertThat(length).isLessThanOrEqualTo(new BigDecimal("256.00"));
            }
          }
        });
  }

  @Test
  void theCalendarColoursEveryDayByItsStep_theBusiestDarkest() {
    Gen<List<Long>> counts = lists().of(Generate.frequency(
        List.of(org.quicktheories.api.Pair.of(3, Generate.constant(0L)), org.quicktheories.api.Pair.of(2, longs().between(1, 40)))))
        .ofSizeBetween(1, 120);
    qt().withExamples(100)
        .forAll(counts, WalkGenerators.dates())
        .checkAssert((days, start) -> {
          CalendarChart.Builder chart = CalendarChart.builder().title("日历").description("说明").start(start).end(start.plusDays(days.size() - 1));
          for (int i = 0; i < days.size(); i++) {
            if (days.get(i) > 0) {
              chart.putCounts(start.plusDays(i), days.get(i));
            }
          }
          CalendarChart built = chart.build();
          Markup markup = new Markup();
          new SvgCalendar(new HtmlContext("wkb", Language.EN), markup).write(built, HtmlStyle.of(Language.EN));
          Document document = HtmlTesting.fragment(markup.toString());

          List<Element> cells = document.select("rect.wkb-day");
          assertThat(cells).hasSize(days.size());
          long max = built.max();
          for (int i = 0; i < cells.size(); i++) {
            long count = days.get(i);
            Element cell = cells.get(i);
            assertThat(cell.attr("data-date")).isEqualTo(start.plusDays(i).toString());
            int step = SvgCalendar.step(count, max);
            assertThat(cell.attr("fill")).isEqualTo(SvgCalendar.PALETTE.get(step));
            assertThat(step == 0).isEqualTo(count == 0);
            if (count == max && max > 0) {
              assertThat(step).isEqualTo(4);
            }
          }
          // a larger count is never lighter
          for (int i = 0; i < cells.size(); i++) {
            for (int j = 0; j < cells.size(); j++) {
              if (days.get(i) > days.get(j)) {
                assertThat(SvgCalendar.step(days.get(i), max)).isGreaterThanOrEqualTo(SvgCalendar.step(days.get(j), max));
              }
            }
          }
        });
  }
}
