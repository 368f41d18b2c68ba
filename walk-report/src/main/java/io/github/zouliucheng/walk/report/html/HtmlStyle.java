package io.github.zouliucheng.walk.report.html;

import io.github.zouliucheng.walk.report.Language;

/**
 * The inline styles of the HTML rendering, one set per language. They are written on each element
 * so that they beat the host page's selectors; they set every property a host's rules commonly
 * touch (margins, fonts, colours, alignment, indents, borders), in the manner of an official
 * document (公文): the title centred in a Song face, first-level headings in a Hei face,
 * second-level headings in a Kai face, body text in a FangSong or Song face with a first-line
 * indent of two characters; English in a serif face without indents.
 *
 * <p>Sizes of the root are in pixels so that the host's root font size cannot shrink the document;
 * everything inside is in {@code em} of the root. Nothing has a dark background, figures and table
 * rows do not break across printed pages, and appendices start on a new printed page.
 */
final class HtmlStyle {
  private static final String CJK_SERIF = "\"Noto Serif CJK SC\", \"Noto Serif SC\", \"Source Han Serif SC\", \"Songti SC\", STSong, SimSun";
  private static final String CJK_SANS = "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\"";
  private static final String ZH_BODY = "FangSong, STFangsong, \"FangSong_GB2312\", " + CJK_SERIF + ", serif";
  private static final String ZH_TITLE =
      "\"FZXiaoBiaoSong-B05S\", \"FZXiaoBiaoSong-B05\", STZhongsong, " + CJK_SERIF + ", serif";
  private static final String ZH_HEI = "SimHei, STHeiti, \"Heiti SC\", " + CJK_SANS + ", sans-serif";
  private static final String ZH_KAI = "KaiTi, STKaiti, \"Kaiti SC\", \"KaiTi_GB2312\", \"AR PL UKai CN\", " + CJK_SERIF + ", serif";
  private static final String EN_BODY = "Georgia, Cambria, \"Times New Roman\", \"Noto Serif\", " + CJK_SERIF + ", serif";
  private static final String EN_SANS = "\"Helvetica Neue\", Arial, \"Noto Sans\", " + CJK_SANS + ", sans-serif";

  /** The text colour. */
  static final String INK = "#1a1a1a";
  /** The colour of rules and table borders. */
  static final String RULE = "#8c8c8c";
  /** The red of the rule under the title, as under an official document's masthead. */
  static final String RED = "#b71c1c";

  final String root;
  final String header;
  final String title;
  final String audience;
  final String paragraph;
  final String section;
  final String appendix;
  final String heading2;
  final String heading3;
  final String heading4;
  final String appendixHeading;
  final String tableWrap;
  final String table;
  final String caption;
  final String headCell;
  final String rowHead;
  final String cell;
  final String figure;
  final String figcaption;
  final String chartWrap;
  final String signoff;
  final String signoffLine;

  private HtmlStyle(Language language) {
    boolean zh = language == Language.ZH_CN;
    String body = zh ? ZH_BODY : EN_BODY;
    String indent = zh ? "text-indent:2em;" : "text-indent:0;";
    root = "display:block;box-sizing:border-box;max-width:46em;margin:0 auto;padding:2em min(1.5em, 4vw);"
        + "background:#fff;color:" + INK + ";font-family:" + body + ";font-size:" + (zh ? "17px" : "16px") + ";"
        + "font-weight:400;font-style:normal;line-height:" + (zh ? "1.85" : "1.6") + ";text-align:left;"
        + "letter-spacing:normal;word-spacing:normal;overflow-wrap:anywhere;";
    header = "display:block;margin:0 0 1.6em;padding:0 0 1em;border-bottom:2px solid " + RED + ";";
    title = block("0", zh ? ZH_TITLE : "inherit", zh ? "1.55em" : "1.5em", "700", "1.45", "#000")
        + "text-align:center;text-indent:0;";
    audience = block("0 0 .5em", "inherit", "1em", "400", "inherit", "inherit") + "text-indent:0;";
    paragraph = block("0 0 .6em", "inherit", "1em", "400", "inherit", "inherit")
        + indent + (zh ? "text-align:justify;" : "text-align:left;");
    section = "display:block;margin:0;padding:0;";
    appendix = "display:block;margin:2.5em 0 0;padding:1.5em 0 0;border-top:1px solid " + RULE + ";"
        + "break-before:page;page-break-before:always;";
    heading2 = block("1.3em 0 .5em", zh ? ZH_HEI : EN_SANS, zh ? "1.05em" : "1.15em", zh ? "400" : "700", "1.6", "#000")
        + indent;
    heading3 = block(".9em 0 .4em", zh ? ZH_KAI : "inherit", "1em", "700", "1.6", "#000") + indent;
    heading4 = block(".7em 0 .3em", "inherit", "1em", "700", "1.6", "#000") + indent;
    appendixHeading =
        block("0 0 .8em", zh ? ZH_HEI : EN_SANS, zh ? "1.05em" : "1.15em", zh ? "400" : "700", "1.6", "#000")
            + "text-indent:0;";
    tableWrap = "display:block;margin:.8em 0 1.2em;padding:0;overflow-x:auto;max-width:100%;";
    table = "display:table;border-collapse:collapse;border-spacing:0;width:100%;margin:0;"
        + "font-family:inherit;font-size:.85em;line-height:1.5;text-indent:0;background:#fff;";
    caption = "display:table-caption;caption-side:top;margin:0;padding:0 0 .5em;text-align:center;text-indent:0;"
        + "font-family:inherit;font-size:inherit;font-weight:700;color:#000;";
    String cellBase = "padding:.3em .4em;border:1px solid " + RULE + ";vertical-align:top;text-indent:0;"
        + "font-family:inherit;font-size:inherit;line-height:inherit;"
        + "word-break:keep-all;overflow-wrap:break-word;";
    headCell = cellBase + "font-weight:700;background:#f2f2f2;color:#000;";
    rowHead = cellBase + "font-weight:400;background:#fff;color:" + INK + ";";
    cell = cellBase + "font-weight:400;background:#fff;color:" + INK + ";";
    figure = "display:block;margin:1em 0 1.4em;padding:0;text-indent:0;break-inside:avoid;page-break-inside:avoid;";
    figcaption = "display:block;margin:.4em 0 0;padding:0;font-family:inherit;font-size:.9em;font-weight:700;text-align:center;"
        + "text-indent:0;color:#000;";
    chartWrap = "display:block;margin:0;padding:0;overflow-x:auto;";
    signoff = "display:block;margin:2.2em 0 0;padding:0;text-align:right;";
    signoffLine = block("0", "inherit", "1em", "400", "inherit", "inherit") + "text-indent:0;text-align:right;";
  }

  /** Returns the style of a block of text: margins, font, weight, line height and colour; no padding or border. */
  private static String block(String margin, String family, String size, String weight, String lineHeight, String colour) {
    return "display:block;margin:" + margin + ";padding:0;border:0;font-family:" + family + ";font-size:" + size
        + ";font-weight:" + weight + ";font-style:normal;line-height:" + lineHeight + ";color:" + colour + ";";
  }

  /** Returns the style of a column heading: right-aligned over a numeric column. */
  String headCell(boolean numeric) {
    return headCell + (numeric ? "text-align:right;" : "text-align:left;");
  }

  /** Returns the style of a body cell: right-aligned, unbroken and with figures of equal width when numeric. */
  String bodyCell(String base, boolean numeric) {
    return base + (numeric ? "text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;" : "text-align:left;");
  }

  /** Returns the style of the table: wide enough that columns do not shrink to a character on a phone. */
  String table(int columns) {
    return table + "min-width:" + Math.min(columns * 5, 44) + "em;";
  }

  private static final HtmlStyle ZH = new HtmlStyle(Language.ZH_CN);
  private static final HtmlStyle EN = new HtmlStyle(Language.EN);

  /** Returns the styles of {@code language}. */
  static HtmlStyle of(Language language) {
    return language == Language.ZH_CN ? ZH : EN;
  }
}
