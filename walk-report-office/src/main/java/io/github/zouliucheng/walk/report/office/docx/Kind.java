package io.github.zouliucheng.walk.report.office.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * The kinds of paragraph of the document, each a paragraph style of its own (its {@link
 * #styleId()}), so that a reader can restyle every heading of a level at once, and each also set
 * directly on its runs, so that the layout does not depend on a style surviving an edit.
 */
enum Kind {
  COPY_NUMBER("GwCopyNumber", "份号", Font.FANGSONG, 32, false, ParagraphAlignment.LEFT, 0, -1),
  CLASSIFICATION("GwClassification", "密级和保密期限", Font.HEITI, 32, false, ParagraphAlignment.LEFT, 0, -1),
  URGENCY("GwUrgency", "紧急程度", Font.HEITI, 32, false, ParagraphAlignment.LEFT, 0, -1),
  MARK("GwIssuingMark", "发文机关标志", Font.XIAOBIAOSONG, 52, false, ParagraphAlignment.CENTER, 0, -1),
  NUMBER("GwDocumentNumber", "发文字号", Font.FANGSONG, 32, false, ParagraphAlignment.CENTER, 0, -1),
  TITLE("Title", "Title", Font.XIAOBIAOSONG, 44, false, ParagraphAlignment.CENTER, 0, -1),
  ADDRESSEE("GwAddressee", "主送机关", Font.FANGSONG, 32, false, ParagraphAlignment.LEFT, 0, -1),
  BODY("GwBody", "正文", Font.FANGSONG, 32, false, ParagraphAlignment.BOTH, 200, -1),
  HEADING1("Heading1", "heading 1", Font.HEITI, 32, false, ParagraphAlignment.BOTH, 200, 0),
  HEADING2("Heading2", "heading 2", Font.KAITI, 32, true, ParagraphAlignment.BOTH, 200, 1),
  HEADING3("Heading3", "heading 3", Font.FANGSONG, 32, false, ParagraphAlignment.BOTH, 200, 2),
  CAPTION("Caption", "caption", Font.HEITI, 28, false, ParagraphAlignment.CENTER, 0, -1),
  DESCRIPTION("GwChartDescription", "图表说明", Font.FANGSONG, 32, false, ParagraphAlignment.BOTH, 200, -1),
  NOTE("GwNote", "注", Font.FANGSONG, 24, false, ParagraphAlignment.LEFT, 0, -1),
  TABLE_HEADER("GwTableHeader", "表头", Font.HEITI, 24, false, ParagraphAlignment.CENTER, 0, -1),
  TABLE_CELL("GwTableCell", "表格", Font.FANGSONG, 24, false, ParagraphAlignment.LEFT, 0, -1),
  CALENDAR_CELL("GwCalendarCell", "日历", Font.FANGSONG, 18, false, ParagraphAlignment.CENTER, 0, -1),
  ATTACHMENTS("GwAttachments", "附件说明", Font.FANGSONG, 32, false, ParagraphAlignment.LEFT, 0, -1),
  SIGNATURE("GwSignature", "发文机关署名", Font.FANGSONG, 32, false, ParagraphAlignment.RIGHT, 0, -1),
  DATE("GwDate", "成文日期", Font.FANGSONG, 32, false, ParagraphAlignment.RIGHT, 0, -1),
  APPENDIX_LABEL("GwAppendixLabel", "附件标识", Font.HEITI, 32, false, ParagraphAlignment.LEFT, 0, -1),
  APPENDIX_TITLE("GwAppendixTitle", "附件标题", Font.XIAOBIAOSONG, 44, false, ParagraphAlignment.CENTER, 0, 0),
  IMPRINT("GwImprint", "版记", Font.FANGSONG, 28, false, ParagraphAlignment.LEFT, 0, -1),
  PAGE_NUMBER("GwPageNumber", "页码", Font.SONGTI, 28, false, ParagraphAlignment.RIGHT, 0, -1),
  BLANK("GwBlank", "空行", Font.FANGSONG, 32, false, ParagraphAlignment.LEFT, 0, -1);

  private final String styleId;
  private final String styleName;
  private final Font font;
  private final int halfPoints;
  private final boolean bold;
  private final ParagraphAlignment alignment;
  private final int firstLineChars;
  private final int outlineLevel;

  Kind(
      String styleId,
      String styleName,
      Font font,
      int halfPoints,
      boolean bold,
      ParagraphAlignment alignment,
      int firstLineChars,
      int outlineLevel) {
    this.styleId = styleId;
    this.styleName = styleName;
    this.font = font;
    this.halfPoints = halfPoints;
    this.bold = bold;
    this.alignment = alignment;
    this.firstLineChars = firstLineChars;
    this.outlineLevel = outlineLevel;
  }

  String styleId() {
    return styleId;
  }

  String styleName() {
    return styleName;
  }

  Font font() {
    return font;
  }

  /** Returns the size in half-points (w:sz): 32 is 三号 (16 pt), 44 二号 (22 pt), 28 四号 (14 pt). */
  int halfPoints() {
    return halfPoints;
  }

  boolean bold() {
    return bold;
  }

  ParagraphAlignment alignment() {
    return alignment;
  }

  /** Returns the first-line indent in hundredths of a character (200: two characters). */
  int firstLineChars() {
    return firstLineChars;
  }

  /** Returns the outline level (0 for the top), or -1 for body text. */
  int outlineLevel() {
    return outlineLevel;
  }

  /** Returns whether lines of this kind sit on the document grid at 28.95 pt. */
  boolean onGrid() {
    switch (this) {
      case MARK:
      case TABLE_HEADER:
      case TABLE_CELL:
      case CALENDAR_CELL:
      case NOTE:
      case CAPTION:
      case PAGE_NUMBER:
        return false;
      default:
        return true;
    }
  }
}
