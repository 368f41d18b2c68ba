package io.github.zouliucheng.walk.report.office.docx;

import static io.github.zouliucheng.walk.report.office.docx.Ooxml.apply;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.border;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.cellWidth;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.gridColumns;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.ppr;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.rightIndent;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.run;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.width;

import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Section;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;

/**
 * The parts of the official document (GB/T 9704) around its body: the 版头 (份号, 密级, 紧急程度, the
 * issuing office's mark, the document number and the red line), the title and addressees, the
 * sign-off (attachment note, office, date), each appendix's label and name, and the 版记.
 */
final class OfficialParts {
  private static final String RED = "FF0000";
  /** A title line of 二号 (22 pt) holds about 20 characters of the 156 mm line: 40 half-ems. */
  private static final int TITLE_WIDTH = 40;
  /** The mark is at most 36 pt (小初) and at least 22 pt (二号). */
  private static final int MARK_MAX_HALF_POINTS = 72;
  private static final int MARK_MIN_HALF_POINTS = 44;
  private static final int THICK_RULE = 8;
  private static final int THIN_RULE = 6;

  private final XWPFDocument document;
  private final Bulletin bulletin;
  private final OfficialDocument options;
  private final DocxLabels labels;

  OfficialParts(XWPFDocument document, Bulletin bulletin, OfficialDocument options, DocxLabels labels) {
    this.document = document;
    this.bulletin = bulletin;
    this.options = options;
    this.labels = labels;
  }

  /** The 版头: 份号, 密级, 紧急程度, the issuing office's mark, the document number and the red line. */
  void head() {
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
  void title() {
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

  /** The attachment note, the issuing office and the date of issue (成文日期). */
  void signOff() {
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

  private String appendixName(Section appendix) {
    String[] parts = labels.appendixParts(appendix.heading());
    return parts == null ? appendix.heading() : parts[1];
  }

  /** An appendix's head, on a new page: 附件N top left and its name centred on the third line. */
  void appendixHead(int number, Section appendix) {
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
  }

  /**
   * The 版记 at the foot of the last page: a table floating at the bottom of the text block, its
   * top and bottom rules thick and the rule between its rows thin, with 抄送 (if any) and the
   * printing office and date.
   */
  void imprint(LocalDate printedOn) {
    List<String[]> rows = new ArrayList<>();
    options.copiedTo().ifPresent(offices -> rows.add(new String[] {labels.copiedTo() + offices}));
    String office = options.printedBy().orElse(bulletin.issuer());
    rows.add(new String[] {office, labels.printed(office, printedOn)});
    // a paragraph between it and a table that ends the last appendix, which it would join otherwise
    Ooxml.tinyParagraph(document);
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
    gridColumns(ct, new int[] {Page.TEXT_WIDTH});
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
    Ooxml.tinyParagraph(document);
  }

  private XWPFParagraph paragraph(Kind kind, String text) {
    return Ooxml.paragraph(document, kind, text);
  }

  private void blank() {
    Ooxml.blank(document);
  }
}
