package io.github.zouliucheng.walk.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.Severity;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class SheetLayoutTest {

  @Test
  void recordHeaders_inTheTemplatesOrder() {
    assertThat(SheetLayout.recordHeaders())
        .containsExactly(
            "记录编号", "单位", "单位类别", "姓名", "职务", "是否主要负责同志", "日期", "开始时间", "结束时间", "体验地点（服务场所）",
            "场所类型", "场所主管单位", "体验事项", "事项类型（简单/复杂）", "突破限制", "体验方式", "体验身份", "体验方法", "明查/暗访",
            "四不两直", "全程/部分", "备注", "问题编号", "发现问题", "问题类别", "发现日期", "优先级（重/轻/缓）", "责任单位", "整改方式",
            "整改措施", "整改时限", "责任人", "整改状态", "开始整改日期", "完成日期", "销号日期", "整改效果", "回访日期", "回访结果");
    assertThat(SheetLayout.rosterHeaders()).containsExactly("单位", "单位类别", "姓名", "职务", "是否主要负责同志", "所属片区");
  }

  @Test
  void required_columnsAreThoseTheModelNeeds_and职务WithoutARoster() {
    assertThat(SheetLayout.records().stream().filter(SheetLayout.Column::required).map(SheetLayout.Column::header))
        .containsExactly(
            "单位", "姓名", "日期", "体验地点（服务场所）", "体验事项", "事项类型（简单/复杂）", "体验方式", "体验身份", "体验方法",
            "明查/暗访", "全程/部分", "发现问题", "问题类别");
    assertThat(
            SheetLayout.records().stream()
                .filter(c -> c.requiredWithoutRoster() && !c.required())
                .map(SheetLayout.Column::header)
                .collect(Collectors.toList()))
        .containsExactly("职务");
    assertThat(SheetLayout.roster().stream().filter(SheetLayout.Column::required).map(SheetLayout.Column::header))
        .containsExactly("单位", "单位类别", "姓名", "职务");
  }

  @Test
  void columns_sayWhatTheyHoldAndWhichValuesTheyTake() {
    SheetLayout.Column visibility = column("明查/暗访");
    assertThat(visibility.valueKind()).isEqualTo(SheetLayout.ValueKind.ONE_OF);
    assertThat(visibility.allowedValues()).containsExactly("明查", "暗访");
    assertThat(visibility.aliases()).contains("明察暗访");
    assertThat(column("体验方式").valueKind()).isEqualTo(SheetLayout.ValueKind.SEVERAL_OF);
    assertThat(column("日期").valueKind()).isEqualTo(SheetLayout.ValueKind.DATE);
    assertThat(column("开始时间").valueKind()).isEqualTo(SheetLayout.ValueKind.TIME);
    assertThat(column("四不两直").allowedValues()).containsExactly("是", "否");
    assertThat(column("整改措施").valueKind()).isEqualTo(SheetLayout.ValueKind.TEXTS);
    assertThat(column("备注").allowedValues()).isEmpty();
    assertThat(column("备注").hint()).isNotBlank();
  }

  private static SheetLayout.Column column(String header) {
    return SheetLayout.records().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
  }

  @Test
  void everyHeaderAndAlias_namesOneColumnOnly() {
    // building the tables throws when a spelling names two columns
    assertThat(Header.keys(RecordColumn.class)).hasSizeGreaterThan(RecordColumn.values().length);
    assertThat(Header.keys(RosterColumn.class)).hasSizeGreaterThan(RosterColumn.values().length);
  }

  @Test
  void columns_letters() {
    assertThat(Columns.letter(0)).isEqualTo("A");
    assertThat(Columns.letter(25)).isEqualTo("Z");
    assertThat(Columns.letter(26)).isEqualTo("AA");
    assertThat(Columns.letter(38)).isEqualTo("AM");
    assertThat(Columns.letter(701)).isEqualTo("ZZ");
    assertThat(Columns.letter(702)).isEqualTo("AAA");
    for (int i = 0; i < 1000; i++) {
      assertThat(Columns.index(Columns.letter(i))).isEqualTo(i);
    }
    assertThatIllegalArgumentException().isThrownBy(() -> Columns.letter(-1));
  }

  @Test
  void sheetProblem_locationAndLine() {
    SheetProblem cell =
        SheetProblem.builder().sheet("走流程纪实").row(7).column("G").header("日期").rule(Rule.INVALID_VALUE).value("x").message("m").build();
    SheetProblem row = SheetProblem.builder().sheet("走流程纪实").row(7).rule(Rule.MISSING_FIELD).message("m").build();
    SheetProblem sheet = SheetProblem.builder().sheet("walks.csv").rule(Rule.RECTIFIED_WITHOUT_MEASURES).message("m").build();

    assertThat(cell.location()).isEqualTo("走流程纪实!G7");
    assertThat(row.location()).isEqualTo("走流程纪实!7:7");
    assertThat(sheet.location()).isEqualTo("walks.csv");
    assertThat(cell).hasToString("error 走流程纪实!G7 (日期) invalid_value: m");
    assertThat(sheet.severity()).isEqualTo(Severity.WARNING);
    assertThatIllegalStateException()
        .isThrownBy(() -> SheetProblem.builder().sheet("s").column("A").rule(Rule.INVALID_VALUE).message("m").build())
        .withMessage("column A needs a row");
    assertThatIllegalArgumentException().isThrownBy(() -> new SheetImportException(java.util.List.of()));
  }
}
