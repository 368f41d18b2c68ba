package io.github.zouliucheng.walk.report;

import org.junit.jupiter.api.Test;

/**
 * The whole output of each renderer for the Chinese fixture bulletin (anonymous criticism, the units
 * appendix) and for the English one with named criticism and all appendices, compared with the
 * reviewed golden files (see {@link Golden}).
 */
final class GoldenFilesTest {

  @Test
  void markdown_chinese() {
    Golden.assertMatches("bulletin-zh.md", MarkdownRenderer.create().render(RendererFixtures.chinese()));
  }

  @Test
  void markdown_englishNamed() {
    Golden.assertMatches("bulletin-en-named.md", MarkdownRenderer.create().render(RendererFixtures.englishNamed()));
  }

  @Test
  void text_chinese() {
    Golden.assertMatches("bulletin-zh.txt", TextRenderer.create().render(RendererFixtures.chinese()));
  }

  @Test
  void text_englishNamed() {
    Golden.assertMatches("bulletin-en-named.txt", TextRenderer.create().render(RendererFixtures.englishNamed()));
  }

  @Test
  void json_chinese() {
    Golden.assertMatches("bulletin-zh.json", JsonRenderer.create().render(RendererFixtures.chinese()));
  }

  @Test
  void json_englishNamed() {
    Golden.assertMatches("bulletin-en-named.json", JsonRenderer.create().render(RendererFixtures.englishNamed()));
  }
}
