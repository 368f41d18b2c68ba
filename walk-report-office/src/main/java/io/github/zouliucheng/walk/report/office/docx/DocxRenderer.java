package io.github.zouliucheng.walk.report.office.docx;

import io.github.zouliucheng.walk.report.Bulletin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Renders a bulletin as an official document (公文) in DOCX, laid out per GB/T 9704-2012
 * 《党政机关公文格式》.
 *
 * <p>The layout:
 *
 * <ul>
 *   <li><b>Page.</b> A4; margins top 37 mm, left 28 mm, right 26 mm, bottom 35 mm, a text block of
 *       156 × 225 mm; a document grid ({@code w:docGrid type="linesAndChars"}, line pitch 28.95 pt)
 *       of 22 lines × 28 characters of 三号 (16 pt); body lines exactly 28.95 pt apart.
 *   <li><b>版头.</b> 份号 (six digits), 密级和保密期限 and 紧急程度 top left, in that order, when given;
 *       the issuing office's mark (发文机关标志) centred in red 小标宋 35 mm below the text block's top,
 *       as large as one line holds (22 to 36 pt); two lines below it the document number (发文字号)
 *       centred, and 4 mm below that a red rule the width of the text block.
 *   <li><b>主体.</b> Two lines below the rule the title in 二号 (22 pt) 小标宋, centred, broken into
 *       lines by sense (after 关于…季度, before a quotation or 情况的通报; never inside a number or a
 *       quotation); a line below it the addressees (主送机关) flush left with a colon. The body in 三号
 *       仿宋_GB2312 with a first-line indent of two characters; headings of the first level ({@code
 *       一、}) in 三号 黑体, of the second ({@code （一）} or {@code 1.}) in bold 三号 楷体_GB2312, deeper
 *       ones in 仿宋; headings are the styles {@code Heading1} to {@code Heading3}, with outline
 *       levels, so they show in the navigation pane.
 *   <li><b>Tables</b> have their caption above in 四号 黑体, cells in 小四 (12 pt) 仿宋 with a 黑体
 *       header row repeated on every page, the text block's width, single borders, numeric columns
 *       right-aligned, rows that do not break across pages. <b>Charts</b> keep the HTML's caption
 *       (the chart's title, then its description) and become tables: a bar chart one row per bar
 *       with each category's count and share and the total, as the Markdown has it; a calendar a
 *       table of months × days 1 to 31, each day's cell holding its count and shaded in four steps
 *       of blue by it, days outside the period grey, with a note that says so.
 *   <li><b>Sign-off.</b> After the body, below a blank line, the attachment note ({@code 附件：1.…},
 *       later names aligned with the first); below a blank line the issuing office (发文机关署名) and
 *       the date of issue (成文日期) in Arabic numerals (2023年4月10日), right-aligned as GB/T 9704
 *       §7.3.5.2 places them without a seal: the office two characters from the right, the date's
 *       first character two characters right of the office's.
 *   <li><b>Attachments.</b> Each appendix starts a page, with {@code 附件N} in 三号 黑体 top left and its
 *       name centred on the third line in 二号 小标宋 (the number the bulletin's heading carries,
 *       {@code 附件1 …}, is not repeated); its blocks and subsections follow as in the body.
 *   <li><b>版记.</b> At the foot of the last page, a table floating at the bottom of the text block:
 *       抄送 (if given) and the printing office with the printing date ({@code 2023年4月10日印发}), in
 *       四号 仿宋 one character in from either side, between rules 0.35 mm thick at top and bottom and
 *       0.25 mm between them.
 *   <li><b>Page numbers.</b> In the footer, {@code — N —} (a {@code PAGE} field) in 四号 半角 宋体, 7 mm
 *       below the text block, one character in from the right on odd pages and from the left on
 *       even ones (separate footers, {@code w:evenAndOddHeaders}).
 * </ul>
 *
 * <p><b>Fonts</b> are named and never embedded (their licences do not allow it): Chinese text in
 * 方正小标宋简体, 仿宋_GB2312, 黑体 and 楷体_GB2312 ({@code w:rFonts/@w:eastAsia}), Latin letters and
 * digits in Times New Roman. A machine without them substitutes: Windows 10 and later and WPS have
 * 仿宋 (FangSong) and 楷体 (KaiTi) for the _GB2312 faces, and 宋体 or 华文中宋 for 小标宋; LibreOffice on
 * Linux falls back to Noto Serif CJK SC / Noto Sans CJK SC, so lines may break differently.
 *
 * <p><b>Not done.</b> GB/T 9704 puts the 版记 on an even page, adding a blank page before it when
 * the text ends on an odd one; a page count needs a layout engine, which DOCX leaves to the word
 * processor, so no blank page is added. LibreOffice (7.4) does not float the 版记's table and lays
 * it out right after the text, and it puts each 16 pt character into two cells of Word's 15.79 pt
 * character grid ({@code docs/docx-to-pdf.sh} previews with a line grid for that reason). The title's line width, the mark's size and the
 * sign-off's indents are computed from character counts, not measured glyphs.
 *
 * <p>The renderer adds no text of its own but the labels of the layout (附件, 抄送, 印发, the
 * calendar's months and note), in the bulletin's language. Rendering is deterministic but for the
 * ZIP container's bytes: the same bulletin and options give the same document XML.
 */
public final class DocxRenderer {
  private DocxRenderer() {}

  /**
   * Writes {@code bulletin} with the elements of {@code document} as a DOCX to {@code out}, which is
   * not closed.
   *
   * @throws IllegalArgumentException if an element of {@code document} conflicts with the bulletin
   *     (a printing date before the date of issue), naming the option
   * @throws IOException if writing fails
   */
  public static void render(Bulletin bulletin, OfficialDocument document, OutputStream out) throws IOException {
    Objects.requireNonNull(bulletin, "bulletin");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try (XWPFDocument docx = new XWPFDocument()) {
      new DocxWriter(docx, bulletin, document).write();
      docx.write(out);
    }
  }

  /**
   * Writes {@code bulletin} with the elements of {@code document} as a DOCX file at {@code path},
   * replacing any file there.
   *
   * @throws IllegalArgumentException as {@link #render(Bulletin, OfficialDocument, OutputStream)}
   * @throws IOException if writing fails
   */
  public static void render(Bulletin bulletin, OfficialDocument document, Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (OutputStream out = Files.newOutputStream(path)) {
      render(bulletin, document, out);
    }
  }
}
