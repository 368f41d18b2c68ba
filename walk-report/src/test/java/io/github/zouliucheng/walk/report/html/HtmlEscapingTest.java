package io.github.zouliucheng.walk.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.testing.Hostile;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;


/** User text reaches the HTML as text: never as an element, an attribute or a URL. */
class HtmlEscapingTest {
  private static final List<Bulletin> HOSTILE =
      List.of(
          HtmlTesting.namedChinese(ReportFixtures.dataset(Hostile.appended())),
          HtmlTesting.namedEnglish(ReportFixtures.dataset(Hostile.appended())));

  @Test
  void escape_replacesTheFiveMarkupCharacters() {
    assertThat(HtmlEscaper.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    assertThat(HtmlEscaper.escape("&amp;")).isEqualTo("&amp;amp;");
    assertThat(HtmlEscaper.escape("青川县 “走流程” 𠮷😀")).isEqualTo("青川县 “走流程” 𠮷😀");
    assertThat(HtmlEscaper.escape("")).isEmpty();
  }

  @Test
  void escape_replacesWhatHtmlDoesNotAllow_withTheReplacementCharacter() {
    // a lone surrogate of either kind, a control character, noncharacters in and beyond the BMP
    assertThat(HtmlEscaper.escape("a\uD800b")).isEqualTo("a\uFFFDb");
    assertThat(HtmlEscaper.escape("a\uDC00")).isEqualTo("a\uFFFD");
    assertThat(HtmlEscaper.escape("\uD800")).isEqualTo("\uFFFD");
    assertThat(HtmlEscaper.escape("a\u0000b\u0007c\u007Fd\u0085")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
    assertThat(HtmlEscaper.escape("\uFDD0\uFFFE\uFFFF")).isEqualTo("\uFFFD\uFFFD\uFFFD");
    assertThat(HtmlEscaper.escape(new String(Character.toChars(0x1FFFE)))).isEqualTo("\uFFFD");
    // tab and line feed are text
    assertThat(HtmlEscaper.escape("a\tb\nc")).isEqualTo("a\tb\nc");
  }

  @Test
  void hostileText_addsNoElementAttributeOrUrl() {
    for (Bulletin bulletin : HOSTILE) {
      for (String html : List.of(HtmlRenderer.page().render(bulletin), HtmlTesting.hostPage(HtmlRenderer.fragment().render(bulletin), bulletin.language()))) {
        Document document = HtmlTesting.page(html);

        // the host page adds <main>, the only element the renderer did not write
        assertThat(HtmlTesting.elementNames(document)).isSubsetOf(plus(HtmlTesting.OWN_ELEMENTS, "main"));
        assertThat(HtmlTesting.attributeNames(document)).isSubsetOf(HtmlTesting.OWN_ATTRIBUTES);
        assertThat(document.select("script, img, a, body style, svg svg, [onerror], [onload], [onmouseover], [href], [src]")).isEmpty();
        // the only <style> is the page's own print sheet in its head
        assertThat(document.select("style")).hasSizeLessThanOrEqualTo(1)
            .allSatisfy(style -> assertThat(style.data().strip()).startsWith("@page {").doesNotContain("alert(", "evil.example"));
        assertThat(document.select("article")).hasSize(1);
        for (Element element : document.getAllElements()) {
          for (Attribute attribute : element.attributes()) {
            // the hostile text shows up in no attribute but the accessible name of a table, which is a caption
            if (!attribute.getKey().equals("aria-label")) {
              assertThat(attribute.getValue()).doesNotContain("alert(").doesNotContain("evil.example");
            }
          }
        }
        // the hostile comment is text, not a comment
        assertThat(html).doesNotContain("<!-- 注释 -->");
      }
    }
  }

  private static java.util.Set<String> plus(java.util.Set<String> set, String element) {
    java.util.Set<String> union = new java.util.HashSet<>(set);
    union.add(element);
    return union;
  }

  @Test
  void hostileText_isShownLiterallyAsText() {
    for (Bulletin bulletin : HOSTILE) {
      Document document = HtmlTesting.page(HtmlRenderer.page().render(bulletin));

      String paragraphs = document.select("p, th, td").text();
      for (String hostile : Hostile.STRINGS) {
        assertThat(paragraphs).as(hostile).contains(hostile);
      }
      // and in the tooltips of the charts, where unit names label bars
      String tooltips = document.select("svg title").eachText().toString();
      assertThat(tooltips).contains(Hostile.ALL);
      // the unit names are the fixture's with the hostile text after them
      assertThat(document.select("[data-section=appendix.units] tbody th").eachText())
          .allSatisfy(name -> assertThat(name).endsWith(" " + Hostile.ALL));
    }
  }

  @Test
  void hostileText_inTheTitleOfThePage_staysText() {
    Bulletin bulletin =
        Bulletin.builder(ReportFixtures.dataset(), ReportFixtures.analysis())
            .title("</title><script>alert(1)</script>")
            .issuer("<b>办公室</b>")
            .audience("\"><img src=x onerror=alert(1)>")
            .build();
    String html = HtmlRenderer.page().render(bulletin);
    Document document = HtmlTesting.page(html);

    assertThat(document.title()).isEqualTo("</title><script>alert(1)</script>");
    assertThat(document.select("h1").text()).isEqualTo("</title><script>alert(1)</script>");
    assertThat(document.select("footer p").first().text()).isEqualTo("<b>办公室</b>");
    assertThat(document.select("script, img, b")).isEmpty();
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
  }
}
