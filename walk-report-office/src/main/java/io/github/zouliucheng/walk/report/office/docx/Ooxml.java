package io.github.zouliucheng.walk.report.office.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The low-level pieces of the document's XML: paragraphs of a {@link Kind} and their runs, fonts,
 * indents, table widths, grid columns, cell widths and borders. Stateless.
 */
final class Ooxml {
  static final String BLACK = "000000";

  private Ooxml() {}

  // ---------------------------------------------------------------------------------------------
  // paragraphs and runs

  static void blank(XWPFDocument document) {
    paragraph(document, Kind.BLANK, "");
  }

  /** Appends a paragraph of {@code kind} holding {@code text} (none when empty). */
  static XWPFParagraph paragraph(XWPFDocument document, Kind kind, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    apply(paragraph, kind);
    if (!text.isEmpty()) {
      run(paragraph, kind, text);
    }
    return paragraph;
  }

  /** Appends an empty paragraph as small as can be (1 pt), so that it never adds a page. */
  static void tinyParagraph(XWPFDocument document) {
    XWPFParagraph tiny = document.createParagraph();
    tiny.setStyle(Kind.BLANK.styleId());
    tiny.setSpacingBetween(1.0, LineSpacingRule.EXACT);
    ppr(tiny).addNewSnapToGrid().setVal(STOnOff1.OFF);
    CTParaRPr mark = ppr(tiny).addNewRPr();
    mark.addNewSz().setVal(BigInteger.valueOf(2));
  }

  /** Gives {@code paragraph} the style, alignment, spacing and indent of {@code kind}. */
  static void apply(XWPFParagraph paragraph, Kind kind) {
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
  static XWPFRun run(XWPFParagraph paragraph, Kind kind, String text) {
    return run(paragraph, kind, text, kind.halfPoints());
  }

  /** Appends a run of {@code text} in the font of {@code kind} and a size of its own, in half-points. */
  static XWPFRun run(XWPFParagraph paragraph, Kind kind, String text, int halfPoints) {
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

  static void fonts(CTFonts fonts, Font font) {
    fonts.setAscii(font.latin());
    fonts.setHAnsi(font.latin());
    fonts.setCs(font.latin());
    fonts.setEastAsia(font.eastAsia());
    fonts.setHint(STHint.EAST_ASIA);
  }

  static CTPPr ppr(XWPFParagraph paragraph) {
    return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
  }

  /** Indents {@code paragraph} from the right by {@code halfEms} half-characters. */
  static void rightIndent(XWPFParagraph paragraph, int halfEms) {
    CTInd ind = ppr(paragraph).addNewInd();
    ind.setRightChars(BigInteger.valueOf(halfEms * 50L));
    ind.setRight(BigInteger.valueOf(halfEms * Page.CHAR / 2L));
  }

  // ---------------------------------------------------------------------------------------------
  // tables, cells and borders

  /** Replaces the table's grid columns by ones of {@code widths}, in twips. */
  static void gridColumns(CTTbl table, int[] widths) {
    CTTblGrid grid = table.getTblGrid() != null ? table.getTblGrid() : table.addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
  }

  static void cellWidth(XWPFTableCell cell, int width) {
    CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    width(tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW(), width);
  }

  static void width(CTTblWidth width, int twips) {
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(twips));
  }

  static void border(CTBorder border, STBorder.Enum type, int size) {
    border.setVal(type);
    border.setSz(BigInteger.valueOf(size));
    border.setSpace(BigInteger.ZERO);
    border.setColor(type == STBorder.NONE ? "auto" : BLACK);
  }
}
