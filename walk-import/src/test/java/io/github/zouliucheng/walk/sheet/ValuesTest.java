package io.github.zouliucheng.walk.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.WalkForm;
import io.github.zouliucheng.walk.sheet.Values.BadCell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class ValuesTest {

  private static final LocalDate JAN_5 = LocalDate.of(2023, 1, 5);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-01-05",
        "2023-1-5",
        "2023/1/5",
        "2023/01/05",
        "2023.1.5",
        "2023年1月5日",
        "2023年01月05日",
        "2023年1月5号",
        "2023 年 1 月 5 日",
        "20230105",
        "  2023-01-05\u3000",
        "２０２３年１月５日",
        "2023／1／5",
        "2023/1/5 0:00",
        "2023-01-05 00:00:00"
      })
  void date_everySpelling_readsTheSameDay(String text) throws BadCell {
    assertThat(Values.date(SheetCell.text(text))).isEqualTo(JAN_5);
  }

  @Test
  void date_excelCells_readTheirDay() throws BadCell {
    assertThat(Values.date(SheetCell.dateTime(JAN_5.atStartOfDay()))).isEqualTo(JAN_5);
    assertThat(Values.date(SheetCell.number(new BigDecimal("20230105")))).isEqualTo(JAN_5);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-02-30|is not a day of the calendar (year 2023, month 02, day 30)",
        "2023年13月1日|is not a day of the calendar (year 2023, month 13, day 1)",
        "20230230|is not a day of the calendar (year 2023, month 02, day 30)",
        "2023-1/5|is not a date; write it as " + Values.DATE_SPELLINGS,
        "23/1/5|is not a date; write it as " + Values.DATE_SPELLINGS,
        "一月五日|is not a date; write it as " + Values.DATE_SPELLINGS,
        "2023/1/5 8:40|has a time of day (08:40); give the date alone and the time in 开始时间/结束时间"
      })
  void date_badText_saysWhy(String text, String reason) {
    assertThatThrownBy(() -> Values.date(SheetCell.text(text)))
        .isInstanceOf(BadCell.class)
        .hasMessage(reason)
        .extracting(e -> ((BadCell) e).rule())
        .isEqualTo(Rule.INVALID_VALUE);
  }

  @Test
  void date_badCells_sayWhy() {
    assertThatThrownBy(() -> Values.date(SheetCell.number(new BigDecimal("44931"))))
        .hasMessageStartingWith("is a number, not a date; format the cell as a date");
    assertThatThrownBy(() -> Values.date(SheetCell.dateTime(LocalDateTime.of(2023, 1, 5, 9, 30))))
        .hasMessageStartingWith("has a time of day (09:30)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "8:40|08:40",
        "08:40|08:40",
        "８：４０|08:40",
        "14:30|14:30",
        "8:40:30|08:40:30",
        "8时40分|08:40",
        "8点40|08:40",
        "8时|08:00",
        "8点半|08:30",
        "上午9:15|09:15",
        "下午2:30|14:30",
        "下午2点|14:00",
        "晚上7时|19:00",
        "中午12:30|12:30",
        "中午1点|13:00",
        "中午11:30|11:30",
        "下午12:10|12:10"
      })
  void time_spellings(String text, String expected) throws BadCell {
    assertThat(Values.time(SheetCell.text(text))).isEqualTo(LocalTime.parse(expected));
  }

  @Test
  void time_excelCell_readsItsTime_andNonsenseFails() throws BadCell {
    assertThat(Values.time(SheetCell.dateTime(LocalDateTime.of(1899, 12, 31, 8, 40))))
        .isEqualTo(LocalTime.of(8, 40));
    assertThatThrownBy(() -> Values.time(SheetCell.text("25:00")))
        .hasMessage("is not a time of day (hour 25, minute 0, second 0)");
    assertThatThrownBy(() -> Values.time(SheetCell.text("早")))
        .hasMessage("is not a time of day; write it as 8:40, 14:30 or 8时40分");
  }

  @ParameterizedTest
  @ValueSource(strings = {"是", "Y", "yes", "TRUE", "1", "√", "✓", " 是 "})
  void yesNo_yes(String text) throws BadCell {
    assertThat(Values.yesNo(SheetCell.text(text))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"否", "N", "no", "false", "0", "×", "无"})
  void yesNo_no(String text) throws BadCell {
    assertThat(Values.yesNo(SheetCell.text(text))).isFalse();
  }

  @Test
  void yesNo_booleanCellAndNonsense() throws BadCell {
    assertThat(Values.yesNo(SheetCell.bool(true))).isTrue();
    assertThatThrownBy(() -> Values.yesNo(SheetCell.text("可能"))).hasMessage("is not yes or no; write 是 or 否");
  }

  @Test
  void several_readsLabelsThatHoldASeparatorWhole() throws BadCell {
    assertThat(Values.several(Labels.WALK_FORM, "实地履职、内部科室、部门之间走、网上体验走", true))
        .containsExactly(WalkForm.ON_SITE, WalkForm.INTERNAL, WalkForm.ONLINE);
  }

  @Test
  void several_readsEverySeparatorAndSynonym_inOrderWithoutRepeats() throws BadCell {
    assertThat(Values.several(Labels.WALK_FORM, "网上，实地 ; 下沉延伸走+交叉联动/实地履职", true))
        .containsExactly(WalkForm.ONLINE, WalkForm.ON_SITE, WalkForm.GRASSROOTS, WalkForm.CROSS_LINKED);
    assertThat(Values.several(Labels.CROSSING, "跨部门、跨地域", false))
        .containsExactly(Crossing.DEPARTMENT, Crossing.REGION);
  }

  @Test
  void several_unknownWords_areNamed() {
    assertThatThrownBy(() -> Values.several(Labels.WALK_FORM, "实地履职、坐车走、电话", true))
        .isInstanceOf(BadCell.class)
        .hasMessage(
            "holds 坐车走、电话, which are not one of the allowed values; expected 实地履职、内部科室、部门之间走、网上体验走、下沉延伸走、交叉联动走")
        .extracting(e -> ((BadCell) e).rule())
        .isEqualTo(Rule.UNKNOWN_CODE);
  }

  @Test
  void parts_splitOnSemicolonsAndLineBreaks() {
    assertThat(Values.parts(" 增设座椅；安装叫号系统;\n\n 张贴指引 \r\n")).containsExactly("增设座椅", "安装叫号系统", "张贴指引");
    assertThat(Values.parts("农民工讨薪、工伤案件“一表申请”")).containsExactly("农民工讨薪、工伤案件“一表申请”");
  }

  @Test
  void effect_readsIndicatorBeforeAfterAndUnit_keepingScale() {
    assertThat(Values.effect("医保办事窗口：2→4个"))
        .contains(Effect.of("医保办事窗口", new BigDecimal("2"), new BigDecimal("4"), "个"));
    assertThat(Values.effect("研发投入: 12.50 -> 80.00 万元"))
        .contains(Effect.of("研发投入", new BigDecimal("12.50"), new BigDecimal("80.00"), "万元"));
    assertThat(Values.effect("温差：-5→-1℃"))
        .contains(Effect.of("温差", new BigDecimal("-5"), new BigDecimal("-1"), "℃"));
    assertThat(Values.effect("极大提升了办事效率")).isEmpty();
    assertThat(Values.effect("窗口由2个增加到4个")).isEmpty();
  }
}
