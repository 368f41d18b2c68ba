package io.github.zouliucheng.walk.report.markdown;

import io.github.zouliucheng.walk.report.testing.Golden;
import io.github.zouliucheng.walk.report.testing.RendererFixtures;
import org.junit.jupiter.api.Test;

/**
 * The whole output of the Markdown renderer for the Chinese fixture bulletin (anonymous criticism, the units
 * appendix) and for the English one with named criticism and all appendices, compared with the
 * reviewed golden files of this package (see {@link Golden}).
 */
final class MarkdownGoldenTest {

  @Test
  void markdown_chinese() {
    Golden.assertMatches(MarkdownGoldenTest.class, "bulletin-zh.md", MarkdownRenderer.create().render(RendererFixtures.chinese()));
  }

  @Test
  void markdown_englishNamed() {
    Golden.assertMatches(MarkdownGoldenTest.class, "bulletin-en-named.md", MarkdownRenderer.create().render(RendererFixtures.englishNamed()));
  }
}
