package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Block#accept} calls the visitor's method of the block's own type, with the block itself. */
final class BlockVisitorTest {
  /** Names the method called and checks that it was given the block visited. */
  private static final class Recorder implements Block.Visitor<String> {
    private final Block expected;

    Recorder(Block expected) {
      this.expected = expected;
    }

    @Override
    public String visitParagraph(Paragraph paragraph) {
      assertThat(paragraph).isSameAs(expected);
      return "paragraph";
    }

    @Override
    public String visitTable(Table table) {
      assertThat(table).isSameAs(expected);
      return "table";
    }

    @Override
    public String visitCalendarChart(CalendarChart chart) {
      assertThat(chart).isSameAs(expected);
      return "calendar";
    }

    @Override
    public String visitBarChart(BarChart chart) {
      assertThat(chart).isSameAs(expected);
      return "bars";
    }
  }

  private static String visit(Block block) {
    return block.accept(new Recorder(block));
  }

  @Test
  void paragraph_dispatchesToVisitParagraph() {
    assertThat(visit(Paragraph.of("一句话。"))).isEqualTo("paragraph");
  }

  @Test
  void table_dispatchesToVisitTable() {
    Table table =
        Table.builder()
            .caption("表")
            .addHeader("单位", "次数")
            .addNumericColumns(1)
            .addRows(Table.Row.of(List.of("青川县", "3"), Evidence.builder().addUnitIds("qc").build()))
            .build();

    assertThat(visit(table)).isEqualTo("table");
  }

  @Test
  void calendarChart_dispatchesToVisitCalendarChart() {
    CalendarChart chart =
        CalendarChart.builder()
            .title("日历")
            .description("说明")
            .start(LocalDate.of(2023, 1, 1))
            .end(LocalDate.of(2023, 1, 31))
            .putCounts(LocalDate.of(2023, 1, 9), 2L)
            .build();

    assertThat(visit(chart)).isEqualTo("calendar");
  }

  @Test
  void barChart_dispatchesToVisitBarChart() {
    BarChart chart =
        BarChart.builder()
            .title("条形图")
            .description("说明")
            .addCategories("甲", "乙")
            .stacked(false)
            .addBars(BarChart.Bar.of("青川县", List.of(3L, 1L)))
            .build();

    assertThat(visit(chart)).isEqualTo("bars");
  }
}
