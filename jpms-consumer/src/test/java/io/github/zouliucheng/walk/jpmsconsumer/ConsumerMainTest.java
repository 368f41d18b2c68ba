package io.github.zouliucheng.walk.jpmsconsumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * The consumer module at run time, on the module path: the library modules resolve with only their
 * published dependencies (the Immutables annotations are not among them), and a bulletin is built
 * and rendered. That this module compiled at all is the other half of the check.
 */
class ConsumerMainTest {
  @Test
  void runsAsNamedModulesWithoutTheCompileTimeAnnotations() {
    assertThat(ConsumerMain.class.getModule().getName()).isEqualTo("io.github.zouliucheng.walk.jpmsconsumer");
    assertThat(Bulletin.class.getModule().getName()).isEqualTo("io.github.zouliucheng.walk.report");
    assertThat(WalkAnalytics.class.getModule().getName()).isEqualTo("io.github.zouliucheng.walk.analytics");
    assertThat(Dataset.class.getModule().getName()).isEqualTo("io.github.zouliucheng.walk.model");
    assertThat(ModuleLayer.boot().findModule("org.immutables.value.annotations")).isEmpty();
    assertThat(ConsumerMain.class.getModule().canRead(Dataset.class.getModule())).isTrue();
  }

  @Test
  void buildsAndRendersTheSampleCitysBulletin() {
    Dataset dataset = ConsumerMain.sampleCity();
    assertThat(dataset.walks()).hasSize(572);
    // an Immutables-generated value, used across the module boundary
    assertThat(dataset.walks().get(0).getClass().getSimpleName()).startsWith("Immutable");
    assertThat(dataset.walks().get(0)).isEqualTo(dataset.walks().get(0));

    Bulletin bulletin = ConsumerMain.bulletin();
    String html = HtmlRenderer.fragment().render(bulletin);
    assertThat(html).startsWith("<article class=\"wkb\" lang=\"zh-CN\"").endsWith("</article>\n").contains("一、总体情况");
    assertThat(ConsumerMain.markdown(bulletin)).startsWith("# ").contains("一、总体情况");
  }
}
