package io.github.zouliucheng.walk.report.html;

import io.github.zouliucheng.walk.report.Language;
import org.jspecify.annotations.Nullable;

/**
 * The inline styles of the HTML rendering, one set per language, in the manner of an official
 * document (公文): the title centred in a Song face, first-level headings in a Hei face,
 * second-level headings in a Kai face, body text in a FangSong or Song face with a first-line
 * indent of two characters; English in a serif face without indents.
 *
 * <p><b>The guard.</b> The styles are written on each element so that they beat the host page's
 * selectors (an inline declaration beats any selector of normal importance). Every HTML element
 * of the fragment and each chart's {@code <svg>} element states each of the {@linkplain #GUARDED
 * guarded properties} itself, so that a host rule naming its tag (a rule such as {@code
 * h2{text-align:center}} beats inheritance) changes none of them. The root states a value of its
 * own for each; every other element states either its own value or {@code inherit}, which takes the
 * parent's. The elements inside a chart's {@code <svg>} ({@code g}, {@code text}, {@code rect},
 * {@code line}, {@code title}, {@code desc}) are drawn with SVG presentation attributes and are not
 * guarded; a host rule naming those tags reaches them. A host declaration marked {@code
 * !important} beats an inline style and cannot be guarded against.
 *
 * <p>Sizes of the root are in pixels so that the host's root font size cannot shrink the document;
 * everything inside is in {@code em} of the root. Nothing has a dark background, figures and table
 * rows do not break across printed pages, and appendices start on a new printed page.
 */
final class HtmlStyle {
  /**
   * The properties every guarded element states, by the name of a property or of the shorthand
   * that sets them all ({@code font} sets its style, variant, weight, size, line height and
   * family): the inherited ones first, then those that are not inherited but that hosts commonly
   * set on tags.
   */
  static final java.util.List<String> GUARDED =
      java.util.List.of(
          "text-align", "text-transform", "text-indent", "letter-spacing", "word-spacing", "white-space",
          "direction", "color", "font-style", "font-variant", "font-weight", "font-size", "line-height",
          "font-family", "display", "margin", "padding", "border", "background", "text-decoration");

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
  final String tableHead;
  final String tableBody;
  final String row;
  private final String headCellText;
  private final String headCellNumeric;
  private final String bodyCellText;
  private final String bodyCellNumeric;
  final String figure;
  final String figcaption;
  final String chartWrap;
  /** The style of a chart's {@code <svg>}, before its width limits (see {@link Svg#root}). */
  final String svg;
  final String signoff;
  final String signoffLine;
  final String time;

  private HtmlStyle(Language language) {
    boolean zh = language == Language.ZH_CN;
    String indent = zh ? "2em" : "0";
    // the root states its own value of every guarded property: "inherit" here would take the host's
    root = "display:block;box-sizing:border-box;max-width:46em;margin:0 auto;padding:2em min(1.5em, 4vw);border:0;"
        + "background:#fff;color:" + INK + ";font-family:" + (zh ? ZH_BODY : EN_BODY) + ";font-size:" + (zh ? "17px" : "16px") + ";"
        + "font-weight:400;font-style:normal;font-variant:normal;line-height:" + (zh ? "1.85" : "1.6") + ";text-align:left;"
        + "text-indent:0;text-transform:none;letter-spacing:normal;word-spacing:normal;white-space:normal;direction:ltr;"
        + "text-decoration:none;overflow-wrap:anywhere;";
    header = guarded().set("margin", "0 0 1.6em").set("padding", "0 0 1em").set("border-bottom", "2px solid " + RED).css();
    title = text("0", zh ? ZH_TITLE : null, zh ? "1.55em" : "1.5em", "700", "1.45", "#000")
        .set("text-align", "center").set("text-indent", "0").css();
    audience = guarded().set("margin", "0 0 .5em").set("text-indent", "0").css();
    paragraph = guarded().set("margin", "0 0 .6em").set("text-indent", indent).set("text-align", zh ? "justify" : "left").css();
    section = guarded().css();
    appendix = guarded().set("margin", "2.5em 0 0").set("padding", "1.5em 0 0").set("border-top", "1px solid " + RULE)
        .set("break-before", "page").set("page-break-before", "always").css();
    heading2 = text("1.3em 0 .5em", zh ? ZH_HEI : EN_SANS, zh ? "1.05em" : "1.15em", zh ? "400" : "700", "1.6", "#000")
        .set("text-indent", indent).css();
    heading3 = text(".9em 0 .4em", zh ? ZH_KAI : null, "1em", "700", "1.6", "#000").set("text-indent", indent).css();
    heading4 = text(".7em 0 .3em", null, "1em", "700", "1.6", "#000").set("text-indent", indent).css();
    appendixHeading = text("0 0 .8em", zh ? ZH_HEI : EN_SANS, zh ? "1.05em" : "1.15em", zh ? "400" : "700", "1.6", "#000")
        .set("text-indent", "0").css();
    tableWrap = guarded().set("margin", ".8em 0 1.2em").set("overflow-x", "auto").set("max-width", "100%").css();
    table = guarded().set("display", "table").set("border-collapse", "collapse").set("border-spacing", "0").set("width", "100%")
        .set("font-size", ".85em").set("line-height", "1.5").set("text-indent", "0").set("background", "#fff").css();
    caption = guarded().set("display", "table-caption").set("caption-side", "top").set("padding", "0 0 .5em")
        .set("text-align", "center").set("text-indent", "0").set("font-weight", "700").set("color", "#000").css();
    tableHead = guarded().set("display", "table-header-group").css();
    tableBody = guarded().set("display", "table-row-group").css();
    row = guarded().set("display", "table-row").set("break-inside", "avoid").set("page-break-inside", "avoid").css();
    Css cellTemplate = guarded().set("display", "table-cell").set("padding", ".3em .4em").set("border", "1px solid " + RULE)
        .set("vertical-align", "top").set("text-indent", "0").set("text-align", "left").set("word-break", "keep-all")
        .set("overflow-wrap", "break-word");
    Css headCell = cellTemplate.copy().set("font-weight", "700").set("background", "#f2f2f2").set("color", "#000");
    Css bodyCell = cellTemplate.copy().set("font-weight", "400").set("background", "#fff").set("color", INK);
    headCellText = headCell.css();
    headCellNumeric = headCell.set("text-align", "right").css();
    bodyCellText = bodyCell.css();
    // numeric body cells: right-aligned, unbroken, with figures of equal width
    bodyCellNumeric = bodyCell.set("text-align", "right").set("white-space", "nowrap").set("font-variant-numeric", "tabular-nums").css();
    figure = guarded().set("margin", "1em 0 1.4em").set("text-indent", "0").set("break-inside", "avoid")
        .set("page-break-inside", "avoid").css();
    figcaption = guarded().set("margin", ".4em 0 0").set("font-size", ".9em").set("font-weight", "700")
        .set("text-align", "center").set("text-indent", "0").set("color", "#000").css();
    chartWrap = guarded().set("overflow-x", "auto").css();
    // font-size: the style would otherwise override the svg's font-size attribute with "inherit"
    svg = guarded().set("width", "100%").set("height", "auto").set("margin", "0 auto").set("overflow", "visible")
        .set("font-size", Svg.FONT + "px").set("text-indent", "0").css();
    signoff = guarded().set("margin", "2.2em 0 0").set("text-align", "right").css();
    signoffLine = guarded().set("text-indent", "0").set("text-align", "right").css();
    time = guarded().set("display", "inline").css();
  }

  /**
   * Returns the declarations every element but the root starts from: a block with no margin,
   * padding, border, background or decoration, that inherits every inherited guarded property
   * from its parent. {@code font:inherit} sets the font's style, variant, weight, size, line height
   * and family at once; a later declaration of one of them replaces it for that one.
   */
  private static Css guarded() {
    return new Css()
        .set("display", "block").set("margin", "0").set("padding", "0").set("border", "0").set("background", "transparent")
        .set("font", "inherit").set("color", "inherit").set("text-align", "inherit").set("text-indent", "inherit")
        .set("text-transform", "inherit").set("letter-spacing", "inherit").set("word-spacing", "inherit")
        .set("white-space", "inherit").set("direction", "inherit").set("text-decoration", "none");
  }

  /** Returns a guarded block of text: margins, font ({@code null} family to inherit it), weight, line height and colour. */
  private static Css text(String margin, @Nullable String family, String size, String weight, String lineHeight, String colour) {
    Css css = guarded().set("margin", margin);
    if (family != null) {
      css.set("font-family", family);
    }
    return css.set("font-size", size).set("font-weight", weight).set("line-height", lineHeight).set("color", colour);
  }

  /**
   * Declarations in the order they were first set; setting a property again replaces its value in
   * place. A longhand set after its shorthand ({@code font-size} after {@code font}) comes after it,
   * so it wins.
   */
  private static final class Css {
    private final java.util.LinkedHashMap<String, String> declarations = new java.util.LinkedHashMap<>();

    Css set(String property, String value) {
      declarations.put(property, value);
      return this;
    }

    Css copy() {
      Css copy = new Css();
      copy.declarations.putAll(declarations);
      return copy;
    }

    String css() {
      StringBuilder css = new StringBuilder();
      declarations.forEach((property, value) -> css.append(property).append(':').append(value).append(';'));
      return css.toString();
    }
  }

  /** Returns the style of a column heading: right-aligned over a numeric column, left-aligned otherwise. */
  String headCell(boolean numeric) {
    return numeric ? headCellNumeric : headCellText;
  }

  /**
   * Returns the style of a body cell, the row's heading included: right-aligned, unbroken and with
   * figures of equal width when numeric, left-aligned otherwise.
   */
  String bodyCell(boolean numeric) {
    return numeric ? bodyCellNumeric : bodyCellText;
  }

  /** Returns the style of the table: wide enough that columns do not shrink to a character on a phone. */
  String table(int columns) {
    return table + "min-width:" + Math.min(columns * 5, 44) + "em;";
  }

  /** The printed page, A4 with the margins of GB/T 9704 (公文): top 37 mm, right 26 mm, bottom 35 mm, left 28 mm, leaving a text block of 156 × 225 mm. */
  static final String PAGE_RULE = "@page { size: A4; margin: 37mm 26mm 35mm 28mm; }";

  /**
   * Returns the lines of the standalone page's style sheet, for the {@code <style>} in its head:
   * the {@link #PAGE_RULE} and print rules for the elements whose classes start with {@code
   * prefix}. The fragment never carries them: it is embedded in other pages, whose printing is
   * theirs to set.
   *
   * <p>In print, the document takes the page's text block (no width limit, no padding of its own:
   * the page margins are the margins), tables take its width and wrap their cells instead of
   * scrolling sideways or being clipped, header rows repeat on every page, rows do not split,
   * charts scale to the text width, and figures do not split. A figure that does not split moves
   * whole to the next page when it does not fit, leaving the rest of this one empty: a calendar at
   * the full text width is about 100 mm high, so in print it is at most 70 mm high (drawn centred,
   * its text about the size of the body text), and a figure then fits under a few paragraphs. No
   * page break is forced but before an appendix, as the fragment's own styles say; its top margin
   * is dropped in print, where it would only leave a gap at the top of the new page.
   *
   * <p><b>Why {@code !important}.</b> The fragment's styles are inline, and an inline declaration
   * beats every declaration of a style sheet of normal importance, whatever its selector; only a
   * style sheet's {@code !important} declaration beats a (normal) inline one. So every print rule
   * that changes a property the element also states inline is marked {@code !important}; this is
   * the page's own style sheet, so it overrides the fragment's screen layout for print and for
   * nothing else.
   */
  static java.util.List<String> pageSheet(String prefix) {
    String root = "." + prefix;
    String p = root + "-";
    return java.util.List.of(
        PAGE_RULE,
        "@media print {",
        "  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }",
        "  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
        "  " + root + " { max-width: none !important; width: auto !important; margin: 0 !important; padding: 0 !important; }",
        "  " + p + "table-wrap, " + p + "chart-wrap { overflow: visible !important; max-width: 100% !important; }",
        "  " + p + "table { width: 100% !important; min-width: 0 !important; table-layout: auto !important; }",
        // cells wrap between words (and between CJK characters); body cells also inside a long id
        "  " + p + "table th, " + p + "table td { word-break: normal !important; }",
        "  " + p + "table tbody th, " + p + "table td { overflow-wrap: anywhere !important; }",
        "  " + p + "table thead { display: table-header-group !important; }",
        "  " + p + "table tr { break-inside: avoid !important; page-break-inside: avoid !important; }",
        "  " + p + "table caption { break-after: avoid; page-break-after: avoid; }",
        "  " + p + "figure { break-inside: avoid !important; page-break-inside: avoid !important; break-before: auto !important; page-break-before: auto !important; }",
        "  " + p + "chart { min-width: 0 !important; max-width: 100% !important; height: auto !important; }",
        "  " + p + "calendar " + p + "chart { max-height: 70mm !important; }",
        "  " + p + "appendix { margin-top: 0 !important; }",
        "  " + p + "heading, " + p + "title { break-after: avoid; page-break-after: avoid; }",
        "}");
  }

  private static final HtmlStyle ZH = new HtmlStyle(Language.ZH_CN);
  private static final HtmlStyle EN = new HtmlStyle(Language.EN);

  /** Returns the styles of {@code language}. */
  static HtmlStyle of(Language language) {
    return language == Language.ZH_CN ? ZH : EN;
  }
}
