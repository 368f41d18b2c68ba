package io.github.zouliucheng.walk.report.office.docx;

import static io.github.zouliucheng.walk.report.office.docx.Ooxml.apply;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.fonts;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.ppr;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.run;

import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Section;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes one bulletin into one new document; not thread-safe, used once.
 *
 * <p>It lays the parts out in order and sets what belongs to the whole document: its properties,
 * its styles, the page numbers in the footers and the page. The parts of the official document are
 * {@link OfficialParts}'; the sections and their blocks, {@link BlockWriter}'s.
 */
final class DocxWriter {
  private final XWPFDocument document;
  private final Bulletin bulletin;
  private final OfficialDocument options;
  private final OfficialParts official;
  private final BlockWriter blocks;

  DocxWriter(XWPFDocument document, Bulletin bulletin, OfficialDocument options) {
    this.document = document;
    this.bulletin = bulletin;
    this.options = options;
    DocxLabels labels = DocxLabels.of(bulletin.language());
    this.official = new OfficialParts(document, bulletin, options, labels);
    this.blocks = new BlockWriter(document, labels);
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
    official.head();
    official.title();
    body();
    official.signOff();
    for (int i = 0; i < bulletin.appendices().size(); i++) {
      appendix(i + 1, bulletin.appendices().get(i));
    }
    official.imprint(printedOn);
    footers();
    page();
  }

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

  private void body() {
    Ooxml.paragraph(document, Kind.BODY, bulletin.preamble().text());
    for (Section section : bulletin.sections()) {
      blocks.section(section, 1);
    }
  }

  /** An appendix on a page of its own: 附件N top left, its name centred on the third line, its body. */
  private void appendix(int number, Section appendix) {
    official.appendixHead(number, appendix);
    for (Block block : appendix.blocks()) {
      block.accept(blocks);
    }
    for (Section subsection : appendix.subsections()) {
      blocks.section(subsection, 1);
    }
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
}
