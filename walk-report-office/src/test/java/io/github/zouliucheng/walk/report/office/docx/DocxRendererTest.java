package io.github.zouliucheng.walk.report.office.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

class DocxRendererTest {
  private static final Bulletin BULLETIN = DocxFixtures.bulletin();
  private static final XWPFDocument FULL = DocxFixtures.render(BULLETIN, DocxFixtures.full());
  private static final XWPFDocument PLAIN = DocxFixtures.render(BULLETIN, OfficialDocument.defaults());
  private static final Map<String, Kind> KINDS =
      java.util.Arrays.stream(Kind.values()).collect(Collectors.toMap(Kind::styleId, Function.identity()));

  @Test
  void pageIsA4WithTheMarginsAndGridOfGbT9704() {
    CTSectPr section = FULL.getDocument().getBody().getSectPr();
    assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906)); // 210 mm
    assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838)); // 297 mm
    assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098)); // 37 mm
    assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1588)); // 28 mm
    assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1474)); // 26 mm
    assertThat(section.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1984)); // 35 mm
    // the text block: 156 × 225 mm
    assertThat(11906 - 1588 - 1474).isEqualTo(8844);
    assertThat(Math.round((11906 - 1588 - 1474) / 56.6929)).isEqualTo(156);
    assertThat(Math.round((16838 - 2098 - 1984) / 56.6929)).isEqualTo(225);
    assertThat(section.getDocGrid().getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
    assertThat(section.getDocGrid().getLinePitch()).isEqualTo(BigInteger.valueOf(579)); // 28.95 pt
    assertThat(section.getDocGrid().getCharSpace()).isEqualTo(BigInteger.valueOf(-849));
    // 22 lines fill the text block
    assertThat(22 * 579).isBetween(16838 - 2098 - 1984 - 579, 16838 - 2098 - 1984);
  }

  @Test
  void everyParagraphHasTheFontAndSizeOfItsKind() {
    int checked = 0;
    for (XWPFParagraph paragraph : allParagraphs(FULL)) {
      Kind kind = KINDS.get(paragraph.getStyleID());
      assertThat(kind).as("style of %s", paragraph.getText()).isNotNull();
      for (XWPFRun run : paragraph.getRuns()) {
        var fonts = run.getCTR().getRPr().getRFontsArray(0);
        assertThat(fonts.getEastAsia()).as("%s: %s", kind, paragraph.getText()).isEqualTo(kind.font().eastAsia());
        assertThat(fonts.getAscii()).as("%s: %s", kind, paragraph.getText()).isEqualTo(kind.font().latin());
        if (kind != Kind.MARK) {
          assertThat(run.getFontSizeAsDouble()).as("%s: %s", kind, paragraph.getText()).isEqualTo(kind.halfPoints() / 2.0);
        }
        assertThat(run.isBold()).isEqualTo(kind.bold());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
    // the sizes GB/T 9704 names
    assertThat(Kind.BODY.halfPoints()).isEqualTo(32); // 三号
    assertThat(Kind.TITLE.halfPoints()).isEqualTo(44); // 二号
    assertThat(Kind.BODY.font().eastAsia()).isEqualTo("仿宋_GB2312");
    assertThat(Kind.HEADING1.font().eastAsia()).isEqualTo("黑体");
    assertThat(Kind.HEADING2.font().eastAsia()).isEqualTo("楷体_GB2312");
    assertThat(Kind.TITLE.font().eastAsia()).isEqualTo("方正小标宋简体");
  }

  @Test
  void bodyIsIndentedTwoCharactersOnTheGrid() {
    for (XWPFParagraph paragraph : byStyle(FULL, Kind.BODY)) {
      assertThat(paragraph.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
      assertThat(paragraph.getSpacingBetween()).isEqualTo(28.95);
      assertThat(paragraph.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
    }
    assertThat(byStyle(FULL, Kind.BODY).get(0).getText()).isEqualTo(BULLETIN.preamble().text());
  }

  @Test
  void headingsTakeTheirLevelsStylesAndOutline() {
    List<String> expected1 = new ArrayList<>();
    List<String> expected2 = new ArrayList<>();
    List<String> expected3 = new ArrayList<>();
    for (Section section : BULLETIN.sections()) {
      collect(section, 1, expected1, expected2, expected3);
    }
    for (Section appendix : BULLETIN.appendices()) {
      for (Section subsection : appendix.subsections()) {
        collect(subsection, 1, expected1, expected2, expected3);
      }
    }
    assertThat(texts(byStyle(FULL, Kind.HEADING1))).containsExactlyElementsOf(expected1);
    assertThat(texts(byStyle(FULL, Kind.HEADING2))).containsExactlyElementsOf(expected2);
    assertThat(texts(byStyle(FULL, Kind.HEADING3))).containsExactlyElementsOf(expected3);
    assertThat(expected1).contains("一、总体情况", "四、其他事项");
    assertThat(expected2).contains("（一）第二层标题");
    assertThat(expected3).contains("1.第三层标题");
    var styles = FULL.getStyles();
    assertThat(styles.getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
    assertThat(styles.getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ONE);
    assertThat(styles.getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
    assertThat(styles.getStyle("Heading2").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("楷体_GB2312");
    assertThat(styles.getStyle("Heading2").getCTStyle().getRPr().sizeOfBArray()).isEqualTo(1);
  }

  @Test
  void headHasTheMarkInRedTheNumberAndTheRedLine() {
    List<XWPFParagraph> paragraphs = FULL.getParagraphs();
    assertThat(texts(paragraphs.subList(0, 3))).containsExactly("000012", "秘密★1年", "加急");
    assertThat(paragraphs.get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
    assertThat(paragraphs.get(1).getStyleID()).isEqualTo("GwClassification");
    XWPFParagraph mark = paragraphs.get(3);
    assertThat(mark.getStyleID()).isEqualTo("GwIssuingMark");
    assertThat(mark.getText()).isEqualTo("市深化能力作风建设领导小组办公室文件");
    assertThat(mark.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    assertThat(mark.getRuns().get(0).getColor()).isEqualTo("FF0000");
    assertThat(mark.getRuns().get(0).getFontSizeAsDouble()).isBetween(22.0, 36.0);
    // 18 characters fit the 156 mm line (442 pt), with a twentieth to spare
    assertThat(mark.getRuns().get(0).getFontSizeAsDouble() * 18).isLessThanOrEqualTo(442.2 * 0.95);
    assertThat(mark.getSpacingBefore()).isEqualTo(1984 - 3 * 579);
    XWPFParagraph number = paragraphs.get(6);
    assertThat(number.getText()).isEqualTo("澜深办〔2023〕3号");
    assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    var rule = number.getCTP().getPPr().getPBdr().getBottom();
    assertThat(rule.xgetColor().getStringValue()).isEqualTo("FF0000");
    assertThat(rule.getSpace()).isEqualTo(BigInteger.valueOf(11)); // 4 mm
    // without 份号, 密级 and 紧急程度 the mark is 35 mm below the text block's top
    XWPFParagraph plainMark = PLAIN.getParagraphs().get(0);
    assertThat(plainMark.getStyleID()).isEqualTo("GwIssuingMark");
    assertThat(plainMark.getSpacingBefore()).isEqualTo(1984);
  }

  @Test
  void titleIsBrokenBySenseWithinTheLineAndFollowedByTheAddressees() {
    XWPFParagraph title = byStyle(FULL, Kind.TITLE).get(0);
    assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    String[] lines = title.getText().split("\n");
    assertThat(lines).containsExactly("关于2023年第一季度领导干部", "“走流程”情况的通报");
    assertThat(String.join("", lines)).isEqualTo(BULLETIN.title());
    XWPFParagraph addressee = byStyle(FULL, Kind.ADDRESSEE).get(0);
    assertThat(addressee.getText()).isEqualTo("各县（市）区、市直各部门：");
    assertThat(addressee.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
    assertThat(addressee.getCTP().getPPr().getInd()).isNull();
  }

  @Test
  void tablesRepeatTheirHeaderFillTheWidthAndAlignNumbersRight() {
    List<XWPFTable> tables = FULL.getTables();
    assertThat(tables).hasSizeGreaterThan(4);
    for (XWPFTable table : tables.subList(0, tables.size() - 1)) {
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getCTTbl().getTblPr().getTblW().getW()).isEqualTo(BigInteger.valueOf(8844));
      assertThat(table.getBottomBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
      assertThat(table.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
      int sum = 0;
      for (var column : table.getCTTbl().getTblGrid().getGridColList()) {
        sum += ((BigInteger) column.getW()).intValue();
      }
      assertThat(sum).isEqualTo(8844);
    }
    XWPFTable handBuilt = tableAfterCaption(FULL, "各单位整改情况");
    assertThat(handBuilt.getRow(0).getCell(0).getParagraphs().get(0).getStyleID()).isEqualTo("GwTableHeader");
    assertThat(handBuilt.getRow(2).getCell(0).getText()).isEqualTo("市医保局");
    assertThat(handBuilt.getRow(2).getCell(0).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
    assertThat(handBuilt.getRow(2).getCell(1).getText()).isEqualTo("12");
    assertThat(handBuilt.getRow(2).getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
  }

  @Test
  void chartsBecomeTablesUnderTheirTitleAndDescription() {
    XWPFTable calendar = tableAfterCaption(FULL, "测试日历");
    assertThat(calendar.getNumberOfRows()).isEqualTo(4); // the days' row, then January to March
    assertThat(calendar.getRow(0).getTableCells()).hasSize(32);
    XWPFTableRow february = calendar.getRow(2);
    assertThat(february.getCell(0).getText()).isEqualTo("2月");
    assertThat(february.getCell(7).getText()).isEqualTo("4");
    assertThat(february.getCell(7).getColor()).isEqualTo("08519C"); // the busiest day: the darkest
    assertThat(february.getCell(6).getText()).isEqualTo("2");
    assertThat(february.getCell(6).getColor()).isEqualTo("9ECAE1");
    assertThat(february.getCell(5).getColor()).isNull(); // no walk
    assertThat(february.getCell(29).getColor()).isEqualTo("D9D9D9"); // 29 February 2023 does not exist
    XWPFTable bars = tableAfterCaption(FULL, "测试构成");
    assertThat(cells(bars.getRow(0))).containsExactly("项目", "实地履职", "网上体验走", "合计");
    assertThat(cells(bars.getRow(1))).containsExactly("青川县", "2\n66.7%", "1\n33.3%", "3");
    // each chart keeps the HTML's caption: its title, then its description
    List<String> all = texts(FULL.getParagraphs());
    int title = all.indexOf("测试构成");
    assertThat(all.get(title + 1)).isEqualTo("按方式统计的次数及占比。");
  }

  @Test
  void signOffHasTheAttachmentNoteTheOfficeAndTheDateInArabicNumerals() {
    List<XWPFParagraph> note = byStyle(FULL, Kind.ATTACHMENTS);
    assertThat(note).hasSize(BULLETIN.appendices().size());
    assertThat(note.get(0).getText()).startsWith("附件：1.").doesNotContain("附件1");
    assertThat(note.get(1).getText()).startsWith("2.");
    XWPFParagraph office = byStyle(FULL, Kind.SIGNATURE).get(0);
    XWPFParagraph date = byStyle(FULL, Kind.DATE).get(0);
    assertThat(office.getText()).isEqualTo(BULLETIN.issuer());
    assertThat(date.getText()).isEqualTo("2023年4月10日");
    assertThat(office.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    // the office 右空二字; the date's first character two characters right of the office's
    int officeRight = office.getCTP().getPPr().getInd().getRightChars().intValue();
    int dateRight = date.getCTP().getPPr().getInd().getRightChars().intValue();
    assertThat(officeRight).isEqualTo(200);
    assertThat(dateRight + Widths.of(date.getText()) * 50).isEqualTo(officeRight + Widths.of(office.getText()) * 50 - 200);
  }

  @Test
  void eachAppendixStartsAPageWithItsLabelAndCentredName() {
    List<XWPFParagraph> labels = byStyle(FULL, Kind.APPENDIX_LABEL);
    List<XWPFParagraph> names = byStyle(FULL, Kind.APPENDIX_TITLE);
    assertThat(labels).hasSize(BULLETIN.appendices().size());
    for (int i = 0; i < labels.size(); i++) {
      assertThat(labels.get(i).getText()).isEqualTo("附件" + (i + 1));
      assertThat(labels.get(i).isPageBreak()).isTrue();
      assertThat(labels.get(i).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
      assertThat(names.get(i).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(BULLETIN.appendices().get(i).heading()).endsWith(names.get(i).getText().replace("\n", ""));
    }
  }

  @Test
  void imprintFloatsAtTheFootOfTheLastPageBetweenRules() {
    List<IBodyElement> elements = FULL.getBodyElements();
    XWPFTable imprint = (XWPFTable) elements.get(elements.size() - 2);
    var tblPr = imprint.getCTTbl().getTblPr();
    // two rows of 28.95 pt ending at the text block's bottom (225 mm below its top)
    assertThat(tblPr.getTblpPr().getVertAnchor().toString()).isEqualTo("margin");
    assertThat(tblPr.getTblpPr().getTblpY()).isEqualTo(BigInteger.valueOf(12756 - 2 * 579 - 20));
    assertThat(cells(imprint.getRow(0))).containsExactly("抄送：市委办公室，市政府办公室。");
    assertThat(imprint.getRow(1).getCell(0).getText()).isEqualTo("市深化能力作风建设领导小组办公室\t2023年4月11日印发");
    assertThat(imprint.getTopBorderSize()).isEqualTo(8); // 0.35 mm
    assertThat(imprint.getBottomBorderSize()).isEqualTo(8);
    assertThat(imprint.getInsideHBorderSize()).isEqualTo(6); // 0.25 mm
    assertThat(imprint.getLeftBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
    XWPFParagraph line = imprint.getRow(1).getCell(0).getParagraphs().get(0);
    assertThat(line.getStyleID()).isEqualTo("GwImprint");
    assertThat(line.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
    // without 抄送 the imprint has the printing line only, by the issuer on the date of issue
    List<IBodyElement> plain = PLAIN.getBodyElements();
    XWPFTable plainImprint = (XWPFTable) plain.get(plain.size() - 2);
    assertThat(plainImprint.getNumberOfRows()).isEqualTo(1);
    assertThat(plainImprint.getText()).contains(BULLETIN.issuer()).contains("2023年4月10日印发");
  }

  @Test
  void pageNumbersAreAPageFieldRightOnOddPagesAndLeftOnEvenPages() {
    assertThat(FULL.getEvenAndOddHeadings()).isTrue();
    var policy = FULL.getHeaderFooterPolicy();
    XWPFFooter odd = policy.getDefaultFooter();
    XWPFFooter even = policy.getEvenPageFooter();
    assertThat(odd).isNotNull();
    assertThat(even).isNotNull();
    for (XWPFFooter footer : List.of(odd, even)) {
      XWPFParagraph paragraph = footer.getParagraphs().get(0);
      assertThat(DocxStructure.instructions(paragraph)).isEqualTo("PAGE");
      assertThat(paragraph.getText()).isEqualTo("— 1 —");
      for (XWPFRun run : paragraph.getRuns()) {
        assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0); // 四号
        assertThat(run.getCTR().getRPr().getRFontsArray(0).getAscii()).isEqualTo("宋体");
      }
    }
    XWPFParagraph oddLine = odd.getParagraphs().get(0);
    XWPFParagraph evenLine = even.getParagraphs().get(0);
    assertThat(oddLine.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(oddLine.getCTP().getPPr().getInd().getRight()).isEqualTo(BigInteger.valueOf(280)); // one character
    assertThat(evenLine.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
    assertThat(evenLine.getCTP().getPPr().getInd().getLeft()).isEqualTo(BigInteger.valueOf(280));
  }

  @Test
  void fontsAreNamedNeverEmbedded() throws Exception {
    assertThat(FULL.getSettings().getCTSettings().isSetEmbedTrueTypeFonts()).isFalse();
    for (PackagePart part : FULL.getPackage().getParts()) {
      assertThat(part.getPartName().getName()).doesNotStartWith("/word/fonts/");
    }
  }

  @Test
  void aPrintingDateBeforeTheDateOfIssueIsRefusedNamingTheOption() {
    OfficialDocument early = OfficialDocument.builder().printedOn(LocalDate.of(2023, 4, 9)).build();
    assertThatThrownBy(() -> DocxRenderer.render(BULLETIN, early, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("printedOn (印发日期)")
        .hasMessageContaining("2023-04-09");
  }

  @Test
  void writesAFileAtAPath(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("bulletin.docx");
    DocxRenderer.render(BULLETIN, OfficialDocument.defaults(), file);
    try (XWPFDocument document = new XWPFDocument(Files.newInputStream(file))) {
      assertThat(document.getParagraphs().get(0).getText()).isEqualTo(BULLETIN.issuer() + "文件");
    }
  }

  @Test
  void optionsOverrideTheBulletinsElements() {
    OfficialDocument options =
        OfficialDocument.builder().issuingMark("澜沧市深改办").addressee("各有关单位：").build();
    XWPFDocument document = DocxFixtures.render(BULLETIN, options);
    assertThat(document.getParagraphs().get(0).getText()).isEqualTo("澜沧市深改办");
    assertThat(byStyle(document, Kind.ADDRESSEE).get(0).getText()).isEqualTo("各有关单位：");
  }

  private static void collect(Section section, int level, List<String> one, List<String> two, List<String> three) {
    (level == 1 ? one : level == 2 ? two : three).add(section.heading());
    for (Section subsection : section.subsections()) {
      collect(subsection, level + 1, one, two, three);
    }
  }

  static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
    List<XWPFParagraph> paragraphs = new ArrayList<>();
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph) {
        paragraphs.add((XWPFParagraph) element);
      } else if (element instanceof XWPFTable) {
        for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            paragraphs.addAll(cell.getParagraphs());
          }
        }
      }
    }
    for (XWPFFooter footer : document.getFooterList()) {
      paragraphs.addAll(footer.getParagraphs());
    }
    return paragraphs;
  }

  private static List<XWPFParagraph> byStyle(XWPFDocument document, Kind kind) {
    return allParagraphs(document).stream().filter(p -> kind.styleId().equals(p.getStyleID())).collect(Collectors.toList());
  }

  private static List<String> texts(List<XWPFParagraph> paragraphs) {
    return paragraphs.stream().map(XWPFParagraph::getText).collect(Collectors.toList());
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).collect(Collectors.toList());
  }

  private static XWPFTable tableAfterCaption(XWPFDocument document, String caption) {
    boolean found = false;
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph && ((XWPFParagraph) element).getText().equals(caption)) {
        found = true;
      } else if (found && element instanceof XWPFTable) {
        return (XWPFTable) element;
      }
    }
    throw new AssertionError("no table after " + caption);
  }
}
