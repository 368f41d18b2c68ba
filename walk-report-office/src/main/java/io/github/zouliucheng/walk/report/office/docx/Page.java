package io.github.zouliucheng.walk.report.office.docx;

/**
 * The page of GB/T 9704 in twips (1/20 pt; 1 mm = 56.69 twips): A4, top margin 37 mm, left 28 mm,
 * a text block of 156 × 225 mm, so right 26 mm and bottom 35 mm; 22 lines of 28 characters of 三号
 * (16 pt).
 */
final class Page {
  static final int WIDTH = 11_906;
  static final int HEIGHT = 16_838;
  static final int TOP = 2_098;
  static final int LEFT = 1_588;
  static final int RIGHT = 1_474;
  static final int BOTTOM = 1_984;
  /** The text block's width, 156 mm. */
  static final int TEXT_WIDTH = WIDTH - LEFT - RIGHT;
  /** From the page's top edge to the header, 15 mm (no header is printed). */
  static final int HEADER = 851;
  /**
   * From the page's bottom edge to the page number's line, 23 mm: the line (四号, 14 pt exactly) then
   * rises to 28 mm, 7 mm below the text block, as GB/T 9704 places the page number.
   */
  static final int FOOTER = 1_304;
  /** The line pitch, 28.95 pt: 22 lines fill the 225 mm text block. */
  static final int LINE_PITCH = 579;
  /**
   * The character pitch as Word writes it (w:docGrid/@w:charSpace, in 1/4096 pt added to the 16 pt
   * of the default font): 28 characters of 15.79 pt fill the 156 mm line.
   */
  static final int CHAR_SPACE = -849;
  /** One character of 三号, 16 pt. */
  static final int CHAR = 320;
  /** 35 mm: from the text block's top to the issuing office's mark. */
  static final int MARK_TOP = 1_984;
  /** 4 mm: from the document number down to the red line. */
  static final int RED_LINE_SPACE_POINTS = 11;

  private Page() {}
}
