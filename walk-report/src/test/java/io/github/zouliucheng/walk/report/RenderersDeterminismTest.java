package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.testing.MachineDefaults;
import io.github.zouliucheng.walk.report.json.JsonRenderer;
import io.github.zouliucheng.walk.report.markdown.MarkdownRenderer;
import io.github.zouliucheng.walk.report.testing.RendererFixtures;
import io.github.zouliucheng.walk.report.text.TextRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;


/**
 * The renderers give the same bytes whatever the default locale and time zone: under Arabic (other
 * digits), Turkish (a dotless i in case mapping) and Chinese locales, in time zones a day apart.
 */
final class RenderersDeterminismTest {
  private static final List<BulletinRenderer> RENDERERS =
      List.of(MarkdownRenderer.create(), TextRenderer.create(), JsonRenderer.create(), JsonRenderer.compact());

  @Test
  void render_isTheSameUnderAnyDefaultLocaleAndTimeZone() {
    List<Bulletin> bulletins = RendererFixtures.all();
    List<List<byte[]>> expected = bulletins.stream().map(RenderersDeterminismTest::renderAll).toList();

    for (String tag : List.of("ar-EG-u-nu-arab", "tr-TR", "zh-CN", "hi-IN")) {
      String zone = tag.startsWith("ar") ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
      for (int i = 0; i < bulletins.size(); i++) {
        Bulletin bulletin = bulletins.get(i);
        List<byte[]> actual = MachineDefaults.under(tag, zone, () -> renderAll(bulletin));
        for (int r = 0; r < RENDERERS.size(); r++) {
          assertThat(actual.get(r)).as("%s under %s", RENDERERS.get(r).getClass().getSimpleName(), tag)
              .isEqualTo(expected.get(i).get(r));
        }
      }
    }
  }

  @Test
  void render_isTheSameForTheSameBulletinComposedTwice() {
    for (BulletinRenderer renderer : RENDERERS) {
      assertThat(renderer.render(RendererFixtures.hostile(Language.EN)))
          .isEqualTo(renderer.render(RendererFixtures.hostile(Language.EN)));
    }
  }

  private static List<byte[]> renderAll(Bulletin bulletin) {
    return RENDERERS.stream().map(r -> r.render(bulletin).getBytes(StandardCharsets.UTF_8)).toList();
  }
}
