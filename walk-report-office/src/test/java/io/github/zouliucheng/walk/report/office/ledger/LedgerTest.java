package io.github.zouliucheng.walk.report.office.ledger;

import static io.github.zouliucheng.walk.report.office.ledger.LedgerFixtures.AT_SUM;
import static io.github.zouliucheng.walk.report.office.ledger.LedgerFixtures.DDE;
import static io.github.zouliucheng.walk.report.office.ledger.LedgerFixtures.HYPERLINK;
import static io.github.zouliucheng.walk.report.office.ledger.LedgerFixtures.MINUS;
import static io.github.zouliucheng.walk.report.office.ledger.LedgerFixtures.TAB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.UnitScore;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.testing.SyntheticDatasets;
import io.github.zouliucheng.walk.report.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LedgerTest {
  private static final Dataset DATASET = LedgerFixtures.dataset();
  private static final Analysis ANALYSIS = LedgerFixtures.analysis(DATASET);
  private static final List<String> SHEETS = List.of("各单位情况", "未走流程人员", "整改台账", "扎堆情况", "问题线索");

  private static XSSFWorkbook fixture() {
    return LedgerFixtures.read(LedgerFixtures.bytes(Ledger.of(DATASET, ANALYSIS)));
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private static List<String> headers(String[][] columns) {
    return Stream.of(columns).map(c -> c[0]).collect(Collectors.toList());
  }

  //-----------------------------------------------------------------------
  @Test
  void of_analysisOfAnotherDataset_throws() {
    Dataset other = SyntheticDatasets.dataset(10, 4, 2, LedgerFixtures.Q1, 1L);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Ledger.of(other, ANALYSIS))
        .withMessageContaining("analysis is not of this dataset");
  }

  @Test
  void write_fixture_hasTheFiveSheetsWithTheirHeaders() {
    try (XSSFWorkbook wb = fixture()) {
      assertThat(sheetNames(wb)).isEqualTo(SHEETS);
      assertThat(LedgerFixtures.texts(wb.getSheet("各单位情况")).get(0)).isEqualTo(headers(UnitsSheet.COLUMNS));
      assertThat(LedgerFixtures.texts(wb.getSheet("未走流程人员")).get(0)).isEqualTo(headers(AbsenteesSheet.COLUMNS));
      assertThat(LedgerFixtures.texts(wb.getSheet("整改台账")).get(0)).isEqualTo(headers(RectificationSheet.COLUMNS));
      assertThat(LedgerFixtures.texts(wb.getSheet("扎堆情况")).get(0)).isEqualTo(headers(ClustersSheet.COLUMNS));
      assertThat(LedgerFixtures.texts(wb.getSheet("问题线索")).get(0)).isEqualTo(headers(FlagsSheet.COLUMNS));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void write_everySheet_freezesTheHeaderAndFiltersEveryRow() throws IOException {
    try (XSSFWorkbook wb = fixture()) {
      for (String name : SHEETS) {
        XSSFSheet sheet = wb.getSheet(name);
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as(name).isNotNull();
        assertThat(pane.isFreezePane()).as(name).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
        int columns = sheet.getRow(0).getLastCellNum();
        String ref = "A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1) + (sheet.getLastRowNum() + 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).isEqualTo(ref);
      }
    }
  }

  @Test
  void write_units_oneRowPerUnitByRankWithNumericCells() throws IOException {
    try (XSSFWorkbook wb = fixture()) {
      XSSFSheet sheet = wb.getSheet("各单位情况");
      List<UnitScore> ranking = ANALYSIS.scorecard().ranking();
      assertThat(sheet.getLastRowNum()).isEqualTo(ranking.size());
      for (int i = 0; i < ranking.size(); i++) {
        Row row = sheet.getRow(i + 1);
        UnitScore score = ranking.get(i);
        var p = ANALYSIS.participation().units().get(score.unitId());
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(score.unitId());
        for (int c = 4; c <= 18; c++) {
          Cell cell = row.getCell(c);
          if (cell != null) {
            assertThat(cell.getCellType()).as("column %s of %s", c, score.unitId()).isEqualTo(CellType.NUMERIC);
          }
        }
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(p.members().numerator());
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(p.members().denominator());
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(p.members().value());
        assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(p.walks());
        assertThat(row.getCell(21).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(21).getNumericCellValue()).isEqualTo(score.score().doubleValue());
        assertThat(row.getCell(22).getNumericCellValue()).isEqualTo(score.rank());
      }
      List<List<String>> texts = LedgerFixtures.texts(sheet);
      List<String> huanan = texts.stream().filter(r -> r.get(0).equals("huanan")).findFirst().orElseThrow();
      assertThat(huanan.subList(1, 8)).containsExactly("桦南县", "县（市）区", "东部", "3", "3", "100.0%", "3");
    }
  }

  @Test
  void write_absentees_oneRowPerDidNotWalkFlag() throws IOException {
    try (XSSFWorkbook wb = fixture()) {
      List<List<String>> rows = LedgerFixtures.texts(wb.getSheet("未走流程人员"));
      long flags = ANALYSIS.flags().stream().filter(f -> f.judgment() == Judgment.DID_NOT_WALK).count();
      assertThat(rows).hasSize((int) flags + 1);
      assertThat(rows.subList(1, rows.size())).containsExactly(List.of("city-justice", "市司法局", "justice-02", HYPERLINK, "副局长", "否"));
    }
  }

  @Test
  void write_rectification_oneRowPerFindingWithItsStatusAsOfTheReferenceDate() throws IOException {
    try (XSSFWorkbook wb = fixture()) {
      XSSFSheet sheet = wb.getSheet("整改台账");
      List<List<String>> rows = LedgerFixtures.texts(sheet);
      List<String> ids = DATASET.allFindings().map(Finding::id).sorted().collect(Collectors.toList());
      assertThat(rows).hasSize(ids.size() + 1);
      assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).sorted()).containsExactlyElementsOf(ids);
      // f01 closed out, f02 past its deadline (2023-03-01) on 2023-03-31, f03 solved, f04 no rectification
      assertThat(column(rows, "f01", 15)).isEqualTo("已销号");
      assertThat(column(rows, "f02", 15)).isEqualTo("逾期未整改");
      assertThat(column(rows, "f03", 15)).isEqualTo("已整改");
      assertThat(column(rows, "f04", 15)).isEqualTo("未整改");
      assertThat(column(rows, "f01", 19)).isEqualTo("增设窗口；增设自助终端");
      assertThat(column(rows, "f01", 20)).isEqualTo("办事窗口 2→4个");
      assertThat(column(rows, "f01", 23)).isEqualTo("满意");
      assertThat(column(rows, "f04", 1)).isEqualTo("“12345”热线");
      assertThat(column(rows, "f04", 3)).isEmpty();
      assertThat(column(rows, "f02", 24)).contains(Judgment.OVERDUE.zh());
      // every flag naming a finding is listed on its row
      for (Flag flag : ANALYSIS.flags()) {
        for (String id : flag.findingIds()) {
          assertThat(column(rows, id, 24)).contains(flag.judgment().zh());
        }
      }
      Row f01 = sheet.getRow(rowIndex(rows, "f01"));
      for (int c : new int[] {10, 14, 16, 17, 18, 22}) {
        assertThat(f01.getCell(c).getCellType()).as("column %s", c).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(f01.getCell(c))).as("column %s", c).isTrue();
      }
      assertThat(f01.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 2, 6));
    }
  }

  @Test
  void write_clusters_everyRunAndSamePointGroup() throws IOException {
    try (XSSFWorkbook wb = fixture()) {
      List<List<String>> rows = LedgerFixtures.texts(wb.getSheet("扎堆情况"));
      long samePoint = ANALYSIS.flags().stream().filter(f -> f.judgment() == Judgment.SAME_POINT_SAME_DAY).count();
      assertThat(rows).hasSize(1 + ANALYSIS.scheduling().runs().size() + (int) samePoint);
      assertThat(samePoint).isEqualTo(1);
      assertThat(rows.get(rows.size() - 1))
          .containsExactly(Judgment.SAME_POINT_SAME_DAY.zh(), "huanan", "桦南县", "hall-1", "县政务服务中心",
              "2023-02-06", "2023-02-06", "2", "2", "张三、李四", "huanan-01、huanan-02", "w01、w02");
    }
  }

  @Test
  void write_flags_oneRowPerFlagInTheAnalysisOrder() throws IOException {
    try (XSSFWorkbook wb = fixture()) {
      List<List<String>> rows = LedgerFixtures.texts(wb.getSheet("问题线索"));
      assertThat(rows).hasSize(ANALYSIS.flags().size() + 1);
      for (int i = 0; i < ANALYSIS.flags().size(); i++) {
        Flag flag = ANALYSIS.flags().get(i);
        assertThat(rows.get(i + 1).subList(0, 5))
            .containsExactly(flag.judgment().code(), flag.judgment().zh(), flag.judgment().owner().zh(), flag.subjectKind().zh(), flag.subject());
      }
    }
  }

  //-----------------------------------------------------------------------
  @Test
  void write_textsThatLookLikeFormulas_stayQuotePrefixedText() throws IOException {
    try (XSSFWorkbook wb = fixture()) {
      Set<String> hostile = Set.of(HYPERLINK, DDE, AT_SUM, MINUS, TAB);
      Set<String> seen = new java.util.HashSet<>();
      for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() != CellType.STRING) {
              continue;
            }
            String text = cell.getStringCellValue();
            assertThat(cell.getCellStyle().getQuotePrefixed())
                .as("%s!%s %s", sheet.getSheetName(), cell.getAddress(), text)
                .isEqualTo(CellText.looksLikeFormula(text));
            if (hostile.contains(text)) {
              seen.add(text);
            }
          }
        }
      }
      assertThat(seen).isEqualTo(hostile);
    }
  }

  @Test
  void looksLikeFormula_leadingCharacters() {
    assertThat(Stream.of("=1", "+1", "-1", "@A1", "\t=1", "\r=1")).allMatch(CellText::looksLikeFormula);
    assertThat(Stream.of("", "1", "a=1", " =1", "＝1", "“=”")).noneMatch(CellText::looksLikeFormula);
  }

  @Test
  void displayWidth_countsCjkTwice() {
    assertThat(CellText.displayWidth("abc", 60)).isEqualTo(3);
    assertThat(CellText.displayWidth("桦南县", 60)).isEqualTo(6);
    assertThat(CellText.displayWidth("（续2）", 60)).isEqualTo(7);
    assertThat(CellText.displayWidth("桦南县桦南县", 5)).isEqualTo(5);
  }

  @Test
  void write_columnWidths_fitChineseText() throws IOException {
    try (XSSFWorkbook wb = fixture()) {
      XSSFSheet flags = wb.getSheet("问题线索");
      // 判定 holds labels such as 同一单位领导干部同一天走同一窗口单位 (17 characters, 34 columns)
      assertThat(flags.getColumnWidth(1)).isGreaterThanOrEqualTo(34 * 256);
      assertThat(flags.getColumnWidth(0)).isLessThan(flags.getColumnWidth(1));
    }
  }

  //-----------------------------------------------------------------------
  @Test
  void write_twice_givesTheSameBytes() {
    byte[] first = LedgerFixtures.bytes(Ledger.of(DATASET, ANALYSIS));
    byte[] second = LedgerFixtures.bytes(Ledger.of(DATASET, ANALYSIS));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void write_properties_areDatedTheReferenceDate() throws IOException {
    try (XSSFWorkbook wb = fixture()) {
      var core = wb.getProperties().getCoreProperties();
      java.util.Date asOf = java.util.Date.from(ANALYSIS.asOf().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      assertThat(core.getCreated()).isEqualTo(asOf);
      assertThat(core.getModified()).isEqualTo(asOf);
    }
  }

  @Test
  void write_path_replacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("台账.xlsx");
    Files.writeString(file, "old");
    Ledger.of(DATASET, ANALYSIS).write(file);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(LedgerFixtures.bytes(Ledger.of(DATASET, ANALYSIS)));
  }

  @Test
  void write_temporaryFiles_areDeleted(@TempDir Path dir) throws IOException {
    org.apache.poi.util.TempFile.setTempFileCreationStrategy(new org.apache.poi.util.DefaultTempFileCreationStrategy(dir.toFile()));
    try {
      LedgerFixtures.bytes(Ledger.of(DATASET, ANALYSIS));
      try (var files = Files.walk(dir)) {
        assertThat(files.filter(Files::isRegularFile)).isEmpty();
      }
    } finally {
      org.apache.poi.util.TempFile.setTempFileCreationStrategy(new org.apache.poi.util.DefaultTempFileCreationStrategy());
    }
  }

  @Test
  void withLanguage_english_namesSheetsAndLabelsInEnglish() throws IOException {
    try (XSSFWorkbook wb = LedgerFixtures.read(LedgerFixtures.bytes(Ledger.of(DATASET, ANALYSIS).withLanguage(Language.EN)))) {
      assertThat(sheetNames(wb)).containsExactly("Units", "Did not walk", "Rectification", "Clusters", "Flags");
      List<List<String>> rows = LedgerFixtures.texts(wb.getSheet("Rectification"));
      assertThat(rows.get(0).get(0)).isEqualTo("Problem ID");
      assertThat(column(rows, "f01", 15)).isEqualTo("closed out");
    }
  }

  //-----------------------------------------------------------------------
  @Test
  void write_moreRowsThanASheetHolds_continuesOnSheetsWithTheSameHeader() throws IOException {
    Dataset dataset = SyntheticDatasets.dataset(300, 30, 5, LedgerFixtures.Q1, 7L);
    Analysis analysis = WalkAnalytics.analyze(dataset);
    int flags = analysis.flags().size();
    try (XSSFWorkbook wb = LedgerFixtures.read(LedgerFixtures.bytes(Ledger.of(dataset, analysis).withMaxRows(101)))) {
      List<String> parts = sheetNames(wb).stream().filter(n -> n.startsWith("问题线索")).collect(Collectors.toList());
      assertThat(parts).hasSize((flags + 99) / 100);
      assertThat(parts.get(1)).isEqualTo("问题线索（续2）");
      List<String> codes = new ArrayList<>();
      for (String part : parts) {
        XSSFSheet sheet = wb.getSheet(part);
        List<List<String>> rows = LedgerFixtures.texts(sheet);
        assertThat(rows.get(0)).isEqualTo(headers(FlagsSheet.COLUMNS));
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).endsWith(String.valueOf(rows.size()));
        rows.subList(1, rows.size()).forEach(r -> codes.add(r.get(0)));
      }
      assertThat(codes).containsExactlyElementsOf(analysis.flags().stream().map(f -> f.judgment().code()).collect(Collectors.toList()));
      assertThat(sheetNames(wb).indexOf("问题线索（续2）")).isEqualTo(sheetNames(wb).indexOf("问题线索") + 1);
    }
  }

  @Test
  void write_textLongerThanACell_continuesOnTheLongTextsSheet() throws IOException {
    String longText = "办事等待时间较长。".repeat(8_000) + "𠀀end"; // 72,005 characters
    Dataset dataset = LedgerFixtures.dataset(longText);
    Analysis analysis = WalkAnalytics.analyze(dataset);
    try (XSSFWorkbook wb = LedgerFixtures.read(LedgerFixtures.bytes(Ledger.of(dataset, analysis)))) {
      assertThat(sheetNames(wb)).endsWith("超长文本");
      List<List<String>> rows = LedgerFixtures.texts(wb.getSheet("整改台账"));
      String kept = column(rows, "f04", 5);
      assertThat(kept.length()).isLessThanOrEqualTo(SheetWriter.MAX_CELL_TEXT);
      assertThat(kept).endsWith("……（未完，续见“超长文本”表）");
      StringBuilder whole = new StringBuilder(kept.substring(0, kept.length() - "……（未完，续见“超长文本”表）".length()));
      List<List<String>> rest = LedgerFixtures.texts(wb.getSheet("超长文本"));
      assertThat(rest.get(1).subList(0, 3)).containsExactly("整改台账", "F" + (rowIndex(rows, "f04") + 1), "2");
      rest.subList(1, rest.size()).forEach(r -> whole.append(r.get(3)));
      assertThat(whole.toString()).isEqualTo(longText);
    }
  }

  @Test
  void write_syntheticQuarter_rowsEqualFlagsAndFindings() throws IOException {
    Dataset dataset = SyntheticDatasets.dataset(2_000, 120, 12, Period.parse("2023-Q2"), 11L);
    Analysis analysis = WalkAnalytics.analyze(dataset);
    try (XSSFWorkbook wb = LedgerFixtures.read(LedgerFixtures.bytes(Ledger.of(dataset, analysis)))) {
      assertThat(wb.getSheet("各单位情况").getLastRowNum()).isEqualTo(12);
      assertThat(wb.getSheet("整改台账").getLastRowNum()).isEqualTo((int) dataset.allFindings().count());
      assertThat(wb.getSheet("问题线索").getLastRowNum()).isEqualTo(analysis.flags().size());
      assertThat(wb.getSheet("扎堆情况").getLastRowNum())
          .isEqualTo(analysis.scheduling().runs().size()
              + (int) analysis.flags().stream().filter(f -> f.judgment() == Judgment.SAME_POINT_SAME_DAY).count());
      assertThat(wb.getSheet("未走流程人员").getLastRowNum())
          .isEqualTo((int) analysis.flags().stream().filter(f -> f.judgment() == Judgment.DID_NOT_WALK).count());
    }
  }

  //-----------------------------------------------------------------------
  private static int rowIndex(List<List<String>> rows, String id) {
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).get(0).equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no row " + id);
  }

  private static String column(List<List<String>> rows, String id, int column) {
    List<String> row = rows.get(rowIndex(rows, id));
    return column < row.size() ? row.get(column) : "";
  }
}
