package io.github.zouliucheng.walk.report.json;

import io.github.zouliucheng.walk.report.testing.Golden;
import io.github.zouliucheng.walk.report.testing.RendererFixtures;
import org.junit.jupiter.api.Test;

/**
 * The whole output of the JSON renderer for the Chinese fixture bulletin (anonymous criticism, the units
 * appendix) and for the English one with named criticism and all appendices, compared with the
 * reviewed golden files of this package (see {@link Golden}).
 */
final class JsonGoldenTest {

  @Test
  void json_chinese() {
    Golden.assertMatches(JsonGoldenTest.class, "bulletin-zh.json", JsonRenderer.create().render(RendererFixtures.chinese()));
  }

  @Test
  void json_englishNamed() {
    Golden.assertMatches(JsonGoldenTest.class, "bulletin-en-named.json", JsonRenderer.create().render(RendererFixtures.englishNamed()));
  }
}
