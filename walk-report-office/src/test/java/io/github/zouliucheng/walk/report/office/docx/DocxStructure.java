package io.github.zouliucheng.walk.report.office.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A structural summary of a DOCX read back with POI, one line per paragraph (its kind, font, size,
 * alignment, indent and text) and per table, then the page and the footers: what the golden file
 * holds.
 */
final class DocxStructure {
  private DocxStructure() {}

  static String summary(XWPFDocument document) {
    StringBuilder out = new StringBuilder();
    CTSectPr section = document.getDocument().getBody().getSectPr();
    CTPageSz size = section.getPgSz();
    CTPageMar margins = section.getPgMar();
    CTDocGrid grid = section.getDocGrid();
    out.append("PAGE ").append(size.getW()).append('x').append(size.getH())
        .append(" top=").append(margins.getTop()).append(" bottom=").append(margins.getBottom())
        .append(" left=").append(margins.getLeft()).append(" right=").append(margins.getRight())
        .append(" footer=").append(margins.getFooter())
        .append(" grid=").append(grid.getType()).append('/').append(grid.getLinePitch()).append('/')
        .append(grid.getCharSpace())
        .append(" evenAndOdd=").append(document.getEvenAndOddHeadings()).append('\n');
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph) {
        out.append(paragraph((XWPFParagraph) element)).append('\n');
      } else if (element instanceof XWPFTable) {
        table(out, (XWPFTable) element);
      }
    }
    for (XWPFFooter footer : document.getFooterList()) {
      for (XWPFParagraph paragraph : footer.getParagraphs()) {
        out.append("FOOTER ").append(paragraph(paragraph)).append(" instr=").append(instructions(paragraph))
            .append('\n');
      }
    }
    return out.toString();
  }

  static String paragraph(XWPFParagraph paragraph) {
    StringBuilder line = new StringBuilder();
    line.append("P ").append(paragraph.getStyleID()).append(" | ").append(runFormats(paragraph)).append(" | ")
        .append(paragraph.getAlignment().name().toLowerCase(java.util.Locale.ROOT));
    CTPPr pPr = paragraph.getCTP().getPPr();
    if (pPr != null && pPr.getInd() != null) {
      var ind = pPr.getInd();
      if (ind.getFirstLineChars() != null) {
        line.append(" first=").append(ind.getFirstLineChars()).append("ch");
      }
      if (ind.getRightChars() != null) {
        line.append(" right=").append(ind.getRightChars()).append("ch");
      }
      if (ind.getLeftChars() != null) {
        line.append(" left=").append(ind.getLeftChars()).append("ch");
      }
      if (ind.getHangingChars() != null) {
        line.append(" hanging=").append(ind.getHangingChars()).append("ch");
      }
    }
    if (paragraph.isPageBreak()) {
      line.append(" pageBreakBefore");
    }
    if (pPr != null && pPr.getPBdr() != null && pPr.getPBdr().getBottom() != null) {
      line.append(" bottomRule=").append(pPr.getPBdr().getBottom().xgetColor().getStringValue());
    }
    if (pPr != null && pPr.getSpacing() != null && pPr.getSpacing().getBefore() != null
        && !BigInteger.ZERO.equals(pPr.getSpacing().getBefore())) {
      line.append(" before=").append(pPr.getSpacing().getBefore());
    }
    line.append(" | ").append(paragraph.getText().replace("\n", "⏎"));
    return line.toString();
  }

  /** Returns the distinct formats of the paragraph's runs: east Asian font/Latin font size [b] [colour]. */
  static String runFormats(XWPFParagraph paragraph) {
    Set<String> formats = new LinkedHashSet<>();
    for (XWPFRun run : paragraph.getRuns()) {
      formats.add(format(run));
    }
    return formats.isEmpty() ? "-" : String.join(";", formats);
  }

  static String format(XWPFRun run) {
    CTRPr rPr = run.getCTR().getRPr();
    CTFonts fonts = rPr.getRFontsArray(0);
    StringBuilder format = new StringBuilder();
    format.append(fonts.getEastAsia()).append('/').append(fonts.getAscii()).append(' ')
        .append(run.getFontSizeAsDouble()).append("pt");
    if (run.isBold()) {
      format.append(" b");
    }
    if (run.getColor() != null) {
      format.append(" #").append(run.getColor());
    }
    return format.toString();
  }

  static String instructions(XWPFParagraph paragraph) {
    List<String> instructions = new ArrayList<>();
    for (XWPFRun run : paragraph.getRuns()) {
      for (var text : run.getCTR().getInstrTextList()) {
        instructions.add(text.getStringValue().strip());
      }
    }
    return String.join(",", instructions);
  }

  private static void table(StringBuilder out, XWPFTable table) {
    var tblPr = table.getCTTbl().getTblPr();
    out.append("T ").append(table.getNumberOfRows()).append('x').append(table.getRow(0).getTableCells().size())
        .append(" width=").append(tblPr.getTblW().getW());
    if (table.getRow(0).isRepeatHeader()) {
      out.append(" repeatHeader");
    }
    if (tblPr.getTblpPr() != null) {
      out.append(" floating=").append(tblPr.getTblpPr().getVertAnchor()).append('+').append(tblPr.getTblpPr().getTblpY());
    }
    out.append('\n');
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      Set<String> formats = new LinkedHashSet<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        String alignment = paragraph.getAlignment().name().substring(0, 1);
        String shade = cell.getColor() == null ? "" : "#" + cell.getColor();
        cells.add(alignment + shade + ":" + cell.getText().replace("\n", "⏎"));
        formats.add(paragraph.getStyleID() + " " + runFormats(paragraph));
      }
      out.append("  R ").append(String.join(" | ", cells)).append("  {").append(String.join("; ", formats))
          .append("}\n");
    }
  }
}
