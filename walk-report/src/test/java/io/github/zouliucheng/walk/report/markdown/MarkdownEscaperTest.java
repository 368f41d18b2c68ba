package io.github.zouliucheng.walk.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The escapes of GFM's own syntax that commonmark-java's core does not parse (autolinks,
 * strikethrough) and GitHub's math, which the round-trip properties cannot check, and the places
 * where text stays unescaped so that the Markdown source reads well.
 */
final class MarkdownEscaperTest {

  @Test
  void escape_breaksGfmExtendedAutolinks() {
    assertThat(MarkdownEscaper.inline("见 https://evil.example/x")).isEqualTo("见 https\\://evil.example/x");
    assertThat(MarkdownEscaper.inline("www.evil.example")).isEqualTo("www\\.evil.example");
    assertThat(MarkdownEscaper.inline("WWW.evil.example")).isEqualTo("WWW\\.evil.example");
    assertThat(MarkdownEscaper.inline("a@b.cn")).isEqualTo("a\\@b.cn");
  }

  @Test
  void escape_breaksStrikethroughAndMath() {
    assertThat(MarkdownEscaper.inline("~~删除~~")).isEqualTo("\\~\\~删除\\~\\~");
    assertThat(MarkdownEscaper.inline("$x$ ${y}")).isEqualTo("\\$x\\$ \\$\\{y\\}");
  }

  @Test
  void escape_writesHtmlSpecialsAsReferences() {
    assertThat(MarkdownEscaper.inline("<b>&amp;</b>")).isEqualTo("&lt;b&gt;&amp;amp;&lt;/b&gt;");
  }

  @Test
  void line_escapesBlockSyntaxAtTheStartOnly() {
    assertThat(MarkdownEscaper.line("- 项目")).isEqualTo("\\- 项目");
    assertThat(MarkdownEscaper.line("+ 项目")).isEqualTo("\\+ 项目");
    assertThat(MarkdownEscaper.line("2023. 年")).isEqualTo("2023\\. 年");
    assertThat(MarkdownEscaper.line("1) 年")).isEqualTo("1\\) 年");
    assertThat(MarkdownEscaper.line("a - b + c 1. d")).isEqualTo("a - b + c 1. d");
    assertThat(MarkdownEscaper.inline("- 1. x")).isEqualTo("- 1. x");
  }

  @Test
  void escape_leavesPlainPunctuationReadable() {
    String english = "Walks that qualify: 2 (25.0%), e.g. on-site; \"quoted\" 'too'? yes!";
    assertThat(MarkdownEscaper.line(english)).isEqualTo(english);
    String chinese = "1.“走”得更广，俯身倾听晓民意（一）：";
    assertThat(MarkdownEscaper.inline(chinese)).isEqualTo(chinese);
  }

  @Test
  void escape_writesSpacesAtTheEndsAsReferences() {
    assertThat(MarkdownEscaper.line("    代码")).isEqualTo("&#32;&#32;&#32;&#32;代码");
    assertThat(MarkdownEscaper.inline("\u3000标题 ")).isEqualTo("&#12288;标题&#32;");
    assertThat(MarkdownEscaper.inline("a  b")).isEqualTo("a  b");
  }
}
