package io.github.zouliucheng.walk.report.text;

import io.github.zouliucheng.walk.report.testing.Golden;
import io.github.zouliucheng.walk.report.testing.RendererFixtures;
import org.junit.jupiter.api.Test;

/**
 * The whole output of the plain-text renderer for the Chinese fixture bulletin (anonymous criticism, the units
 * appendix) and for the English one with named criticism and all appendices, compared with the
 * reviewed golden files of this package (see {@link Golden}).
 */
final class TextGoldenTest {

  @Test
  void text_chinese() {
    Golden.assertMatches(TextGoldenTest.class, "bulletin-zh.txt", TextRenderer.create().render(RendererFixtures.chinese()));
  }

  @Test
  void text_englishNamed() {
    Golden.assertMatches(TextGoldenTest.class, "bulletin-en-named.txt", TextRenderer.create().render(RendererFixtures.englishNamed()));
  }
}
