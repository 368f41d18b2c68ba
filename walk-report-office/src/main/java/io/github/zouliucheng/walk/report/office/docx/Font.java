package io.github.zouliucheng.walk.report.office.docx;

/**
 * The typefaces of GB/T 9704, by the names Word and WPS know them under. Chinese text is set in the
 * {@linkplain #eastAsia() East Asian} face, Latin letters and digits in Times New Roman. Fonts are
 * named, never embedded: their licences do not allow it.
 */
enum Font {
  /** 小标宋: the issuing office's mark and the titles. Fallbacks: 华文中宋, 宋体 (SimSun). */
  XIAOBIAOSONG("方正小标宋简体", "Times New Roman"),
  /** 仿宋: the body. Fallbacks: 仿宋 (FangSong, Windows 10+ and WPS), 方正仿宋_GBK. */
  FANGSONG("仿宋_GB2312", "Times New Roman"),
  /** 黑体 (SimHei): first-level headings, the attachment label, 密级 and 紧急程度. */
  HEITI("黑体", "Times New Roman"),
  /** 楷体: second-level headings. Fallbacks: 楷体 (KaiTi, Windows 10+ and WPS), 方正楷体_GBK. */
  KAITI("楷体_GB2312", "Times New Roman"),
  /** 宋体 (SimSun), half-width digits included: the page numbers. */
  SONGTI("宋体", "宋体");

  private final String eastAsia;
  private final String latin;

  Font(String eastAsia, String latin) {
    this.eastAsia = eastAsia;
    this.latin = latin;
  }

  /** Returns the face of Chinese characters (w:rFonts/@w:eastAsia). */
  String eastAsia() {
    return eastAsia;
  }

  /** Returns the face of Latin letters and digits (w:rFonts/@w:ascii and @w:hAnsi). */
  String latin() {
    return latin;
  }
}
