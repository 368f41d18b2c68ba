package io.github.zouliucheng.walk.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Table;
import io.github.zouliucheng.walk.report.internal.DisplayWidth;
import io.github.zouliucheng.walk.report.internal.Labels;
import io.github.zouliucheng.walk.report.testing.Hostile;
import io.github.zouliucheng.walk.report.testing.RendererFixtures;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;


/**
 * The plain-text renderer: tables aligned by display width, headings underlined to their width,
 * calendars as their busiest days, bar charts as counts, shares and bars of █, and the bulletin's
 * text printed as it is.
 */
final class TextRendererTest {
  private static final TextRenderer RENDERER = TextRenderer.create();

  @Test
  void table_ofMixedCjkAndAsciiCells_alignsColumnsByDisplayWidth() {
    Table table =
        Table.builder()
            .caption("表1 混排")
            .addHeader("单位", "Walks", "备注")
            .addNumericColumns(1)
            .addRows(Table.Row.of(List.of("青川县", "3", "ok"), Evidence.none()))
            .addRows(Table.Row.of(List.of("Yunhe District", "12", "全部完成（已销号）"), Evidence.none()))
            .addRows(Table.Row.of(List.of("ＡＢ区", "7", ""), Evidence.none()))
            .build();

    String text = RENDERER.render(withSection(Language.ZH_CN, table));

    // column widths: 14 (Yunhe District), 5 (Walks), 18 (nine wide characters); two spaces between
    String expected =
        "表1 混排\n"
            + "单位            Walks  备注\n"
            + "--------------  -----  ------------------\n"
            + "青川县              3  ok\n"
            + "Yunhe District     12  全部完成（已销号）\n"
            + "ＡＢ区              7\n";
    assertThat(text).contains("\n\n" + expected + "\n");
    List<String> lines = List.of(expected.split("\n"));
    for (String line : lines.subList(1, lines.size())) {
      // the second column ends at column 14 + 2 + 5 in every line, whatever the first cell's characters
      assertThat(DisplayWidth.of(line.substring(0, columnEnd(line, 21)))).isEqualTo(21);
    }
  }

  @Test
  void headings_areUnderlinedToTheirDisplayWidth() {
    String text = RENDERER.render(RendererFixtures.clean(Language.ZH_CN));

    assertThat(text).startsWith(
        "关于2023年第一季度领导干部“走流程”情况的通报\n" + "=".repeat(44) + "\n\n各县（市）区、市直各部门：\n\n");
    assertThat(text).contains("\n\n一、总体情况\n------------\n\n");
    assertThat(text).contains("\n\n附件1 各单位“走流程”情况\n" + "-".repeat(24) + "\n\n");
    assertThat(text).as("subsections stand alone").contains("\n\n（一）细项\n\n细项内容。\n\n");
  }

  @Test
  void paragraph_isOneLineOfItsStatements() {
    String text = RENDERER.render(RendererFixtures.clean(Language.ZH_CN));

    assertThat(text).contains("\n\n第一句。第二句\n\n");
  }

  @Test
  void calendar_listsTheFiveBusiestDaysThenTheRest() {
    CalendarChart chart =
        CalendarChart.builder()
            .title("Walks per day")
            .description("Seven days with walks.")
            .start(ReportFixtures.day(3, 1))
            .end(ReportFixtures.day(3, 31))
            .putCounts(ReportFixtures.day(3, 2), 1L)
            .putCounts(ReportFixtures.day(3, 3), 4L)
            .putCounts(ReportFixtures.day(3, 9), 1L)
            .putCounts(ReportFixtures.day(3, 10), 12L)
            .putCounts(ReportFixtures.day(3, 11), 4L)
            .putCounts(ReportFixtures.day(3, 20), 1L)
            .putCounts(ReportFixtures.day(3, 31), 2L)
            .build();

    String text = RENDERER.render(withSection(Language.EN, chart));

    // busiest first, ties by date; the two days left out have 1 + 1 walks
    assertThat(text)
        .contains(
            "\n\nWalks per day\n"
                + "Seven days with walks.\n"
                + "Busiest days:\n"
                + "  10 March 2023  12\n"
                + "  3 March 2023    4\n"
                + "  11 March 2023   4\n"
                + "  31 March 2023   2\n"
                + "  2 March 2023    1\n"
                + "  Other days: 2, with 2 in all.\n\n");
  }

  @Test
  void calendar_withoutDays_saysNone() {
    CalendarChart chart =
        CalendarChart.builder()
            .title("日历")
            .description("没有记录。")
            .start(ReportFixtures.day(3, 1))
            .end(ReportFixtures.day(3, 31))
            .build();

    assertThat(RENDERER.render(withSection(Language.ZH_CN, chart))).contains("\n\n日历\n没有记录。\n（无）\n\n");
  }

  @Test
  void bars_stacked_drawSharesOfTheBarsTotal() {
    BarChart chart =
        BarChart.builder()
            .title("Forms")
            .description("Forms by unit.")
            .addCategories("on site", "online", "网上")
            .stacked(true)
            .addBars(BarChart.Bar.of("Qingchuan", List.of(1L, 3L, 0L)))
            .addBars(BarChart.Bar.of("云河区", List.of(1_000L, 0L, 1L)))
            .build();

    String text = RENDERER.render(withSection(Language.EN, chart));

    // 1 of 4 is 5 columns of 20, 3 of 4 is 15; 1 of 1,001 rounds to none but shows one
    assertThat(text)
        .contains(
            "\n\nForms\n"
                + "Forms by unit.\n"
                + "Qingchuan (total 4)\n"
                + "  on site      1   25.0%  █████\n"
                + "  online       3   75.0%  ███████████████\n"
                + "云河区 (total 1,001)\n"
                + "  on site  1,000   99.9%  ████████████████████\n"
                + "  网上         1    0.1%  █\n\n");
  }

  @Test
  void bars_notStacked_drawCountsAgainstTheLargest() {
    String text = RENDERER.render(RendererFixtures.clean(Language.ZH_CN));

    // the largest count is 6: 6 is 20 columns, 3 is 10, 1 is 3.33, so 3
    assertThat(text)
        .contains(
            "\n\n条形图\n"
                + "说明\n"
                + "青川县（合计4）\n"
                + "  甲  3   75.0%  ██████████\n"
                + "  乙  1   25.0%  ███\n"
                + "云河区（合计6）\n"
                + "  甲  6  100.0%  ████████████████████\n\n");
  }

  @Test
  void hostileText_isPrintedAsItIs() {
    Bulletin bulletin = RendererFixtures.hostile(Language.ZH_CN);

    String text = RENDERER.render(bulletin);

    assertThat(text).contains(Hostile.ALL);
    List<String> unused = categoriesWithoutCounts(bulletin);
    assertThat(unused).as("the modes chart has categories no unit walked").isNotEmpty();
    for (String own : RendererFixtures.texts(bulletin)) {
      if (!unused.contains(own)) {
        assertThat(text).contains(own);
      }
    }
  }

  /** Returns the categories of the bulletin's bar charts that no bar has a count of: left out of the text. */
  private static List<String> categoriesWithoutCounts(Bulletin bulletin) {
    List<String> unused = new ArrayList<>();
    List<Section> sections = new ArrayList<>(bulletin.sections());
    while (!sections.isEmpty()) {
      Section section = sections.remove(0);
      sections.addAll(section.subsections());
      for (Block block : section.blocks()) {
        if (block instanceof BarChart chart) {
          for (int i = 0; i < chart.categories().size(); i++) {
            int category = i;
            if (chart.bars().stream().allMatch(bar -> bar.values().get(category) == 0)) {
              unused.add(chart.categories().get(i));
            }
          }
        }
      }
    }
    return unused;
  }

  @Test
  void output_signsOffBeforeTheAppendicesAndHasNoTrailingSpaces() {
    for (Bulletin bulletin : RendererFixtures.all()) {
      String text = RENDERER.render(bulletin);
      String signOff = "\n\n" + bulletin.issuer() + "\n" + Labels.of(bulletin.language()).date(bulletin.issuedOn()) + "\n";
      if (bulletin.appendices().isEmpty()) {
        assertThat(text).endsWith(signOff);
      } else {
        assertThat(text).contains(signOff + "\n" + bulletin.appendices().get(0).heading() + "\n");
      }
      assertThat(text).doesNotContain("\r").doesNotContain("\n\n\n");
      for (String line : text.split("\n")) {
        assertThat(line).as("line without trailing space").isEqualTo(line.stripTrailing());
      }
    }
  }

  /** Returns the index in {@code line} where {@code columns} display columns end. */
  private static int columnEnd(String line, int columns) {
    int width = 0;
    int i = 0;
    while (width < columns && i < line.length()) {
      int c = line.codePointAt(i);
      width += DisplayWidth.of(c);
      i += Character.charCount(c);
    }
    return i;
  }

  private static Bulletin withSection(Language language, Block block) {
    Dataset dataset = ReportFixtures.dataset();
    return Bulletin.builder(dataset, WalkAnalytics.analyze(dataset))
        .language(language)
        .addSection(Section.builder().id("extra").heading("Extra").addBlocks(block).build())
        .build();
  }
}
