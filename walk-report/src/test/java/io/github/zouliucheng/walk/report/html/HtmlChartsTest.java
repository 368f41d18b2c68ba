package io.github.zouliucheng.walk.report.html;

import static io.github.zouliucheng.walk.report.html.HtmlTesting.fragment;
import static io.github.zouliucheng.walk.report.html.HtmlTesting.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;


/** The calendar heatmap and the bar charts, read back from the SVG. */
class HtmlChartsTest {
  private static final BigDecimal FULL_BAR = new BigDecimal("256.00");

  // ---------------------------------------------------------------------------------------------
  // calendar

  @Test
  void calendar_showsEveryDayOfThePeriodOnce_withItsCountInItsTitle() {
    Bulletin bulletin = ReportFixtures.bulletin();
    CalendarChart chart = (CalendarChart) bulletin.section("overview").orElseThrow().blocks().get(1);
    Document document = fragment(HtmlRenderer.fragment().render(bulletin));

    Elements days = document.select("figure.wkb-calendar rect.wkb-day");
    List<String> dates = days.eachAttr("data-date");
    List<String> expected = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2023, 1, 1); !day.isAfter(LocalDate.of(2023, 3, 31)); day = day.plusDays(1)) {
      expected.add(day.toString());
    }
    assertThat(dates).containsExactlyElementsOf(expected);
    for (Element day : days) {
      LocalDate date = LocalDate.parse(day.attr("data-date"));
      long count = chart.count(date);
      assertThat(day.attr("data-count")).isEqualTo(Long.toString(count));
      assertThat(day.child(0).normalName()).isEqualTo("title");
      assertThat(day.child(0).text())
          .isEqualTo(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日：" + count + "次");
    }
    // by hand from the fixture: 1 March has three walks (w05, w06, w07), 6, 7, 8 February and 16 January one each
    assertThat(document.select("rect[data-date=2023-03-01] > title").text()).isEqualTo("2023年3月1日：3次");
    assertThat(document.select("rect[data-date=2023-02-07] > title").text()).isEqualTo("2023年2月7日：1次");
    assertThat(document.select("rect[data-date=2023-02-09] > title").text()).isEqualTo("2023年2月9日：0次");
  }

  @Test
  void calendar_columnsAreWeeks_rowsAreWeekdaysMondayFirst() {
    Document document = fragment(HtmlRenderer.fragment().render(ReportFixtures.bulletin()));

    Map<BigDecimal, DayOfWeek> rows = new TreeMap<>();
    Map<BigDecimal, Set<LocalDate>> columns = new TreeMap<>();
    for (Element day : document.select("rect.wkb-day")) {
      LocalDate date = LocalDate.parse(day.attr("data-date"));
      DayOfWeek previous = rows.put(number(day, "y"), date.getDayOfWeek());
      assertThat(previous == null || previous == date.getDayOfWeek()).as("row of %s", date).isTrue();
      columns.computeIfAbsent(number(day, "x"), x -> new HashSet<>()).add(date);
    }
    // seven rows, top to bottom Monday to Sunday
    assertThat(rows.values()).containsExactly(DayOfWeek.values());
    // 1 January 2023 is a Sunday, alone in the first column; 31 March a Friday; 14 columns in all
    assertThat(columns).hasSize(14);
    List<Set<LocalDate>> weeks = new ArrayList<>(columns.values());
    assertThat(weeks.get(0)).containsExactly(LocalDate.of(2023, 1, 1));
    assertThat(weeks.get(1)).hasSize(7).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue() - 1).isEqualTo(d.getDayOfMonth() - 2));
    assertThat(weeks.get(13)).hasSize(5).contains(LocalDate.of(2023, 3, 27), LocalDate.of(2023, 3, 31));
    // month names from the bundle, weekday names on the left
    assertThat(document.select("figure.wkb-calendar .wkb-months text").eachText()).containsExactly("1月", "2月", "3月");
    assertThat(document.select("figure.wkb-calendar .wkb-weekdays text").eachText()).containsExactly("一", "二", "三", "四", "五", "六", "日");
    assertThat(document.select("figure.wkb-calendar .wkb-legend text").eachText()).containsExactly("少", "多");
  }

  @Test
  void calendar_busiestDayIsTheDarkest_emptyDaysStandApart() {
    Document document = fragment(HtmlRenderer.fragment().render(ReportFixtures.bulletin()));

    Elements days = document.select("rect.wkb-day");
    Element busiest = document.selectFirst("rect[data-date=2023-03-01]");
    double darkest = HtmlTesting.luminance(busiest.attr("fill"));
    Set<String> emptyFills = new HashSet<>();
    Set<String> walkedFills = new HashSet<>();
    for (Element day : days) {
      assertThat(HtmlTesting.luminance(day.attr("fill"))).isGreaterThanOrEqualTo(darkest);
      if (day.attr("data-count").equals("0")) {
        emptyFills.add(day.attr("fill"));
      } else {
        walkedFills.add(day.attr("fill"));
        assertThat(HtmlTesting.luminance(day.attr("fill"))).isLessThan(HtmlTesting.luminance(SvgCalendar.PALETTE.get(0)));
      }
    }
    assertThat(emptyFills).containsExactly(SvgCalendar.PALETTE.get(0));
    assertThat(walkedFills).doesNotContain(SvgCalendar.PALETTE.get(0)).contains(SvgCalendar.PALETTE.get(4));
    assertThat(busiest.attr("fill")).isEqualTo(SvgCalendar.PALETTE.get(4));
  }

  @Test
  void calendarPalette_getsDarkerStepByStep() {
    for (int step = 1; step < SvgCalendar.PALETTE.size(); step++) {
      assertThat(HtmlTesting.luminance(SvgCalendar.PALETTE.get(step)))
          .isLessThan(HtmlTesting.luminance(SvgCalendar.PALETTE.get(step - 1)));
    }
  }

  @Test
  void calendar_ofAnyRange_labelsMonthsWithoutOverlap_andTellsTheLegendRanges() {
    // starts on the second-last day of January: its label gives way to February's
    CalendarChart chart =
        CalendarChart.builder()
            .title("每日次数")
            .description("测试")
            .start(LocalDate.of(2024, 1, 30))
            .end(LocalDate.of(2024, 3, 2))
            .putCounts(LocalDate.of(2024, 2, 29), 8L)
            .putCounts(LocalDate.of(2024, 2, 1), 1L)
            .putCounts(LocalDate.of(2024, 2, 2), 3L)
            .build();
    Document document = fragment(HtmlRenderer.fragment().render(HtmlTesting.withBlock(chart)));

    Element figure = document.select("figure.wkb-calendar").last();
    assertThat(figure.select("rect.wkb-day")).hasSize(33);
    assertThat(figure.select(".wkb-months text").eachText()).containsExactly("2月", "3月");
    assertThat(figure.select("rect[data-date=2024-02-29]").attr("fill")).isEqualTo(SvgCalendar.PALETTE.get(4));
    // 1 of 8 is step 1, 3 of 8 step 2
    assertThat(figure.select("rect[data-date=2024-02-01]").attr("fill")).isEqualTo(SvgCalendar.PALETTE.get(1));
    assertThat(figure.select("rect[data-date=2024-02-02]").attr("fill")).isEqualTo(SvgCalendar.PALETTE.get(2));
    assertThat(figure.select(".wkb-legend rect > title").eachText()).containsExactly("0次", "1–2次", "3–4次", "5–6次", "7–8次");
  }

  @Test
  void step_isZeroOnlyForNothing_andFourForTheLargestCount() {
    assertThat(SvgCalendar.step(0, 0)).isZero();
    assertThat(SvgCalendar.step(0, 5)).isZero();
    assertThat(SvgCalendar.step(1, 1)).isEqualTo(4);
    assertThat(SvgCalendar.step(1, 100)).isEqualTo(1);
    assertThat(SvgCalendar.step(25, 100)).isEqualTo(1);
    assertThat(SvgCalendar.step(26, 100)).isEqualTo(2);
    assertThat(SvgCalendar.step(75, 100)).isEqualTo(3);
    assertThat(SvgCalendar.step(76, 100)).isEqualTo(4);
    assertThat(SvgCalendar.step(Long.MAX_VALUE / 8, Long.MAX_VALUE / 8)).isEqualTo(4);
  }

  // ---------------------------------------------------------------------------------------------
  // bars

  @Test
  void stackedBars_segmentWidthsAddUpToTheBarWidth() {
    BarChart awkward =
        BarChart.builder()
            .title("构成")
            .description("测试")
            .addCategories("甲", "乙", "丙", "丁")
            .addBars(BarChart.Bar.of("三等分", List.of(1L, 1L, 1L, 0L)))
            .addBars(BarChart.Bar.of("七分", List.of(1L, 2L, 3L, 1L)))
            .addBars(BarChart.Bar.of("悬殊", List.of(1L, 0L, 0L, 999_999L)))
            .stacked(true)
            .build();
    List<Bulletin> bulletins = List.of(ReportFixtures.bulletin(), HtmlTesting.withBlock(awkward));
    int bars = 0;
    for (Bulletin bulletin : bulletins) {
      Document document = fragment(HtmlRenderer.fragment().render(bulletin));
      for (Element bar : document.select("figure.wkb-bars g.wkb-bar")) {
        Elements segments = bar.select("rect.wkb-segment");
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal edge = new BigDecimal("112.00");
        for (Element segment : segments) {
          assertThat(number(segment, "x")).isEqualByComparingTo(edge);
          sum = sum.add(number(segment, "width"));
          edge = edge.add(number(segment, "width"));
        }
        assertThat(sum).as(bar.child(0).text()).isEqualByComparingTo(FULL_BAR);
        bars++;
      }
    }
    // the fixture's two charts of four bars each, in both bulletins, and the three awkward bars
    assertThat(bars).isEqualTo(4 + 4 + 4 + 4 + 3);
  }

  @Test
  void stackedBars_segmentsAreSharesOfTheirBar_withLegendAndTitles() {
    BarChart chart =
        BarChart.builder()
            .title("构成")
            .description("测试")
            .addCategories("实地履职", "网上体验走", "交叉联动走")
            .addBars(BarChart.Bar.of("甲县", List.of(2L, 1L, 1L)))
            .addBars(BarChart.Bar.of("乙局", List.of(0L, 0L, 0L)))
            .stacked(true)
            .build();
    Document document = fragment(HtmlRenderer.fragment().render(HtmlTesting.withBlock(chart)));

    Element figure = document.select("figure.wkb-bars").last();
    assertThat(figure.select(".wkb-legend text").eachText()).containsExactly("实地履职", "网上体验走", "交叉联动走");
    assertThat(figure.select(".wkb-legend rect").eachAttr("fill")).containsExactlyElementsOf(SvgBars.PALETTE.subList(0, 3));
    Element first = figure.select("g.wkb-bar").get(0);
    assertThat(first.child(0).text()).isEqualTo("甲县：合计4");
    assertThat(first.select("rect.wkb-segment").eachAttr("width")).containsExactly("128.00", "64.00", "64.00");
    assertThat(first.select("rect.wkb-segment > title").eachText())
        .containsExactly("甲县，实地履职：2（50.0%）", "甲县，网上体验走：1（25.0%）", "甲县，交叉联动走：1（25.0%）");
    assertThat(first.select("rect.wkb-segment").eachAttr("fill")).containsExactlyElementsOf(SvgBars.PALETTE.subList(0, 3));
    // a bar with nothing to share has no segment, and says 0
    Element empty = figure.select("g.wkb-bar").get(1);
    assertThat(empty.select("rect")).isEmpty();
    assertThat(empty.select("text").eachText()).containsExactly("乙局", "0");
    assertThat(figure.select(".wkb-axis text").eachText()).containsExactly("0%", "25%", "50%", "75%", "100%");
  }

  @Test
  void bars_notStacked_shareOneScaleEndingAtARoundNumber() {
    BarChart chart =
        BarChart.builder()
            .title("次数")
            .description("测试")
            .addCategories("次数")
            .addBars(BarChart.Bar.of("甲", List.of(9L)))
            .addBars(BarChart.Bar.of("乙", List.of(3L)))
            .addBars(BarChart.Bar.of("丙", List.of(0L)))
            .stacked(false)
            .build();
    Document document = fragment(HtmlRenderer.fragment().render(HtmlTesting.withBlock(chart)));

    Element figure = document.select("figure.wkb-bars").last();
    // the axis ends at 10 (steps of 5): 9 is 0.9 of the full width, 3 is 0.3
    assertThat(figure.select(".wkb-axis text").eachText()).containsExactly("0", "5", "10");
    assertThat(figure.select("g.wkb-bar").get(0).select("rect").attr("width")).isEqualTo("230.40");
    assertThat(figure.select("g.wkb-bar").get(1).select("rect").attr("width")).isEqualTo("76.80");
    assertThat(figure.select("g.wkb-bar").get(2).select("rect")).isEmpty();
    assertThat(figure.select("g.wkb-bar rect > title").eachText()).containsExactly("甲，次数：9", "乙，次数：3");
    // one category and no shares: no legend
    assertThat(figure.select(".wkb-legend")).isEmpty();
  }

  @Test
  void niceStep_andAxisMax_areRoundNumbersCoveringTheLargestBar() {
    assertThat(SvgBars.niceStep(0)).isEqualTo(1);
    assertThat(SvgBars.axisMax(0)).isEqualTo(1);
    assertThat(SvgBars.niceStep(3)).isEqualTo(1);
    assertThat(SvgBars.axisMax(3)).isEqualTo(3);
    assertThat(SvgBars.niceStep(7)).isEqualTo(2);
    assertThat(SvgBars.axisMax(7)).isEqualTo(8);
    assertThat(SvgBars.niceStep(10)).isEqualTo(5);
    assertThat(SvgBars.axisMax(10)).isEqualTo(10);
    assertThat(SvgBars.niceStep(1234)).isEqualTo(500);
    assertThat(SvgBars.axisMax(1234)).isEqualTo(1500);
  }

  @Test
  void longLabels_areShortenedWithAnEllipsis_theFullLabelInTheRowTitle() {
    String longName = "市公共法律服务中心法律援助窗口暨十二三四五六七八九十号办事大厅";
    String latin = "Municipal Bureau of Human Resources and Social Security";
    BarChart chart =
        BarChart.builder()
            .title("构成")
            .description("测试")
            .addCategories("甲", "乙")
            .addBars(BarChart.Bar.of(longName, List.of(1L, 1L)))
            .addBars(BarChart.Bar.of(latin, List.of(1L, 1L)))
            .addBars(BarChart.Bar.of("短名", List.of(1L, 1L)))
            .addBars(BarChart.Bar.of("𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷", List.of(1L, 1L)))
            .stacked(true)
            .build();
    Document document = fragment(HtmlRenderer.fragment().render(HtmlTesting.withBlock(chart)));

    Elements rows = document.select("figure.wkb-bars").last().select("g.wkb-bar");
    assertThat(rows.get(0).child(0).text()).isEqualTo(longName + "：合计2");
    String shown = rows.get(0).child(1).text();
    assertThat(shown).endsWith("…").hasSizeLessThan(longName.length());
    assertThat(longName).startsWith(shown.substring(0, shown.length() - 1));
    String latinShown = rows.get(1).child(1).text();
    assertThat(latinShown).endsWith("…").startsWith("Municipal Bur");
    assertThat(latin).startsWith(latinShown.substring(0, latinShown.length() - 1));
    assertThat(Svg.width(latinShown)).isLessThanOrEqualTo((SvgBars.LABEL - 8) / (double) Svg.FONT);
    assertThat(rows.get(2).child(1).text()).isEqualTo("短名");
    // surrogate pairs stay whole
    String cut = rows.get(3).child(1).text();
    assertThat(cut).endsWith("…");
    assertThat(cut.substring(0, cut.length() - 1).codePoints()).containsOnly("𠮷".codePointAt(0));
  }

  @Test
  void fit_keepsTextThatFits_andCutsToTheWidth() {
    assertThat(Svg.fit("青川县", 10)).isEqualTo("青川县");
    assertThat(Svg.fit("一二三四五六七八九十", 10)).isEqualTo("一二三四五六七八九十");
    assertThat(Svg.fit("一二三四五六七八九十一", 10)).isEqualTo("一二三四五六七八九…");
    assertThat(Svg.width(Svg.fit("abcdefghijklmnopqrstuvwxyz", 5))).isLessThanOrEqualTo(5);
  }

  @Test
  void manyCategories_takeThePaletteInTurn() {
    BarChart.Builder builder = BarChart.builder().title("多类").description("测试").stacked(true);
    List<Long> values = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      builder.addCategories("类" + i);
      values.add(1L);
    }
    Document document = fragment(HtmlRenderer.fragment().render(HtmlTesting.withBlock(builder.addBars(BarChart.Bar.of("甲", values)).build())));

    List<String> fills = document.select("figure.wkb-bars").last().select("rect.wkb-segment").eachAttr("fill");
    assertThat(fills).hasSize(10);
    assertThat(fills.subList(0, 8)).containsExactlyElementsOf(SvgBars.PALETTE);
    assertThat(fills.subList(8, 10)).containsExactlyElementsOf(SvgBars.PALETTE.subList(0, 2));
  }

  @Test
  void barChart_withoutBars_saysSo() {
    BarChart chart = BarChart.builder().title("空").description("没有数据").addCategories("甲", "乙").stacked(true).build();
    Document document = fragment(HtmlRenderer.fragment().render(HtmlTesting.withBlock(chart)));

    Element figure = document.select("figure.wkb-bars").last();
    assertThat(figure.select("g.wkb-bar")).isEmpty();
    assertThat(figure.select("svg > text").text()).isEqualTo("无数据");
  }

  @Test
  void num_printsHundredthsWithTwoDecimals() {
    assertThat(Svg.num(0)).isEqualTo("0.00");
    assertThat(Svg.num(5)).isEqualTo("0.05");
    assertThat(Svg.num(1234)).isEqualTo("12.34");
    assertThat(Svg.num(-50)).isEqualTo("-0.50");
    assertThat(Svg.num(100)).isEqualTo("1.00");
    assertThat(Svg.units(256)).isEqualTo("256.00");
  }
}
