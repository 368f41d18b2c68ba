package io.github.zouliucheng.walk.report.testing;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Text that tries to break out of its place in an output: HTML elements and attributes, script
 * URLs, Markdown links, images, emphasis and tables, template syntax, closing tags of the
 * bulletin's own elements. Tests plant it in every user-written field of {@link ReportFixtures} and
 * check that each renderer shows it as text.
 */
public final class Hostile {
  /** Each string alone; a renderer must show every one of them literally. */
  public static final List<String> STRINGS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "' onmouseover='alert(1)' x='",
          "javascript:alert(1)",
          "[点我](javascript:alert(1))",
          "![图](https://evil.example/x.png)",
          "<a href=\"https://evil.example\">链接</a>",
          "**粗体** _斜体_ `代码` ~~删除~~",
          "| 表格 | 注入 |",
          "# 标题注入",
          "&amp; &lt; &#60;",
          "\\ 反斜杠 \\",
          "{{模板}} ${表达式}",
          "</article></div></table></svg>",
          "<!-- 注释 -->",
          "<style>body{display:none}</style>",
          "<svg onload=alert(1)>");

  /** All of {@link #STRINGS} in one line. */
  public static final String ALL = String.join(" ", STRINGS);

  private Hostile() {}

  /** Returns a function that appends {@link #ALL} to a text, for {@link ReportFixtures#dataset(UnaryOperator)}. */
  public static UnaryOperator<String> appended() {
    return text -> text + " " + ALL;
  }
}
