package io.github.zouliucheng.walk.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.zouliucheng.walk.report.testing.CommonMark;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;


/**
 * Escaped text reads back, through a real CommonMark parser with GFM tables, as exactly the text
 * that was escaped, and as nothing but text, in every place the Markdown renderer puts text: a
 * paragraph, a heading, a bold caption and a table cell. The text is drawn from a hostile alphabet:
 * every ASCII punctuation character, Markdown and HTML fragments, spaces of several kinds, letters,
 * digits and CJK.
 */
final class MarkdownEscaperProperties {
  private static final int EXAMPLES = 2_000;

  /** Every ASCII punctuation character, alone. */
  private static final List<String> PUNCTUATION = punctuation();

  private static final List<String> FRAGMENTS =
      List.of(
          "**", "__", "~~", "```", "[x](y)", "![a](b)", "<a href=\"x\">", "</p>", "<!--", "-->", "&amp;", "&#60;",
          "&#x3C;", "&nbsp;", "1.", "1)", "- ", "+ ", "* ", "# ", "> ", "    ", "---", "===", "| a |", "\\|",
          "https://evil.example", "www.evil.example", "a@b.cn", "javascript:alert(1)", "${x}", "{{y}}",
          "[^1]", "[x]: /url", "<https://x.cn>", "\\", "\\\\", "`code`");

  private static final List<String> LETTERS =
      List.of("a", "Z", "0", "1", "9", "2023", "www", "http", "走", "流程", "县（市）区", "“", "”", "。", "，", "（", "）",
          "：", "😀", "𠮷");

  private static final List<String> SPACES = List.of(" ", "  ", "\u3000", "\u00A0", "\t");

  /** Texts of one to twelve pieces of the hostile alphabet. */
  private static Gen<String> texts() {
    Gen<String> piece =
        Generate.frequency(
            List.of(
                org.quicktheories.api.Pair.of(4, Generate.pick(PUNCTUATION)),
                org.quicktheories.api.Pair.of(3, Generate.pick(FRAGMENTS)),
                org.quicktheories.api.Pair.of(3, Generate.pick(LETTERS)),
                org.quicktheories.api.Pair.of(1, Generate.pick(SPACES))));
    return lists().of(piece).ofSizeBetween(1, 12).map(pieces -> String.join("", pieces));
  }

  @Test
  void line_readsBackAsTheSameParagraphText() {
    qt().withExamples(EXAMPLES)
        .forAll(texts())
        .checkAssert(text -> {
          String html = CommonMark.html(MarkdownEscaper.line(text));
          assertThat(html).as("escaped: %s", MarkdownEscaper.line(text))
              .isEqualTo("<p>" + CommonMark.escapeHtml(text) + "</p>\n");
        });
  }

  @Test
  void inline_readsBackAsTheSameHeadingText() {
    qt().withExamples(EXAMPLES)
        .forAll(texts())
        .checkAssert(text -> {
          String html = CommonMark.html("## " + MarkdownEscaper.inline(text));
          assertThat(html).as("escaped: %s", MarkdownEscaper.inline(text))
              .isEqualTo("<h2>" + CommonMark.escapeHtml(text) + "</h2>\n");
        });
  }

  @Test
  void inline_readsBackAsTheSameBoldCaption() {
    qt().withExamples(EXAMPLES)
        .forAll(texts())
        .checkAssert(text -> {
          String html = CommonMark.html("**" + MarkdownEscaper.inline(text) + "**");
          assertThat(html).as("escaped: %s", MarkdownEscaper.inline(text))
              .isEqualTo("<p><strong>" + CommonMark.escapeHtml(text) + "</strong></p>\n");
        });
  }

  @Test
  void inline_readsBackAsTheSameTableCells() {
    qt().withExamples(EXAMPLES)
        .forAll(texts(), texts())
        .checkAssert((first, second) -> {
          String markdown =
              "| h1 | h2 |\n| --- | ---: |\n| " + MarkdownEscaper.inline(first) + " | "
                  + MarkdownEscaper.inline(second) + " |\n";
          Node document = CommonMark.parse(markdown);
          List<String> cells = new ArrayList<>();
          for (Node node : CommonMark.nodes(document)) {
            if (node instanceof TableCell) {
              cells.add(CommonMark.text(node));
            } else {
              assertThat(node.getClass().getSimpleName())
                  .as("node in %s", markdown)
                  .isIn("Document", "TableBlock", "TableHead", "TableBody", "TableRow", "Text");
            }
          }
          assertThat(cells).as("cells of %s", markdown).containsExactly("h1", "h2", first, second);
        });
  }

  @Test
  void escapedText_neverHoldsAnythingButText() {
    qt().withExamples(EXAMPLES)
        .forAll(texts())
        .checkAssert(text -> {
          Node document = CommonMark.parse(MarkdownEscaper.line(text) + "\n\n**" + MarkdownEscaper.inline(text) + "**\n");
          for (Node node : CommonMark.nodes(document)) {
            assertThat(node)
                .as("node of %s", text)
                .isInstanceOfAny(org.commonmark.node.Document.class, org.commonmark.node.Paragraph.class,
                    StrongEmphasis.class, Text.class);
          }
        });
  }

  private static List<String> punctuation() {
    List<String> all = new ArrayList<>();
    for (char c = '!'; c <= '~'; c++) {
      if (!Character.isLetterOrDigit(c)) {
        all.add(String.valueOf(c));
      }
    }
    return List.copyOf(all);
  }
}
