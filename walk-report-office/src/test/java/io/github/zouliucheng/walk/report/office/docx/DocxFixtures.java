package io.github.zouliucheng.walk.report.office.docx;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.testing.SyntheticDatasets;
import io.github.zouliucheng.walk.report.Appendix;
import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Bulletins for the DOCX tests, made from synthetic datasets, and their rendering read back. */
final class DocxFixtures {
  static final Period Q1 = Period.ofQuarter(2023, 1);
  static final LocalDate ISSUED = LocalDate.of(2023, 4, 10);

  private DocxFixtures() {}

  /** Returns the dataset of the synthetic bulletins: 24 walks by 9 leaders of 4 units in 2023 Q1. */
  static Dataset dataset() {
    return SyntheticDatasets.dataset(24, 9, 4, Q1, 11);
  }

  /** Returns the bulletin of {@link #dataset()}, issued on 10 April 2023, with every appendix. */
  static Bulletin bulletin() {
    Dataset dataset = dataset();
    return Bulletin.builder(dataset, WalkAnalytics.analyze(dataset))
        .issuedOn(ISSUED)
        .audience("各县（市）区、市直各部门")
        .appendices(EnumSet.allOf(Appendix.class))
        .addSection(handBuilt())
        .build();
  }

  /** Returns a section of every kind of block and three levels of heading, built by hand. */
  static Section handBuilt() {
    Table table =
        Table.builder()
            .caption("各单位整改情况")
            .addHeader("单位", "问题数", "已整改")
            .addRows(
                Table.Row.of(List.of("青川县", "3", "2"), Evidence.none()),
                Table.Row.of(List.of("市医保局", "12", "12"), Evidence.none()))
            .addNumericColumns(1, 2)
            .build();
    CalendarChart calendar =
        CalendarChart.builder()
            .title("测试日历")
            .description("共9次，最多的一天为2023年2月7日，4次。")
            .start(LocalDate.of(2023, 1, 1))
            .end(LocalDate.of(2023, 3, 31))
            .putCounts(LocalDate.of(2023, 1, 16), 1L)
            .putCounts(LocalDate.of(2023, 2, 6), 2L)
            .putCounts(LocalDate.of(2023, 2, 7), 4L)
            .putCounts(LocalDate.of(2023, 3, 1), 2L)
            .build();
    BarChart bars =
        BarChart.builder()
            .title("测试构成")
            .description("按方式统计的次数及占比。")
            .addCategories("实地履职", "网上体验走")
            .addBars(BarChart.Bar.of("青川县", List.of(2L, 1L)), BarChart.Bar.of("云河区", List.of(1L, 0L)))
            .stacked(true)
            .build();
    return Section.builder()
        .id("extra")
        .heading("四、其他事项")
        .addBlocks(Paragraph.of("本节由测试手工编写，包含每一种块。"), table, calendar, bars)
        .addSubsections(
            Section.builder()
                .id("extra.one")
                .heading("（一）第二层标题")
                .addBlocks(Paragraph.of("第二层正文。"))
                .addSubsections(
                    Section.builder()
                        .id("extra.one.a")
                        .heading("1.第三层标题")
                        .addBlocks(Paragraph.of("第三层正文。"))
                        .build())
                .build())
        .build();
  }

  /** Returns every element of the document, as a 公文 of 澜深办. */
  static OfficialDocument full() {
    return OfficialDocument.builder()
        .documentNumber("澜深办〔2023〕3号")
        .copiedTo("市委办公室，市政府办公室")
        .printedBy("市深化能力作风建设领导小组办公室")
        .printedOn(LocalDate.of(2023, 4, 11))
        .copyNumber(12)
        .classification("秘密★1年")
        .urgency("加急")
        .build();
  }

  /** Renders and reads the document back. */
  static XWPFDocument render(Bulletin bulletin, OfficialDocument document) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DocxRenderer.render(bulletin, document, out);
      return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
