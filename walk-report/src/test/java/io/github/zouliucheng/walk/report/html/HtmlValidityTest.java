package io.github.zouliucheng.walk.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.testing.Hostile;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;


/**
 * The W3C Nu HTML checker (the checker behind validator.w3.org/nu), run offline in process, finds
 * neither error nor warning in the pages, nor in the fragments placed in a host's minimal page.
 */
class HtmlValidityTest {
  private static final Bulletin ZH = ReportFixtures.bulletin();
  private static final Bulletin EN = HtmlTesting.namedEnglish();
  private static final Bulletin HOSTILE_ZH = HtmlTesting.namedChinese(ReportFixtures.dataset(Hostile.appended()));
  private static final Bulletin HOSTILE_EN = HtmlTesting.namedEnglish(ReportFixtures.dataset(Hostile.appended()));

  @Test
  void checker_findsWhatIsWrong() throws Exception {
    // the checker is really checking: a style element in the body, an unknown SVG attribute, a bad scope
    List<String> messages =
        NuChecker.check(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body><div>"
                + "<style>p{}</style><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect bogus=\"1\"/></svg>"
                + "<table><tr><th scope=\"sideways\">x</th></tr></table></div></body></html>");

    assertThat(messages).hasSize(3).allSatisfy(m -> assertThat(m).startsWith("error"));
  }

  @Test
  void pages_areValid() throws Exception {
    for (Bulletin bulletin : List.of(ZH, EN, HOSTILE_ZH, HOSTILE_EN)) {
      assertThat(NuChecker.check(HtmlRenderer.page().render(bulletin))).isEmpty();
    }
  }

  @Test
  void pages_withOtherOptions_areValid() throws Exception {
    assertThat(NuChecker.check(HtmlRenderer.page().withHeadingLevel(4).withClassPrefix("gov-doc").render(EN))).isEmpty();
  }

  @Test
  void fragments_inAHostPage_areValid() throws Exception {
    for (Bulletin bulletin : List.of(ZH, EN, HOSTILE_ZH)) {
      String host = HtmlTesting.hostPage(HtmlRenderer.fragment().withHeadingLevel(2).render(bulletin), bulletin.language());
      assertThat(NuChecker.check(host)).isEmpty();
    }
  }

  @Test
  void fragments_twiceOnOnePage_areValid() throws Exception {
    // no id attributes, so two bulletins can share a page
    String two = HtmlRenderer.fragment().render(ZH) + HtmlRenderer.fragment().render(ZH);
    assertThat(NuChecker.check(HtmlTesting.hostPage(two, Language.ZH_CN))).isEmpty();
  }
}
