package io.github.zouliucheng.walk.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.internal.Labels;
import io.github.zouliucheng.walk.report.testing.CommonMark;
import io.github.zouliucheng.walk.report.testing.Hostile;
import io.github.zouliucheng.walk.report.testing.RendererFixtures;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;


/**
 * The Markdown renderer, read back with a real CommonMark parser with GFM tables (commonmark-java):
 * hostile text planted in every field of the dataset, in the title, issuer and audience and in an
 * added section with every kind of block comes out as the same text and as no markup; headings,
 * tables and charts have the documented shape.
 */
final class MarkdownRendererTest {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.create();

  /** Node types the bulletin's text must never produce: the layout itself uses none of them. */
  private static final List<String> FORBIDDEN =
      List.of(
          "Link", "Image", "HtmlInline", "HtmlBlock", "Code", "Emphasis", "BlockQuote", "BulletList",
          "OrderedList", "ListItem", "ThematicBreak", "FencedCodeBlock", "IndentedCodeBlock",
          "LinkReferenceDefinition", "SoftLineBreak");

  @ParameterizedTest
  @EnumSource(Language.class)
  void hostileText_readsBackAsTheBulletinsTextsInOrder(Language language) {
    Bulletin bulletin = RendererFixtures.hostile(language);
    List<String> read = CommonMark.blockTexts(CommonMark.parse(RENDERER.render(bulletin)));

    assertThat(read).containsSubsequence(RendererFixtures.texts(bulletin));
    String audience = Labels.of(language).format("audience", "audience", bulletin.audience().orElseThrow());
    assertThat(read.get(1)).isEqualTo(audience);
    // the sign-off comes right before the first appendix, as in an official document
    int signOff = read.indexOf(bulletin.issuer() + Labels.of(language).date(bulletin.issuedOn()));
    assertThat(signOff).isPositive();
    assertThat(read.get(signOff + 1)).isEqualTo(bulletin.appendices().get(0).heading());
    for (String hostile : Hostile.STRINGS) {
      assertThat(read).anySatisfy(text -> assertThat(text).contains(hostile));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void hostileText_makesNoMarkup(Language language) {
    Bulletin bulletin = RendererFixtures.hostile(language);
    String markdown = RENDERER.render(bulletin);
    Node document = CommonMark.parse(markdown);

    Map<String, Integer> census = CommonMark.census(document);
    assertThat(census).doesNotContainKeys(FORBIDDEN.toArray(new String[0]));
    assertThat(census.get("StrongEmphasis")).as("captions in bold").isEqualTo(captions(bulletin));
    assertThat(census.get("HardLineBreak")).as("between issuer and date").isEqualTo(1);

    String html = CommonMark.html(markdown);
    for (String element : List.of("<script", "<img", "<a ", "<svg", "<style", "<!--", "<em>", "<code>", "<del>", "<h1>#")) {
      assertThat(html).doesNotContain(element);
    }
    for (String hostile : Hostile.STRINGS) {
      assertThat(html).contains(CommonMark.escapeHtml(hostile));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void hostileText_leavesTheStructureOfTheCleanBulletin(Language language) {
    Map<String, Integer> hostile = CommonMark.census(CommonMark.parse(RENDERER.render(RendererFixtures.hostile(language))));
    Map<String, Integer> clean = CommonMark.census(CommonMark.parse(RENDERER.render(RendererFixtures.clean(language))));
    hostile.remove("Text");
    clean.remove("Text");

    assertThat(hostile).isEqualTo(clean);
  }

  @Test
  void headings_followTheDepthOfSections() {
    Bulletin bulletin = RendererFixtures.clean(Language.ZH_CN);
    List<String> expected = new ArrayList<>();
    expected.add("1 " + bulletin.title());
    for (Section section : bulletin.sections()) {
      headings(section, 2, expected);
    }
    for (Section section : bulletin.appendices()) {
      headings(section, 2, expected);
    }

    List<String> actual = new ArrayList<>();
    for (Node node : CommonMark.nodes(CommonMark.parse(RENDERER.render(bulletin)))) {
      if (node instanceof Heading heading) {
        actual.add(heading.getLevel() + " " + CommonMark.text(heading));
      }
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual).contains("2 四、其他事项", "3 （一）细项", "2 附件1 各单位“走流程”情况");
  }

  @Test
  void headings_deeperThanSixStayAtSix() {
    Section deepest = Section.builder().id("d7").heading("第七层").build();
    Section section = deepest;
    for (int level = 6; level >= 2; level--) {
      section = Section.builder().id("d" + level).heading("第" + level + "层").addSubsections(section).build();
    }
    Dataset dataset = ReportFixtures.dataset();
    Bulletin bulletin = Bulletin.builder(dataset, WalkAnalytics.analyze(dataset)).addSection(section).build();

    String markdown = RENDERER.render(bulletin);

    assertThat(markdown).contains("\n## 第2层\n", "\n##### 第5层\n", "\n###### 第6层\n", "\n###### 第七层\n");
  }

  @Test
  void table_isCaptionInBoldThenPipeTableWithNumericColumnsRight() {
    Bulletin bulletin = RendererFixtures.clean(Language.ZH_CN);

    String markdown = RENDERER.render(bulletin);

    assertThat(markdown)
        .contains(
            "**表：补充情况**\n"
                + "\n"
                + "| 单位   | 次数 | 备注   |\n"
                + "| ------ | ---: | ------ |\n"
                + "| 青川县 |    3 |        |\n"
                + "| 云河区 |   12 | 已完成 |\n");
    TableBlock table = tableAfter(CommonMark.parse(markdown), "表：补充情况");
    List<TableCell> cells = cells(table);
    assertThat(cells).extracting(TableCell::getAlignment)
        .containsExactly(null, TableCell.Alignment.RIGHT, null, null, TableCell.Alignment.RIGHT, null, null,
            TableCell.Alignment.RIGHT, null);
  }

  @Test
  void calendar_isTheDaysWithACount() {
    String markdown = RENDERER.render(RendererFixtures.clean(Language.ZH_CN));

    assertThat(markdown)
        .contains(
            "**日历**\n\n说明\n\n"
                + "| 日期         | 次数 |\n"
                + "| ------------ | ---: |\n"
                + "| 2023年1月9日 |    2 |\n");
  }

  @Test
  void calendar_withoutDays_saysNone() {
    Section section =
        Section.builder()
            .id("extra")
            .heading("Extra")
            .addBlocks(
                CalendarChart.builder()
                    .title("Calendar")
                    .description("No walk.")
                    .start(ReportFixtures.day(1, 1))
                    .end(ReportFixtures.day(1, 31))
                    .build())
            .build();
    Dataset dataset = ReportFixtures.dataset();
    Bulletin bulletin =
        Bulletin.builder(dataset, WalkAnalytics.analyze(dataset)).language(Language.EN).addSection(section).build();

    assertThat(RENDERER.render(bulletin)).contains("## Extra\n\n**Calendar**\n\nNo walk.\n\n(none)\n\n");
  }

  @Test
  void bars_areOneRowPerBarWithCountsSharesAndTotal() {
    String markdown = RENDERER.render(RendererFixtures.clean(Language.ZH_CN));

    // 3 of 4 is 75.0%, 1 of 4 25.0%; zero counts and a bar's only category show the count alone or 100.0%
    assertThat(markdown)
        .contains(
            "**条形图**\n\n说明\n\n"
                + "| 项目   |          甲 |         乙 |  丙 | 合计 |\n"
                + "| ------ | ----------: | ---------: | --: | ---: |\n"
                + "| 青川县 |  3（75.0%） | 1（25.0%） |   0 |    4 |\n"
                + "| 云河区 | 6（100.0%） |          0 |   0 |    6 |\n");
  }

  @Test
  void output_endsEveryLineWithNewlineAndHasNoRunOfBlankLines() {
    for (Bulletin bulletin : RendererFixtures.all()) {
      String markdown = RENDERER.render(bulletin);
      assertThat(markdown).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r").doesNotContain("\n\n\n");
    }
  }

  private static int captions(Bulletin bulletin) {
    int captions = 0;
    List<Section> sections = new ArrayList<>(bulletin.sections());
    sections.addAll(bulletin.appendices());
    while (!sections.isEmpty()) {
      Section section = sections.remove(0);
      for (Block block : section.blocks()) {
        if (!(block instanceof Paragraph)) {
          captions++;
        }
      }
      sections.addAll(section.subsections());
    }
    return captions;
  }

  private static void headings(Section section, int level, List<String> out) {
    out.add(Math.min(level, 6) + " " + section.heading());
    for (Section subsection : section.subsections()) {
      headings(subsection, level + 1, out);
    }
  }

  private static TableBlock tableAfter(Node document, String caption) {
    boolean found = false;
    for (Node node : CommonMark.nodes(document)) {
      if (node instanceof StrongEmphasis && CommonMark.text(node).equals(caption)) {
        found = true;
      } else if (found && node instanceof TableBlock table) {
        return table;
      }
    }
    throw new AssertionError("no table after caption " + caption);
  }

  private static List<TableCell> cells(TableBlock table) {
    List<TableCell> cells = new ArrayList<>();
    for (Node node : CommonMark.nodes(table)) {
      if (node instanceof TableCell cell) {
        cells.add(cell);
      }
    }
    return cells;
  }
}
