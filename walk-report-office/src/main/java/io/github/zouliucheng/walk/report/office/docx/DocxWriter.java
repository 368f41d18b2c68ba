package io.github.zouliucheng.walk.report.office.docx;

import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Table;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;

/** Writes one bulletin into one new document; not thread-safe, used once. */
final class DocxWriter implements Block.Visitor<@Nullable Void> {
  private static final String RED = "FF0000";
  private static final String BLACK = "000000";
  /** A title line of 二号 (22 pt) holds about 20 characters of the 156 mm line: 40 half-ems. */
  private static final int TITLE_WIDTH = 40;
  /** The mark is at most 36 pt (小初) and at least 22 pt (二号). */
  private static final int MARK_MAX_HALF_POINTS = 72;
  private static final int MARK_MIN_HALF_POINTS = 44;
  /** Shades of the calendar's cells, lightest to darkest, and the shade of days outside the period. */
  private static final String[] SHADES = {"DEEBF7", "9ECAE1", "4292C6", "08519C"};
  private static final String OUTSIDE = "D9D9D9";
  private static final int THICK_RULE = 8;
  private static final int THIN_RULE = 6;
  /** Half an em of 小四 (12 pt), in twips, and a cell's left and right margins together (Word's 0.19 cm). */
  private static final int HALF_EM_SMALL_FOUR = 120;
  private static final int CELL_MARGINS = 230;

  private final XWPFDocument document;
  private final Bulletin bulletin;
  private final OfficialDocument options;
  private final DocxLabels labels;

  DocxWriter(XWPFDocument document, Bulletin bulletin, OfficialDocument options) {
    this.document = document;
    this.bulletin = bulletin;
    this.options = options;
    this.labels = DocxLabels.of(bulletin.language());
  }

  void write() {
    LocalDate printedOn = options.printedOn().orElse(bulletin.issuedOn());
    if (printedOn.isBefore(bulletin.issuedOn())) {
      throw new IllegalArgumentException(
          "printedOn (印发日期): must not be before the bulletin's date of issue " + bulletin.issuedOn() + ", was "
              + printedOn);
    }
    properties();
    styles();
    head();
    title();
    body();
    signOff();
    for (int i = 0; i < bulletin.appendices().size(); i++) {
      appendix(i + 1, bulletin.appendices().get(i));
    }
    imprint(printedOn);
    footers();
    page();
  }

  // ---------------------------------------------------------------------------------------------
  // the document's parts

  private void properties() {
    var core = document.getProperties().getCoreProperties();
    core.setTitle(bulletin.title());
    core.setCreator(bulletin.issuer());
    core.setCreated(Optional.of(Date.from(bulletin.issuedOn().atStartOfDay(ZoneOffset.UTC).toInstant())));
  }

  /** Adds the document defaults (仿宋_GB2312 and Times New Roman, 16 pt) and one style per kind. */
  private void styles() {
    XWPFStyles styles = document.createStyles();
    CTStyles ct = CTStyles.Factory.newInstance();
    var defaults = ct.addNewDocDefaults();
    CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
    fonts(rPr.addNewRFonts(), Font.FANGSONG);
    rPr.addNewSz().setVal(BigInteger.valueOf(32));
    rPr.addNewSzCs().setVal(BigInteger.valueOf(32));
    var lang = rPr.addNewLang();
    lang.setVal("en-US");
    lang.setEastAsia("zh-CN");
    CTPPrGeneral pPr = defaults.addNewPPrDefault().addNewPPr();
    CTSpacing spacing = pPr.addNewSpacing();
    spacing.setLine(BigInteger.valueOf(Page.LINE_PITCH));
    spacing.setLineRule(STLineSpacingRule.EXACT);
    CTStyle normal = ct.addNewStyle();
    normal.setType(STStyleType.PARAGRAPH);
    normal.setStyleId("Normal");
    normal.setDefault(true);
    normal.addNewName().setVal("Normal");
    normal.addNewQFormat();
    // the grid's character pitch is reckoned from Normal's size (Word and LibreOffice alike): 16 pt
    CTRPr normalRPr = normal.addNewRPr();
    fonts(normalRPr.addNewRFonts(), Font.FANGSONG);
    normalRPr.addNewSz().setVal(BigInteger.valueOf(32));
    normalRPr.addNewSzCs().setVal(BigInteger.valueOf(32));
    styles.setStyles(ct);
    for (Kind kind : Kind.values()) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setType(STStyleType.PARAGRAPH);
      style.setStyleId(kind.styleId());
      style.addNewName().setVal(kind.styleName());
      style.addNewBasedOn().setVal("Normal");
      style.addNewQFormat();
      CTPPrGeneral stylePPr = style.addNewPPr();
      stylePPr.addNewJc().setVal(STJc.Enum.forInt(kind.alignment().getValue()));
      if (kind.outlineLevel() >= 0) {
        stylePPr.addNewOutlineLvl().setVal(BigInteger.valueOf(kind.outlineLevel()));
        stylePPr.addNewKeepNext();
      }
      CTRPr styleRPr = style.addNewRPr();
      fonts(styleRPr.addNewRFonts(), kind.font());
      if (kind.bold()) {
        styleRPr.addNewB();
      }
      styleRPr.addNewSz().setVal(BigInteger.valueOf(kind.halfPoints()));
      styleRPr.addNewSzCs().setVal(BigInteger.valueOf(kind.halfPoints()));
      styles.addStyle(new XWPFStyle(style, styles));
    }
  }

  /** The 版头: 份号, 密级, 紧急程度, the issuing office's mark, the document number and the red line. */
  private void head() {
    int lines = 0;
    if (options.copyNumber().isPresent()) {
      paragraph(Kind.COPY_NUMBER, String.format(java.util.Locale.ROOT, "%06d", options.copyNumber().getAsInt()));
      lines++;
    }
    if (options.classification().isPresent()) {
      paragraph(Kind.CLASSIFICATION, options.classification().get());
      lines++;
    }
    if (options.urgency().isPresent()) {
      paragraph(Kind.URGENCY, options.urgency().get());
      lines++;
    }
    String mark = options.issuingMark().orElse(bulletin.issuer() + labels.markSuffix());
    int halfPoints = markHalfPoints(mark);
    XWPFParagraph markParagraph = paragraph(Kind.MARK, "");
    markParagraph.setSpacingBefore(Math.max(0, Page.MARK_TOP - lines * Page.LINE_PITCH));
    markParagraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    run(markParagraph, Kind.MARK, mark, halfPoints).setColor(RED);
    blank();
    blank();
    XWPFParagraph number = paragraph(Kind.NUMBER, options.documentNumber().orElse(""));
    CTBorder line = ppr(number).addNewPBdr().addNewBottom();
    line.setVal(STBorder.SINGLE);
    line.setSz(BigInteger.valueOf(THICK_RULE));
    line.setSpace(BigInteger.valueOf(Page.RED_LINE_SPACE_POINTS));
    line.setColor(RED);
  }

  /** Returns the mark's size: as large as fits one line, from 二号 to 小初. */
  private static int markHalfPoints(String mark) {
    int halfEms = Math.max(1, Widths.of(mark));
    // a line is TEXT_WIDTH twips; a character of s half-points is 10 s twips wide, half that for Latin
    // (with a twentieth to spare: glyphs are not all exactly an em wide)
    int fits = Page.TEXT_WIDTH * 2 * 19 / 20 / (halfEms * 10);
    return Math.max(MARK_MIN_HALF_POINTS, Math.min(MARK_MAX_HALF_POINTS, fits));
  }

  /** The title, broken by sense, and the principal addressees. */
  private void title() {
    blank();
    blank();
    XWPFParagraph title = paragraph(Kind.TITLE, "");
    List<String> lines = TitleLines.split(bulletin.title(), TITLE_WIDTH);
    for (int i = 0; i < lines.size(); i++) {
      XWPFRun run = run(title, Kind.TITLE, lines.get(i));
      if (i + 1 < lines.size()) {
        run.addBreak();
      }
    }
    Optional<String> addressee = options.addressee().or(bulletin::audience);
    if (addressee.isPresent()) {
      blank();
      paragraph(Kind.ADDRESSEE, labels.addressee(addressee.get()));
    }
  }

  private void body() {
    paragraph(Kind.BODY, bulletin.preamble().text());
    for (Section section : bulletin.sections()) {
      section(section, 1);
    }
  }

  private void section(Section section, int level) {
    paragraph(level == 1 ? Kind.HEADING1 : level == 2 ? Kind.HEADING2 : Kind.HEADING3, section.heading());
    for (Block block : section.blocks()) {
      block.accept(this);
    }
    for (Section subsection : section.subsections()) {
      section(subsection, level + 1);
    }
  }

  /** The attachment note, the issuing office and the date of issue (成文日期). */
  private void signOff() {
    if (!bulletin.appendices().isEmpty()) {
      blank();
      int labelWidth = Widths.of(labels.attachments());
      for (int i = 0; i < bulletin.appendices().size(); i++) {
        Section appendix = bulletin.appendices().get(i);
        String name = appendixName(appendix);
        String item = labels.attachmentNumber(i + 1) + name;
        XWPFParagraph note = paragraph(Kind.ATTACHMENTS, i == 0 ? labels.attachments() + item : item);
        // 左空二字编排“附件”; the names after the first align with the first name, and so do their
        // second lines (a hanging indent of the number)
        int numberWidth = Widths.of(labels.attachmentNumber(i + 1));
        CTInd ind = ppr(note).addNewInd();
        int left = 200 + labelWidth * 50 + numberWidth * 50;
        ind.setLeftChars(BigInteger.valueOf(left));
        ind.setLeft(BigInteger.valueOf(left * Page.CHAR / 100));
        int hanging = i == 0 ? labelWidth * 50 + numberWidth * 50 : numberWidth * 50;
        ind.setHangingChars(BigInteger.valueOf(hanging));
        ind.setHanging(BigInteger.valueOf(hanging * Page.CHAR / 100));
      }
    }
    blank();
    // GB/T 9704 7.3.5.2, no seal: the office 右空二字, the date below it, its first character two
    // characters right of the office's; a date longer than that goes 右空二字 and moves the office left
    String office = bulletin.issuer();
    String date = labels.date(bulletin.issuedOn());
    int officeWidth = Widths.of(office);
    int dateWidth = Widths.of(date);
    int officeRight;
    int dateRight;
    if (officeWidth - dateWidth >= 4) {
      officeRight = 4;
      dateRight = officeWidth - dateWidth;
    } else {
      dateRight = 4;
      officeRight = dateWidth - officeWidth + 8;
    }
    rightIndent(paragraph(Kind.SIGNATURE, office), officeRight);
    rightIndent(paragraph(Kind.DATE, date), dateRight);
  }

  private static void rightIndent(XWPFParagraph paragraph, int halfEms) {
    CTInd ind = ppr(paragraph).addNewInd();
    ind.setRightChars(BigInteger.valueOf(halfEms * 50L));
    ind.setRight(BigInteger.valueOf(halfEms * Page.CHAR / 2L));
  }

  private String appendixName(Section appendix) {
    String[] parts = labels.appendixParts(appendix.heading());
    return parts == null ? appendix.heading() : parts[1];
  }

  /** An appendix on a page of its own: 附件N top left, its name centred on the third line, its body. */
  private void appendix(int number, Section appendix) {
    XWPFParagraph label = paragraph(Kind.APPENDIX_LABEL, labels.appendixLabel(number));
    label.setPageBreak(true);
    blank();
    XWPFParagraph title = paragraph(Kind.APPENDIX_TITLE, "");
    List<String> lines = TitleLines.split(appendixName(appendix), TITLE_WIDTH);
    for (int i = 0; i < lines.size(); i++) {
      XWPFRun run = run(title, Kind.APPENDIX_TITLE, lines.get(i));
      if (i + 1 < lines.size()) {
        run.addBreak();
      }
    }
    blank();
    for (Block block : appendix.blocks()) {
      block.accept(this);
    }
    for (Section subsection : appendix.subsections()) {
      section(subsection, 1);
    }
  }

  /**
   * The 版记 at the foot of the last page: a table floating at the bottom of the text block, its
   * top and bottom rules thick and the rule between its rows thin, with 抄送 (if any) and the
   * printing office and date.
   */
  private void imprint(LocalDate printedOn) {
    List<String[]> rows = new ArrayList<>();
    options.copiedTo().ifPresent(offices -> rows.add(new String[] {labels.copiedTo() + offices}));
    String office = options.printedBy().orElse(bulletin.issuer());
    rows.add(new String[] {office, labels.printed(office, printedOn)});
    // a paragraph between it and a table that ends the last appendix, which it would join otherwise
    tinyParagraph();
    XWPFTable table = document.createTable(rows.size(), 1);
    CTTbl ct = table.getCTTbl();
    CTTblPr tblPr = ct.getTblPr();
    width(tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW(), Page.TEXT_WIDTH);
    tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblPPr position = tblPr.addNewTblpPr();
    position.setVertAnchor(STVAnchor.MARGIN);
    position.setHorzAnchor(STHAnchor.MARGIN);
    // its last line on the text block's last line: rows × 28.95 pt up from the block's bottom
    // (an offset rather than tblpYSpec="bottom", which LibreOffice does not honour)
    position.setTblpY(BigInteger.valueOf(Page.HEIGHT - Page.TOP - Page.BOTTOM - rows.size() * Page.LINE_PITCH - 20));
    position.setTblpXSpec(STXAlign.CENTER);
    CTTblBorders borders = tblPr.isSetTblBorders() ? tblPr.getTblBorders() : tblPr.addNewTblBorders();
    border(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), STBorder.SINGLE, THICK_RULE);
    border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), STBorder.SINGLE, THICK_RULE);
    border(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(), STBorder.SINGLE, THIN_RULE);
    border(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(), STBorder.NONE, 0);
    border(borders.isSetRight() ? borders.getRight() : borders.addNewRight(), STBorder.NONE, 0);
    border(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV(), STBorder.NONE, 0);
    grid(ct, new int[] {Page.TEXT_WIDTH});
    int oneChar = 280;
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableCell cell = table.getRow(r).getCell(0);
      cellWidth(cell, Page.TEXT_WIDTH);
      XWPFParagraph paragraph = cell.getParagraphs().get(0);
      apply(paragraph, Kind.IMPRINT);
      CTInd ind = ppr(paragraph).addNewInd();
      ind.setLeft(BigInteger.valueOf(oneChar));
      ind.setRight(BigInteger.valueOf(oneChar));
      String[] cells = rows.get(r);
      if (cells.length == 1) {
        // 抄送：… — a second line aligns with the first office, after the colon
        int hanging = Widths.of(labels.copiedTo()) * oneChar / 2;
        ind.setLeft(BigInteger.valueOf(oneChar + hanging));
        ind.setHanging(BigInteger.valueOf(hanging));
        run(paragraph, Kind.IMPRINT, cells[0]);
      } else {
        CTTabStop tab = ppr(paragraph).addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(Page.TEXT_WIDTH - 2L * oneChar));
        run(paragraph, Kind.IMPRINT, cells[0]).addTab();
        run(paragraph, Kind.IMPRINT, cells[1]);
      }
    }
    // the paragraph a floating table needs after it
    tinyParagraph();
  }

  /** Appends an empty paragraph as small as can be (1 pt), so that it never adds a page. */
  private void tinyParagraph() {
    XWPFParagraph tiny = document.createParagraph();
    tiny.setStyle(Kind.BLANK.styleId());
    tiny.setSpacingBetween(1.0, LineSpacingRule.EXACT);
    ppr(tiny).addNewSnapToGrid().setVal(STOnOff1.OFF);
    CTParaRPr mark = ppr(tiny).addNewRPr();
    mark.addNewSz().setVal(BigInteger.valueOf(2));
  }

  /** Page numbers: — N — in 四号 宋体, right on odd pages and left on even ones, one character in. */
  private void footers() {
    document.setEvenAndOddHeadings(true);
    footer(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
    footer(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
  }

  private static void footer(XWPFFooter footer, ParagraphAlignment alignment) {
    XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
    apply(paragraph, Kind.PAGE_NUMBER);
    paragraph.setAlignment(alignment);
    paragraph.setSpacingBetween(14.0, LineSpacingRule.EXACT);
    CTInd ind = ppr(paragraph).addNewInd();
    if (alignment == ParagraphAlignment.RIGHT) {
      ind.setRight(BigInteger.valueOf(280));
    } else {
      ind.setLeft(BigInteger.valueOf(280));
    }
    run(paragraph, Kind.PAGE_NUMBER, "— ");
    run(paragraph, Kind.PAGE_NUMBER, "").getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTR instruction = run(paragraph, Kind.PAGE_NUMBER, "").getCTR();
    var text = instruction.addNewInstrText();
    text.setStringValue(" PAGE ");
    text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    run(paragraph, Kind.PAGE_NUMBER, "").getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    run(paragraph, Kind.PAGE_NUMBER, "1");
    run(paragraph, Kind.PAGE_NUMBER, "").getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    run(paragraph, Kind.PAGE_NUMBER, " —");
  }

  /** A4, the margins and the grid of 22 lines × 28 characters; set last, over the footers' section. */
  private void page() {
    CTBody body = document.getDocument().getBody();
    CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(Page.WIDTH));
    size.setH(BigInteger.valueOf(Page.HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(Page.TOP));
    margins.setBottom(BigInteger.valueOf(Page.BOTTOM));
    margins.setLeft(BigInteger.valueOf(Page.LEFT));
    margins.setRight(BigInteger.valueOf(Page.RIGHT));
    margins.setHeader(BigInteger.valueOf(Page.HEADER));
    margins.setFooter(BigInteger.valueOf(Page.FOOTER));
    margins.setGutter(BigInteger.ZERO);
    CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
    grid.setType(STDocGrid.LINES_AND_CHARS);
    grid.setLinePitch(BigInteger.valueOf(Page.LINE_PITCH));
    grid.setCharSpace(BigInteger.valueOf(Page.CHAR_SPACE));
  }

  // ---------------------------------------------------------------------------------------------
  // blocks

  @Override
  public @Nullable Void visitParagraph(Paragraph paragraph) {
    paragraph(Kind.BODY, paragraph.text());
    return null;
  }

  @Override
  public @Nullable Void visitTable(Table table) {
    paragraph(Kind.CAPTION, table.caption());
    List<List<String>> rows = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      rows.add(row.cells());
    }
    grid(table.header(), rows, table.numericColumns()::contains);
    return null;
  }

  @Override
  public @Nullable Void visitBarChart(BarChart chart) {
    paragraph(Kind.CAPTION, chart.title());
    paragraph(Kind.DESCRIPTION, chart.description());
    if (chart.bars().isEmpty()) {
      paragraph(Kind.NOTE, labels.noData()).setAlignment(ParagraphAlignment.CENTER);
      return null;
    }
    List<String> header = new ArrayList<>();
    header.add(labels.item());
    header.addAll(chart.categories());
    header.add(labels.total());
    List<List<String>> rows = new ArrayList<>();
    for (BarChart.Bar bar : chart.bars()) {
      List<String> cells = new ArrayList<>();
      cells.add(bar.label());
      for (long value : bar.values()) {
        cells.add(labels.countAndShare(value, bar.total()));
      }
      cells.add(labels.integer(bar.total()));
      rows.add(cells);
    }
    grid(header, rows, column -> column > 0);
    return null;
  }

  /**
   * A calendar as a table of months × days 1 to 31, each day's cell holding its count and shaded by
   * it, in four steps of the largest count; days outside the period, or past a month's end, grey.
   */
  @Override
  public @Nullable Void visitCalendarChart(CalendarChart chart) {
    paragraph(Kind.CAPTION, chart.title());
    paragraph(Kind.DESCRIPTION, chart.description());
    YearMonth first = YearMonth.from(chart.start());
    YearMonth last = YearMonth.from(chart.end());
    boolean withYear = first.getYear() != last.getYear();
    int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    XWPFTable table = document.createTable(months + 1, 32);
    int labelWidth = withYear ? 1_300 : 700;
    int dayWidth = (Page.TEXT_WIDTH - labelWidth) / 31;
    int[] widths = new int[32];
    widths[0] = Page.TEXT_WIDTH - 31 * dayWidth;
    for (int d = 1; d <= 31; d++) {
      widths[d] = dayWidth;
    }
    frame(table, widths);
    table.setCellMargins(0, 20, 0, 20);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    cell(header.getCell(0), widths[0], Kind.CALENDAR_CELL, labels.monthHeader(), ParagraphAlignment.CENTER);
    for (int d = 1; d <= 31; d++) {
      cell(header.getCell(d), widths[d], Kind.CALENDAR_CELL, Integer.toString(d), ParagraphAlignment.CENTER);
    }
    long max = chart.max();
    for (int m = 0; m < months; m++) {
      YearMonth month = first.plusMonths(m);
      XWPFTableRow row = table.getRow(m + 1);
      row.setCantSplitRow(true);
      cell(row.getCell(0), widths[0], Kind.CALENDAR_CELL, labels.month(month, withYear), ParagraphAlignment.CENTER);
      for (int d = 1; d <= 31; d++) {
        XWPFTableCell cell = row.getCell(d);
        if (d > month.lengthOfMonth() || month.atDay(d).isBefore(chart.start()) || month.atDay(d).isAfter(chart.end())) {
          cell(cell, widths[d], Kind.CALENDAR_CELL, "", ParagraphAlignment.CENTER);
          shade(cell, OUTSIDE);
          continue;
        }
        long count = chart.count(month.atDay(d));
        XWPFParagraph p =
            cell(cell, widths[d], Kind.CALENDAR_CELL, count == 0 ? "" : labels.integer(count), ParagraphAlignment.CENTER);
        if (count > 0) {
          int step = (int) Math.min(SHADES.length - 1, (count * SHADES.length - 1) / max);
          shade(cell, SHADES[step]);
          if (step >= 2) {
            for (XWPFRun run : p.getRuns()) {
              run.setColor("FFFFFF");
            }
          }
        }
      }
    }
    paragraph(Kind.NOTE, labels.calendarNote());
    return null;
  }

  /** A full-width table with a repeated header row; {@code numeric} columns right-aligned. */
  private void grid(List<String> header, List<List<String>> rows, IntPredicate numeric) {
    int columns = header.size();
    XWPFTable table = document.createTable(rows.size() + 1, columns);
    int[] widths = columnWidths(header, rows);
    frame(table, widths);
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    head.setCantSplitRow(true);
    for (int c = 0; c < columns; c++) {
      cell(head.getCell(c), widths[c], Kind.TABLE_HEADER, header.get(c), ParagraphAlignment.CENTER);
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      for (int c = 0; c < columns; c++) {
        cell(row.getCell(c), widths[c], Kind.TABLE_CELL, rows.get(r).get(c),
            numeric.test(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
      }
    }
  }

  /**
   * Column widths in twips summing to the text block's width: each column what its widest cell
   * needs in 小四 (a header may take two lines, a cell's text up to 24 half-ems on one line) plus the
   * cell's margins; room left over is shared in proportion, a shortfall taken in proportion.
   */
  private static int[] columnWidths(List<String> header, List<List<String>> rows) {
    int columns = header.size();
    long[] need = new long[columns];
    long total = 0;
    for (int c = 0; c < columns; c++) {
      int halfEms = Math.max(4, (Widths.of(header.get(c)) + 1) / 2);
      for (List<String> row : rows) {
        halfEms = Math.max(halfEms, Math.min(24, Widths.of(row.get(c))));
      }
      need[c] = (halfEms + 1) * HALF_EM_SMALL_FOUR + CELL_MARGINS;
      total += need[c];
    }
    int[] widths = new int[columns];
    int used = 0;
    for (int c = 0; c < columns; c++) {
      widths[c] = (int) (Page.TEXT_WIDTH * need[c] / total);
      used += widths[c];
    }
    widths[0] += Page.TEXT_WIDTH - used;
    return widths;
  }

  /** Gives a table the text block's width, fixed column widths and single black borders. */
  private static void frame(XWPFTable table, int[] widths) {
    CTTbl ct = table.getCTTbl();
    CTTblPr tblPr = ct.getTblPr();
    width(tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW(), Page.TEXT_WIDTH);
    tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    tblPr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
    for (XWPFTable.XWPFBorderType type : new XWPFTable.XWPFBorderType[] {XWPFTable.XWPFBorderType.SINGLE}) {
      table.setTopBorder(type, 4, 0, BLACK);
      table.setBottomBorder(type, 4, 0, BLACK);
      table.setLeftBorder(type, 4, 0, BLACK);
      table.setRightBorder(type, 4, 0, BLACK);
      table.setInsideHBorder(type, 4, 0, BLACK);
      table.setInsideVBorder(type, 4, 0, BLACK);
    }
    grid(ct, widths);
  }

  private static void grid(CTTbl table, int[] widths) {
    CTTblGrid grid = table.getTblGrid() != null ? table.getTblGrid() : table.addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
  }

  private XWPFParagraph cell(XWPFTableCell cell, int width, Kind kind, String text, ParagraphAlignment alignment) {
    cellWidth(cell, width);
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    apply(paragraph, kind);
    paragraph.setAlignment(alignment);
    if (!text.isEmpty()) {
      run(paragraph, kind, text);
    }
    return paragraph;
  }

  private static void cellWidth(XWPFTableCell cell, int width) {
    CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    width(tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW(), width);
  }

  private static void shade(XWPFTableCell cell, String fill) {
    CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTShd shd = tcPr.addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill(fill);
  }

  private static void width(CTTblWidth width, int twips) {
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(twips));
  }

  private static void border(CTBorder border, STBorder.Enum type, int size) {
    border.setVal(type);
    border.setSz(BigInteger.valueOf(size));
    border.setSpace(BigInteger.ZERO);
    border.setColor(type == STBorder.NONE ? "auto" : BLACK);
  }

  // ---------------------------------------------------------------------------------------------
  // paragraphs and runs

  private void blank() {
    paragraph(Kind.BLANK, "");
  }

  /** Appends a paragraph of {@code kind} holding {@code text} (none when empty). */
  private XWPFParagraph paragraph(Kind kind, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    apply(paragraph, kind);
    if (!text.isEmpty()) {
      run(paragraph, kind, text);
    }
    return paragraph;
  }

  /** Gives {@code paragraph} the style, alignment, spacing and indent of {@code kind}. */
  private static void apply(XWPFParagraph paragraph, Kind kind) {
    paragraph.setStyle(kind.styleId());
    paragraph.setAlignment(kind.alignment());
    if (kind.onGrid()) {
      paragraph.setSpacingBetween(Page.LINE_PITCH / 20.0, LineSpacingRule.EXACT);
    } else {
      paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
      ppr(paragraph).addNewSnapToGrid().setVal(STOnOff1.OFF);
    }
    paragraph.setSpacingBefore(0);
    paragraph.setSpacingAfter(0);
    if (kind == Kind.CAPTION) {
      paragraph.setSpacingBefore(120);
      paragraph.setSpacingAfter(60);
      ppr(paragraph).addNewKeepNext();
    }
    if (kind.firstLineChars() > 0) {
      CTInd ind = ppr(paragraph).addNewInd();
      ind.setFirstLineChars(BigInteger.valueOf(kind.firstLineChars()));
      ind.setFirstLine(BigInteger.valueOf((long) kind.firstLineChars() * Page.CHAR / 100));
    }
    CTParaRPr mark = ppr(paragraph).addNewRPr();
    fonts(mark.addNewRFonts(), kind.font());
    mark.addNewSz().setVal(BigInteger.valueOf(kind.halfPoints()));
    mark.addNewSzCs().setVal(BigInteger.valueOf(kind.halfPoints()));
  }

  /** Appends a run of {@code text} in the font and size of {@code kind}. */
  private static XWPFRun run(XWPFParagraph paragraph, Kind kind, String text) {
    return run(paragraph, kind, text, kind.halfPoints());
  }

  /** Appends a run of {@code text} in the font of {@code kind} and a size of its own, in half-points. */
  private static XWPFRun run(XWPFParagraph paragraph, Kind kind, String text, int halfPoints) {
    XWPFRun run = paragraph.createRun();
    CTRPr rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    fonts(rPr.addNewRFonts(), kind.font());
    if (kind.bold()) {
      run.setBold(true);
    }
    CTHpsMeasure size = rPr.addNewSz();
    size.setVal(BigInteger.valueOf(halfPoints));
    rPr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    // a line break within a cell: the lines as texts of one run, with breaks between them
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      if (!lines[i].isEmpty()) {
        run.setText(lines[i], i == 0 ? 0 : run.getCTR().sizeOfTArray());
      }
    }
    return run;
  }

  private static void fonts(CTFonts fonts, Font font) {
    fonts.setAscii(font.latin());
    fonts.setHAnsi(font.latin());
    fonts.setCs(font.latin());
    fonts.setEastAsia(font.eastAsia());
    fonts.setHint(STHint.EAST_ASIA);
  }

  private static CTPPr ppr(XWPFParagraph paragraph) {
    return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
  }
}
