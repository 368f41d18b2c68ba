package io.github.zouliucheng.walk.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.RectificationStatus;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Severity;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Walk;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The layout's rules, on small sheets written as CSV text. */
final class SheetImportTest {

  static final Period Q1 = Period.parse("2023-Q1");

  /** Columns A to N: every column a sheet without a roster needs, and nothing else. */
  static final String HEAD = "单位,姓名,职务,日期,体验地点,体验事项,事项类型,体验方式,体验身份,体验方法,明查/暗访,全程/部分,发现问题,问题类别";

  /** A walk of 王明 at 医保窗口 on 14 February, with the finding columns left blank. */
  static final String WALK = "桦南县,王明,县长,2023-02-14,医保窗口,医保报销,简单,实地履职,群众,亲自经办,暗访,全程办";

  static SheetImport.Result read(String records) {
    try {
      return CsvImport.records(new StringReader(records), "走流程纪实").period(Q1).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SheetImport.Result read(String records, String roster) {
    try {
      return CsvImport.records(new StringReader(records), "走流程纪实")
          .roster(new StringReader(roster), "班子成员")
          .period(Q1)
          .read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(SheetImport.Result result) {
    return result.problems().stream().map(SheetProblem::toString).collect(Collectors.toList());
  }

  static List<String> findingIds(Dataset d) {
    return d.allFindings().map(Finding::id).collect(Collectors.toList());
  }

  //-----------------------------------------------------------------------------------------------
  // headers

  @Test
  void read_missingRequiredColumns_isFatalAndNamesEveryOne() {
    String records = "单位,姓名,日期,体验地点,体验事项,体验方式,体验身份,体验方法,明查/暗访,全程/部分,发现问题\n" + "桦南县,王明,2023-02-14\n";

    SheetImportException e = catchThrowableOfType(SheetImportException.class, () -> read(records));
    assertThat(e.problems())
        .extracting(SheetProblem::toString)
        .containsExactly(
            "error 走流程纪实!1:1 (职务) missing_field: required column 职务 is missing from the header row (row 1)",
            "error 走流程纪实!1:1 (事项类型（简单/复杂）) missing_field: required column 事项类型（简单/复杂） is missing from the header row (row 1)",
            "error 走流程纪实!1:1 (问题类别) missing_field: required column 问题类别 is missing from the header row (row 1)");
  }

  @Test
  void read_withRoster_职务IsNotRequiredInTheRecords() {
    String records = HEAD.replace("职务,", "") + "\n" + WALK.replace("县长,", "") + ",,\n";
    String roster = "单位,单位类别,姓名,职务\n桦南县,县（市）区,王明,县长\n";

    assertThat(read(records, roster).orElseThrow().walks()).hasSize(1);
  }

  @Test
  void read_noHeaderRow_isFatal() {
    assertThatThrownBy(() -> read("甲,乙,丙\n1,2,3\n"))
        .isInstanceOf(SheetImportException.class)
        .hasMessageContaining(
            "error 走流程纪实 missing_field: no header row: none of the first 10 rows names a column of the layout, such as 单位, 姓名");
  }

  @Test
  void read_aColumnNamedTwice_isFatal() {
    assertThatThrownBy(() -> read(HEAD + ",体验日期\n"))
        .isInstanceOf(SheetImportException.class)
        .hasMessageContaining(
            "error 走流程纪实!O1 (体验日期) invalid_value: column O \"体验日期\" names the same column as D \"日期\" (日期); keep one of them");
  }

  @Test
  void read_unknownColumns_areErrors_unlessIgnored_andTheRowsAreStillRead() throws IOException {
    String records = HEAD + ",天气,\n" + WALK + ",,,晴,\n" + WALK.replace("王明", "李强") + ",,,,多余\n";

    SheetImport.Result strict = read(records);
    assertThat(lines(strict))
        .containsExactly(
            "error 走流程纪实!O1 (天气) unknown_field: column O \"天气\" is not a column of the layout, so its values are not read; the columns are "
                + String.join(", ", SheetLayout.recordHeaders()),
            "error 走流程纪实!P3 () unknown_field: column P has no header, so its values are not read (the first is on row 3)");
    assertThat(strict.dataset().walks()).hasSize(2);
    assertThatThrownBy(strict::orElseThrow).isInstanceOf(SheetImportException.class);

    SheetImport.Result lenient =
        CsvImport.records(new StringReader(records), "走流程纪实").period(Q1).ignoringUnknownColumns().read();
    assertThat(lenient.isClean()).isTrue();
    assertThat(lenient.dataset()).isEqualTo(strict.dataset());
  }

  @Test
  void read_headerSpellings_spacesFullWidthStarsNotesAndATitleRowAbove() {
    String records =
        "2023年第一季度领导干部走流程纪实表,,,,,,,,,,,,,\n"
            + " 单位* ,姓　名,职务,日期（年月日）,体验地点(服务场所),体验事项,事项类型(简单/复杂),体验方式,体验身份,体验方法,明查／暗访,全程办/部分办,发现问题,问题类型\n"
            + WALK
            + ",,\n";

    SheetImport.Result result = read(records);

    assertThat(result.isClean()).as("%s", lines(result)).isTrue();
    assertThat(result.dataset().walks()).hasSize(1);
  }

  //-----------------------------------------------------------------------------------------------
  // rows

  @Test
  void read_aBadRowAmongGoodRows_keepsTheGoodAndNamesSheetRowColumnRuleAndValue() {
    String records =
        HEAD
            + "\n"
            + WALK
            + ",,\n"
            + WALK.replace("王明", "李强").replace("2023-02-14", "2023-02-30")
            + ",,\n"
            + WALK.replace("王明", "赵敏")
            + ",,\n";

    SheetImport.Result result = read(records);

    assertThat(result.dataset().walks()).extracting(w -> w.leaderId()).containsExactly("桦南县/王明", "桦南县/赵敏");
    assertThat(result.problems()).hasSize(1);
    SheetProblem p = result.problems().get(0);
    assertThat(p.sheet()).isEqualTo("走流程纪实");
    assertThat(p.row()).hasValue(3);
    assertThat(p.column()).hasValue("D");
    assertThat(p.header()).hasValue("日期");
    assertThat(p.rule()).isEqualTo(Rule.INVALID_VALUE);
    assertThat(p.value()).hasValue("2023-02-30");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.location()).isEqualTo("走流程纪实!D3");
    assertThat(p.message())
        .isEqualTo(
            "日期 \"2023-02-30\" is not a day of the calendar (year 2023, month 02, day 30); the walk on row 3 is left out");
    // the member of the failed walk still belongs to the derived roster
    assertThat(result.dataset().roster().member("桦南县/李强")).isPresent();
  }

  @Test
  void read_blankRows_areSkipped_butStillCountInRowNumbers() {
    String records = HEAD + "\n\n,,,,\n" + WALK + ",,\n \u3000,,\n" + WALK.replace("医保报销", "  ") + ",,\n";

    SheetImport.Result result = read(records);

    assertThat(result.dataset().walks()).hasSize(1);
    assertThat(lines(result))
        .containsExactly(
            "error 走流程纪实!F6 (体验事项) missing_field: 体验事项 is blank; the walk on row 6 is left out");
  }

  @Test
  void read_everyRequiredWalkCellBlank_isNamed() {
    String records = HEAD + "\n" + "桦南县,王明,县长,,,,,,,,,,发现问题,其他\n";

    assertThat(read(records).errors())
        .extracting(p -> p.header().orElseThrow() + " " + p.rule().code())
        .containsExactly(
            "日期 missing_field",
            "体验地点 missing_field",
            "体验事项 missing_field",
            "事项类型 missing_field",
            "体验方式 missing_field",
            "体验身份 missing_field",
            "体验方法 missing_field",
            "明查/暗访 missing_field",
            "全程/部分 missing_field");
  }

  @Test
  void read_unknownLabel_namesTheAllowedValues() {
    SheetImport.Result result = read(HEAD + "\n" + WALK.replace("群众", "游客") + ",,\n");

    assertThat(lines(result))
        .containsExactly(
            "error 走流程纪实!I2 (体验身份) unknown_code: 体验身份 \"游客\" is not one of the allowed values; expected"
                + " 普通办事群众身份、普通工作人员身份、领导干部身份; the walk on row 2 is left out");
  }

  //-----------------------------------------------------------------------------------------------
  // rows of one walk

  @Test
  void read_rowsWithTheSame记录编号_areOneWalk_evenApart_andMayLeaveWalkCellsBlank() {
    String records =
        "记录编号," + HEAD + "\n"
            + "A1," + WALK + ",窗口少,窗口设置与等候时间\n"
            + "A2," + WALK.replace("王明", "李强") + ",,\n"
            + "A1,,,,,,,,,,,,,排队时间长,窗口设置与等候时间\n"
            + "A1," + WALK + ",没有叫号系统,设施与环境\n";

    Dataset d = read(records).orElseThrow();

    assertThat(d.walks()).extracting(Walk::id).containsExactly("A1", "A2");
    assertThat(d.walks().get(0).findings()).extracting(Finding::description).containsExactly("窗口少", "排队时间长", "没有叫号系统");
    assertThat(findingIds(d)).containsExactly("A1#1", "A1#2", "A1#3");
  }

  @Test
  void read_without记录编号_rowsWithTheSameUnitNameDatePlaceAndMatter_areOneWalk() {
    String records =
        HEAD + "\n"
            + WALK + ",窗口少,窗口设置与等候时间\n"
            + WALK.replace("2023-02-14", "2023/2/14") + ",排队时间长,窗口设置与等候时间\n"
            + WALK.replace("医保报销", "医保参保登记") + ",,\n";

    Dataset d = read(records).orElseThrow();

    assertThat(d.walks()).hasSize(2);
    assertThat(d.walks().get(0).findings()).hasSize(2);
    assertThat(d.walks().get(1).findings()).isEmpty();
  }

  @Test
  void read_aRowWithBlankWalkCells_continuesTheWalkAbove() {
    String records =
        HEAD + "\n" + WALK + ",窗口少,窗口设置与等候时间\n" + ",,,,,,,,,,,,排队时间长,窗口设置与等候时间\n";

    assertThat(read(records).orElseThrow().walks().get(0).findings()).hasSize(2);
    assertThat(lines(read(HEAD + "\n" + ",,,,,,,,,,,,排队时间长,其他\n")))
        .containsExactly(
            "error 走流程纪实!A2 (单位) missing_field: the walk columns (单位, 姓名, 日期, …) are blank and there is"
                + " no walk above for the row to continue; row 2 is not read");
  }

  @Test
  void read_rowsOfOneWalkThatDisagree_leaveTheWalkOut() {
    String records =
        "记录编号," + HEAD + "\n"
            + "A1," + WALK + ",窗口少,窗口设置与等候时间\n"
            + "A1," + WALK.replace("暗访", "明查") + ",排队时间长,窗口设置与等候时间\n"
            + "A2," + WALK.replace("王明", "李强") + ",,\n";

    SheetImport.Result result = read(records);

    assertThat(result.dataset().walks()).extracting(Walk::id).containsExactly("A2");
    assertThat(lines(result))
        .containsExactly(
            "error 走流程纪实!L3 (明查/暗访) invalid_value: 明查/暗访 \"明查\" differs from \"暗访\" on row 2 of the same"
                + " walk; the walk on rows 2–3 is left out");
  }

  @Test
  void read_aBadFindingCell_leavesTheFindingOut_andKeepsTheWalk() {
    String records =
        HEAD + "\n" + WALK + ",窗口少,窗口设置与等候时间\n" + WALK + ",排队时间长,排队\n";

    SheetImport.Result result = read(records);

    assertThat(result.dataset().walks()).hasSize(1);
    assertThat(result.dataset().walks().get(0).findings()).extracting(Finding::description).containsExactly("窗口少");
    assertThat(lines(result))
        .containsExactly(
            "error 走流程纪实!N3 (问题类别) unknown_code: 问题类别 \"排队\" is not one of the allowed values; expected"
                + " 窗口设置与等候时间、申请材料与证明、审批环节与时限、部门协同、安全隐患、设施与环境、跟踪反馈与闭环、服务企业、日常内务、其他;"
                + " the finding on row 3 is left out");
  }

  //-----------------------------------------------------------------------------------------------
  // rosters

  @Test
  void read_withoutRoster_derivesItFromTheRecords() {
    String records =
        HEAD + ",是否主要负责同志\n"
            + WALK + ",,,是\n"
            + WALK.replace("王明,县长", "李强,副县长").replace("2023-02-14", "2023-02-15") + ",,,\n"
            + WALK.replace("桦南县", "市司法局").replace("王明,县长", "陈刚,局长") + ",,,\n";

    Dataset d = read(records).orElseThrow();

    assertThat(d.roster().units())
        .containsExactly(
            Unit.of("桦南县", "桦南县", UnitKind.COUNTY), Unit.of("市司法局", "市司法局", UnitKind.DEPARTMENT));
    assertThat(d.roster().members())
        .containsExactly(
            Member.builder().id("桦南县/王明").name("王明").title("县长").unitId("桦南县").principal(true).build(),
            Member.builder().id("桦南县/李强").name("李强").title("副县长").unitId("桦南县").build(),
            Member.builder().id("市司法局/陈刚").name("陈刚").title("局长").unitId("市司法局").build());
  }

  @Test
  void read_withoutRoster_aMemberWithNo职务_isLeftOutWithTheirWalks() {
    String records = HEAD + "\n" + WALK.replace("县长", "") + ",,\n" + WALK.replace("王明,县长", "李强,副县长") + ",,\n";

    SheetImport.Result result = read(records);

    assertThat(result.dataset().walks()).extracting(Walk::leaderId).containsExactly("桦南县/李强");
    assertThat(lines(result))
        .containsExactly(
            "error 走流程纪实!B2 (姓名) unknown_reference: 姓名 \"王明\" of 桦南县 was left out of the roster (see the"
                + " problems of that member); the walk on row 2 is left out",
            "error 走流程纪实!C2 (职务) missing_field: 职务 of 王明 (桦南县) is blank on every row; without a roster"
                + " sheet the records give each member's title; 王明 of 桦南县 is left out, and so are their walks");
  }

  @Test
  void read_withoutRoster_theUnitKindComesFrom单位类别_orFromTheName() {
    String records =
        HEAD + ",单位类别\n"
            + WALK + ",,,\n"
            + WALK.replace("桦南县", "高新区管委会") + ",,,县（市）区\n"
            + WALK.replace("桦南县", "郊区") + ",,,\n";

    assertThat(read(records).orElseThrow().roster().units())
        .extracting(Unit::kind)
        .containsExactly(UnitKind.COUNTY, UnitKind.COUNTY, UnitKind.COUNTY);
    assertThat(Importer.guessKind("市医保局")).isEqualTo(UnitKind.DEPARTMENT);
    assertThat(Importer.guessKind("同江市")).isEqualTo(UnitKind.COUNTY);
  }

  @Test
  void read_withRoster_knowsMembersWhoNeverWalked_andReportsWalkersNotOnIt() {
    String roster =
        "单位,单位类别,姓名,职务,是否主要负责同志\n"
            + "桦南县,县（市）区,王明,县长,是\n"
            + "桦南县,县（市）区,李强,副县长,\n"
            + "市司法局,市直部门,,,\n";
    String records = HEAD + "\n" + WALK + ",,\n" + WALK.replace("王明", "张三") + ",,\n";

    SheetImport.Result result = read(records, roster);

    assertThat(result.dataset().roster().members()).extracting(Member::name).containsExactly("王明", "李强");
    assertThat(result.dataset().roster().units()).extracting(Unit::name).containsExactly("桦南县", "市司法局");
    assertThat(result.dataset().walks()).extracting(Walk::leaderId).containsExactly("桦南县/王明");
    assertThat(lines(result))
        .containsExactly(
            "error 走流程纪实!B3 (姓名) unknown_reference: 姓名 \"张三\" of 桦南县 is not on the roster sheet 班子成员;"
                + " the walk on row 3 is left out");
  }

  @Test
  void read_rosterProblems_comeFirst_andLeaveTheMemberAndTheirWalksOut() {
    String roster =
        "单位,单位类别,姓名,职务\n"
            + "桦南县,县（市）区,王明,县长\n"
            + "桦南县,市直部门,李强,副县长\n"
            + "桦南县,县（市）区,王明,县长\n"
            + ",县（市）区,赵六,副县长\n";
    String records = HEAD + "\n" + WALK + ",,\n" + WALK.replace("王明", "李强") + ",,\n";

    SheetImport.Result result = read(records, roster);

    assertThat(result.dataset().walks()).extracting(Walk::leaderId).containsExactly("桦南县/王明");
    assertThat(lines(result))
        .containsExactly(
            "error 班子成员!B3 (单位类别) invalid_value: 单位类别 \"市直部门\" differs from \"县（市）区\" given for 桦南县 on"
                + " row 2; the member on row 3 is left out",
            "error 班子成员!C4 (姓名) duplicate_id: 王明 of 桦南县 is already listed on row 2; only the first is kept;"
                + " the member on row 4 is left out",
            "error 班子成员!A5 (单位) missing_field: 单位 is blank; the member on row 5 is left out",
            "error 走流程纪实!B3 (姓名) unknown_reference: 姓名 \"李强\" of 桦南县 was left out of the roster (see the"
                + " problems of that member); the walk on row 3 is left out");
  }

  //-----------------------------------------------------------------------------------------------
  // the model's rules, mapped back to the sheet

  @Test
  void read_modelRules_areReportedAtTheirCells() {
    String records =
        "记录编号," + HEAD + ",问题编号,四不两直\n"
            + "A1," + WALK.replace("2023-02-14", "2023-04-02") + ",,,,\n"
            + "A2," + WALK.replace("暗访", "明查") + ",,,,是\n"
            + "A3," + WALK + ",窗口少,窗口设置与等候时间,F1,\n"
            + "A4," + WALK + ",排队长,窗口设置与等候时间,F1,\n";

    SheetImport.Result result = read(records);

    assertThat(result.dataset().walks()).extracting(Walk::id).containsExactly("A3", "A4");
    assertThat(findingIds(result.dataset())).containsExactly("F1");
    assertThat(lines(result))
        .containsExactly(
            "error 走流程纪实!E2 (日期) outside_period: 日期 2023-04-02 is outside the period 2023-Q1 (2023-01-01 to"
                + " 2023-03-31); the walk on row 2 is left out",
            "error 走流程纪实!Q3 (四不两直) invalid_value: 四不两直 \"是\" needs 明查/暗访 暗访, not \"明查\": a 四不两直 walk"
                + " is unannounced; the walk on row 3 is left out",
            "error 走流程纪实!P5 (问题编号) duplicate_id: 问题编号 \"F1\" is already used on row 4; only the first is"
                + " kept; the finding on row 5 is left out");
  }

  //-----------------------------------------------------------------------------------------------
  // findings and rectifications

  @Test
  void read_rectification_fromItsColumns() {
    String records =
        HEAD + ",整改措施,整改时限,责任人,责任单位,整改状态,开始整改日期,完成日期,销号日期,整改效果,回访日期,回访结果,优先级,发现日期\n"
            + WALK + ",窗口少,窗口设置与等候时间,窗口由2个增加到4个；增加2个自助终端,2023-03-31,赵强,桦南县,已销号,2023-02-15,2023-02-20,2023-02-28,"
            + "\"医保办事窗口：2→4个\n自助终端：0→2台\n群众排队时间明显缩短\",2023-02-21,满意,重,2023-02-14\n";

    Finding f = read(records).orElseThrow().walks().get(0).findings().get(0);

    assertThat(f.status()).isEqualTo(RectificationStatus.CLOSED);
    var r = f.rectification().orElseThrow();
    assertThat(r.mode()).isEqualTo(RectificationMode.SCHEDULED);
    assertThat(r.deadline()).contains(LocalDate.of(2023, 3, 31));
    assertThat(r.owner()).contains("赵强");
    assertThat(r.ownerUnitId()).contains("桦南县");
    assertThat(r.measures()).containsExactly("窗口由2个增加到4个", "增加2个自助终端");
    assertThat(r.effects()).extracting(e -> e.indicator() + " " + e.before() + "→" + e.after() + e.unit())
        .containsExactly("医保办事窗口 2→4个", "自助终端 0→2台");
    assertThat(r.effectNote()).contains("群众排队时间明显缩短");
    assertThat(r.startedOn()).contains(LocalDate.of(2023, 2, 15));
    assertThat(r.rectifiedOn()).contains(LocalDate.of(2023, 2, 20));
    assertThat(r.closedOn()).contains(LocalDate.of(2023, 2, 28));
    assertThat(r.callback().orElseThrow().on()).isEqualTo(LocalDate.of(2023, 2, 21));
    assertThat(f.priority().orElseThrow().zh()).isEqualTo("重");
  }

  @Test
  void read_rectificationStatus_mustAgreeWithTheDates() {
    String head = HEAD + ",整改措施,整改状态,完成日期,销号日期,回访日期\n";
    String records =
        head
            + WALK + ",a,其他,加座椅,已整改,,,\n"
            + WALK + ",b,其他,加座椅,整改中,2023-02-20,,\n"
            + WALK + ",c,其他,加座椅,已销号,2023-02-20,,\n"
            + WALK + ",d,其他,加座椅,,2023-02-10,,\n"
            + WALK + ",e,其他,加座椅,,,2023-02-20,\n"
            + WALK + ",f,其他,加座椅,整改中,,,\n"
            + WALK + ",g,其他,,未整改,,,\n"
            + WALK + ",h,其他,加座椅,,2023-02-20,2023-02-19,2023-02-18\n";

    SheetImport.Result result = read(records);

    assertThat(result.dataset().walks().get(0).findings())
        .extracting(f -> f.description() + " " + f.status().code())
        .containsExactly("f in_progress", "g open");
    assertThat(result.dataset().walks().get(0).findings().get(0).rectification().orElseThrow().startedOn())
        .as("整改中 with no start date starts the day found")
        .contains(LocalDate.of(2023, 2, 14));
    assertThat(result.dataset().walks().get(0).findings().get(1).rectification()).isEmpty();
    assertThat(lines(result))
        .containsExactly(
            "error 走流程纪实!Q2 (完成日期) missing_field: 完成日期 is blank, but 整改状态 is 已整改; give the day the problem was rectified; the finding on row 2 is left out",
            "error 走流程纪实!P3 (整改状态) impossible_history: 整改状态 \"整改中\" contradicts 完成日期 2023-02-20, which makes it 已整改; the finding on row 3 is left out",
            "error 走流程纪实!R4 (销号日期) missing_field: 销号日期 is blank, but 整改状态 is 已销号; give the day it was closed out (销号); the finding on row 4 is left out",
            "error 走流程纪实!Q5 (完成日期) impossible_history: 完成日期 2023-02-10 is before the walk's 日期 2023-02-14; the finding on row 5 is left out",
            "error 走流程纪实!R6 (销号日期) impossible_history: 销号日期 is given but 完成日期 is blank: a problem is closed out (销号) after it is rectified; the finding on row 6 is left out",
            "error 走流程纪实!R9 (销号日期) impossible_history: 销号日期 2023-02-19 is before 完成日期 2023-02-20; the finding on row 9 is left out",
            "error 走流程纪实!S9 (回访日期) impossible_history: 回访日期 2023-02-18 is before 完成日期 2023-02-20; the finding on row 9 is left out",
            // the sheet has no 回访结果 column: a problem of the row, naming the missing column
            "error 走流程纪实!9:9 (回访结果) missing_field: 回访结果 is blank, but 回访日期 is given; a callback (回访) has both; the finding on row 9 is left out");
  }

  @Test
  void read_findingCellsWithout发现问题_areAnError() {
    SheetImport.Result result = read(HEAD + ",整改措施\n" + WALK + ",,其他,加座椅\n");

    assertThat(result.dataset().walks().get(0).findings()).isEmpty();
    assertThat(lines(result))
        .containsExactly(
            "error 走流程纪实!M2 (发现问题) missing_field: 发现问题 is blank, but the row gives 问题类别, 整改措施; write"
                + " the problem found, or clear the row's finding columns; the finding on row 2 is left out");
  }

  @Test
  void read_matters_severalWithOneComplexityEachOrOneForAll() {
    String head = HEAD + ",突破限制\n";
    String two = WALK.replace("医保报销,简单", "\"医保报销；医保参保登记\",\"复杂；简单\"") + ",,,\"跨部门、跨地域；无\"\n";
    String one = WALK.replace("医保报销,简单", "\"医保报销；医保参保登记\",简单").replace("王明", "李强") + ",,,\n";
    String bad = WALK.replace("医保报销,简单", "\"医保报销；医保参保登记\",\"复杂；简单；简单\"").replace("王明", "赵六") + ",,,\n";

    SheetImport.Result result = read(head + two + one + bad);

    List<Walk> walks = result.dataset().walks();
    assertThat(walks).hasSize(2);
    assertThat(walks.get(0).matters())
        .extracting(m -> m.name() + " " + m.complexity().code() + " " + m.crossings())
        .containsExactly("医保报销 complex [DEPARTMENT, REGION]", "医保参保登记 simple []");
    assertThat(walks.get(1).matters()).extracting(m -> m.complexity().code()).containsExactly("simple", "simple");
    assertThat(lines(result))
        .containsExactly(
            "error 走流程纪实!G4 (事项类型) invalid_value: 事项类型 has 3 values for the 2 matters of 体验事项; give one"
                + " value for all, or one per matter separated by ；; the walk on row 4 is left out");
  }

  @Test
  void read_servicePointKind_fromItsColumnOrItsName() {
    String records =
        HEAD + ",场所类型\n"
            + WALK.replace("医保窗口", "市肿瘤医院") + ",,,\n"
            + WALK.replace("医保窗口", "12345热线中心").replace("王明", "李强") + ",,,\n"
            + WALK.replace("医保窗口", "某某").replace("王明", "赵六") + ",,,企业\n";

    assertThat(read(records).orElseThrow().walks())
        .extracting(w -> w.servicePoint().kind())
        .containsExactly(ServicePointKind.HOSPITAL, ServicePointKind.HOTLINE, ServicePointKind.ENTERPRISE);
  }

  //-----------------------------------------------------------------------------------------------
  // identifiers

  @Test
  void read_derivedIds_areTheSameOnEveryRun_andDoNotDependOnRowOrder() {
    String a = WALK + ",窗口少,窗口设置与等候时间\n";
    String b = WALK.replace("王明,县长", "李强,副县长").replace("医保报销", "医保参保登记") + ",,\n";

    Dataset first = read(HEAD + "\n" + a + b).orElseThrow();
    Dataset again = read(HEAD + "\n" + a + b).orElseThrow();
    Dataset reordered = read(HEAD + "\n" + b + a).orElseThrow();

    assertThat(again).isEqualTo(first);
    assertThat(first.walks()).extracting(Walk::id)
        .containsExactlyInAnyOrderElementsOf(reordered.walks().stream().map(Walk::id).collect(Collectors.toList()));
    assertThat(first.walks().get(0).id()).startsWith("桦南县/王明/20230214/").hasSize("桦南县/王明/20230214/".length() + 8);
    assertThat(findingIds(first)).containsExactly(first.walks().get(0).id() + "#1");
    assertThat(first.walks().get(0).servicePoint().id()).isEqualTo("医保窗口");
  }

  @Test
  void ids_longNames_areCutWithAHash() {
    String longName = "很".repeat(80);
    String id = Ids.unit(longName);
    assertThat(id.codePointCount(0, id.length())).isEqualTo(64);
    assertThat(id).startsWith("很".repeat(55) + "~");
    assertThat(Ids.unit(longName + "又")).isNotEqualTo(id);
    assertThat(Ids.unit(" 桦南县 ")).isEqualTo("桦南县");
  }

  @Test
  void read_withoutPeriod_isRefused() {
    assertThatIllegalStateException()
        .isThrownBy(() -> CsvImport.records(new StringReader(HEAD), "x").read())
        .withMessageContaining("period is required");
  }
}
