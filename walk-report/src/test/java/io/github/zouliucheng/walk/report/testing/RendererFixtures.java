package io.github.zouliucheng.walk.report.testing;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.BulletinBuilder;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import io.github.zouliucheng.walk.report.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Bulletins for the renderers' tests, composed from {@link ReportFixtures#dataset()}, and the
 * bulletin's own texts in reading order, to find them again in an output.
 */
public final class RendererFixtures {
  public static final LocalDate ISSUED_ON = LocalDate.of(2023, 4, 10);

  private RendererFixtures() {}

  /** Returns {@link ReportFixtures#bulletin()}: Chinese, anonymous criticism, appendix UNITS only. */
  public static Bulletin chinese() {
    return ReportFixtures.bulletin();
  }

  /** Returns the English bulletin with named criticism, hence all four appendices, and an audience. */
  public static Bulletin englishNamed() {
    return named(UnaryOperator.identity(), Language.EN)
        .audience("The counties and districts, and the municipal departments")
        .build();
  }

  /**
   * Returns the bulletin in {@code language} with named criticism (so that names reach the
   * tables), on the dataset with {@link Hostile#ALL} appended to every user-written text, with
   * hostile text in the title, issuer and audience, and with an added section (see {@link
   * #extraSection}) whose every text is hostile too.
   */
  public static Bulletin hostile(Language language) {
    return options(Hostile.appended(), language).build();
  }

  /** Returns the bulletin of {@link #hostile} with the texts as they are: the same structure. */
  public static Bulletin clean(Language language) {
    return options(UnaryOperator.identity(), language).build();
  }

  /** Returns one bulletin of each kind of this class. */
  public static List<Bulletin> all() {
    return List.of(
        chinese(), englishNamed(), hostile(Language.ZH_CN), hostile(Language.EN), clean(Language.ZH_CN));
  }

  /**
   * Returns a section with a block of every kind and a subsection, every text passed through
   * {@code text}: a paragraph of two statements with evidence, a table with a numeric column and an
   * empty cell, a calendar, and a bar chart drawn to one scale with a category nobody has.
   */
  public static Section extraSection(UnaryOperator<String> text) {
    return Section.builder()
        .id("extra")
        .heading(text.apply("四、其他事项"))
        .addBlocks(
            Paragraph.of(
                List.of(
                    Statement.of(text.apply("第一句。"), Evidence.builder().addWalkIds("w01").addUnitIds("qc").build()),
                    Statement.of(text.apply("第二句"), Evidence.builder().addFindingIds("f02", "f01").build()))))
        .addBlocks(
            Table.builder()
                .caption(text.apply("表：补充情况"))
                .addHeader(text.apply("单位"), text.apply("次数"), text.apply("备注"))
                .addNumericColumns(1)
                .addRows(Table.Row.of(List.of(text.apply("青川县"), "3", ""), Evidence.builder().addUnitIds("qc").build()))
                .addRows(
                    Table.Row.of(
                        List.of(text.apply("云河区"), "12", text.apply("已完成")),
                        Evidence.builder().addUnitIds("yh").addMemberIds("yh-02").build()))
                .build())
        .addBlocks(
            CalendarChart.builder()
                .title(text.apply("日历"))
                .description(text.apply("说明"))
                .start(LocalDate.of(2023, 1, 1))
                .end(LocalDate.of(2023, 1, 31))
                .putCounts(LocalDate.of(2023, 1, 9), 2L)
                .build())
        .addBlocks(
            BarChart.builder()
                .title(text.apply("条形图"))
                .description(text.apply("说明"))
                .addCategories(text.apply("甲"), text.apply("乙"), text.apply("丙"))
                .stacked(false)
                .addBars(BarChart.Bar.of(text.apply("青川县"), List.of(3L, 1L, 0L)))
                .addBars(BarChart.Bar.of(text.apply("云河区"), List.of(6L, 0L, 0L)))
                .build())
        .addSubsections(
            Section.builder()
                .id("extra.more")
                .heading(text.apply("（一）细项"))
                .addBlocks(Paragraph.of(text.apply("细项内容。")))
                .build())
        .build();
  }

  /**
   * Returns the bulletin's own texts in reading order: title, preamble, then for each section and
   * appendix its heading, its blocks' texts (paragraph text; table caption, header and cells; chart
   * title, description, categories and bar labels) and its subsections.
   */
  public static List<String> texts(Bulletin bulletin) {
    List<String> texts = new ArrayList<>();
    texts.add(bulletin.title());
    texts.add(bulletin.preamble().text());
    for (Section section : bulletin.sections()) {
      texts(section, texts);
    }
    for (Section section : bulletin.appendices()) {
      texts(section, texts);
    }
    return texts;
  }

  private static void texts(Section section, List<String> texts) {
    texts.add(section.heading());
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph paragraph) {
        texts.add(paragraph.text());
      } else if (block instanceof Table table) {
        texts.add(table.caption());
        texts.addAll(table.header());
        for (Table.Row row : table.rows()) {
          texts.addAll(row.cells());
        }
      } else if (block instanceof CalendarChart calendar) {
        texts.add(calendar.title());
        texts.add(calendar.description());
      } else if (block instanceof BarChart bars) {
        texts.add(bars.title());
        texts.add(bars.description());
        texts.addAll(bars.categories());
        for (BarChart.Bar bar : bars.bars()) {
          texts.add(bar.label());
        }
      }
    }
    for (Section subsection : section.subsections()) {
      texts(subsection, texts);
    }
  }

  private static BulletinBuilder options(UnaryOperator<String> text, Language language) {
    return named(text, language)
        .title(text.apply("关于2023年第一季度领导干部“走流程”情况的通报"))
        .issuer(text.apply("市深化能力作风建设领导小组办公室"))
        .audience(text.apply("各县（市）区、市直各部门"))
        .addSection(extraSection(text));
  }

  private static BulletinBuilder named(UnaryOperator<String> text, Language language) {
    Dataset dataset = ReportFixtures.dataset(text);
    return Bulletin.builder(dataset, WalkAnalytics.analyze(dataset))
        .language(language)
        .criticism(Criticism.NAMED)
        .issuedOn(ISSUED_ON);
  }
}
