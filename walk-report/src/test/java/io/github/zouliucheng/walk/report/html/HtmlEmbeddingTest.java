package io.github.zouliucheng.walk.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's promise for the fragment: a host page's stylesheet changes none of the {@linkplain
 * HtmlStyle#GUARDED guarded properties} of any HTML element of the fragment or of a chart's {@code
 * <svg>}, unless it marks a declaration {@code !important}. Checked with {@link HostCascade} against
 * the portal example's stylesheet and against one that sets every guarded property on every tag.
 */
class HtmlEmbeddingTest {
  /**
   * The stylesheet of the portal example ({@code EmbedInPortal.PORTAL_TEMPLATE} in the examples
   * module), rule for rule.
   */
  static final String PORTAL =
      String.join(
          "\n",
          "body { margin: 0; background: #f4f4f4; font: 12px SimSun, serif; color: #333; }",
          ".banner { background: #b71c1c; color: #fff; padding: 16px 24px; font-size: 22px; }",
          ".nav a { color: #fff; margin-right: 16px; }",
          "#content { max-width: 960px; margin: 16px auto; background: #fff; padding: 24px; }",
          "h1, h2, h3 { color: #b71c1c; text-align: center; text-transform: uppercase; }",
          "p { text-indent: 0; line-height: 1.2; }",
          "table { border: 3px double #999; width: 50%; }",
          "td, th { padding: 12px; background: #ffe; text-align: center; }",
          "svg { display: none; }");

  /** Every tag the fragment can hold, with the universal selector. */
  private static final List<String> TAGS =
      List.of(
          "*", "article", "header", "footer", "section", "div", "h1", "h2", "h3", "h4", "h5", "h6", "p", "time",
          "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg");

  /** A hostile value of each guarded property, through longhands where a shorthand is guarded. */
  private static final String HOSTILE_DECLARATIONS =
      "text-align:center; text-transform:uppercase; text-indent:5em; letter-spacing:.5em; word-spacing:2em;"
          + " white-space:pre; direction:rtl; color:red; font-style:italic; font-variant-caps:small-caps;"
          + " font-weight:900; font-size:40px; line-height:3; font-family:Impact, fantasy; display:inline-flex;"
          + " margin-top:3em; padding-left:3em; border-bottom:5px dashed lime; background-image:linear-gradient(red, blue);"
          + " background-color:yellow; text-decoration:underline wavy";

  /** Sets every guarded property on every tag, twice: by tag alone and by a descendant selector with pseudo-classes. */
  static final String STRESS =
      TAGS.stream()
          .flatMap(tag -> Stream.of(tag, "body #content " + tag + ":not(.x):nth-child(odd)"))
          .map(selector -> selector + " { " + HOSTILE_DECLARATIONS + " }")
          .collect(Collectors.joining("\n"));

  static Stream<Bulletin> bulletins() {
    return Stream.of(ReportFixtures.bulletin(), HtmlTesting.namedEnglish(), HtmlTesting.namedChinese(ReportFixtures.dataset()));
  }

  private static Element root(Bulletin bulletin) {
    Document document = HtmlTesting.fragment(HtmlRenderer.fragment().render(bulletin));
    return document.body().child(0);
  }

  /** The guarded elements: every element outside a chart's {@code <svg>}, the {@code <svg>} included. */
  private static List<Element> guardedElements(Element root) {
    List<Element> elements = new ArrayList<>();
    for (Element element : root.getAllElements()) {
      if (element.parents().stream().noneMatch(parent -> parent.normalName().equals("svg"))) {
        elements.add(element);
      }
    }
    return elements;
  }

  @ParameterizedTest
  @MethodSource("bulletins")
  void everyGuardedElementStatesEveryGuardedProperty(Bulletin bulletin) {
    Element root = root(bulletin);
    List<Element> elements = guardedElements(root);
    assertThat(elements.stream().map(Element::normalName).collect(Collectors.toSet()))
        .contains("article", "header", "h1", "h2", "p", "section", "table", "caption", "thead", "tbody", "tr", "th", "td",
            "figure", "figcaption", "svg", "footer", "time");
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    for (Element element : elements) {
      Set<String> declared = HostCascade.inline(element.attr("style")).keySet();
      for (String property : HtmlStyle.GUARDED) {
        if (!declared.contains(property)) {
          missing.computeIfAbsent(describe(element), k -> new java.util.TreeSet<>()).add(property);
        }
      }
    }
    assertThat(missing).as("guarded properties not stated inline, by element").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bulletins")
  void theRootStatesAValueOfItsOwnForEveryGuardedProperty(Bulletin bulletin) {
    Map<String, String> declared = HostCascade.inline(root(bulletin).attr("style"));
    assertThat(declared).containsOnlyKeys(HtmlStyle.GUARDED);
    assertThat(declared.values()).doesNotContain("inherit", "unset", "revert", "revert-layer");
  }

  @ParameterizedTest
  @MethodSource("bulletins")
  void thePortalStylesheetChangesNothing(Bulletin bulletin) {
    assertThat(described(HostCascade.of(PORTAL).changes(root(bulletin)))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bulletins")
  void aStylesheetSettingEveryGuardedPropertyOnEveryTagChangesNothing(Bulletin bulletin) {
    assertThat(described(HostCascade.of(STRESS).changes(root(bulletin)))).isEmpty();
  }

  @Test
  void importantHostDeclarationsWinAsTheReadmeWarns() {
    Map<Element, Set<String>> changes =
        HostCascade.of("h2 { text-align: center !important; color: red }").changes(root(ReportFixtures.bulletin()));
    assertThat(changes).isNotEmpty();
    assertThat(changes.keySet()).allSatisfy(element -> assertThat(element.normalName()).isEqualTo("h2"));
    assertThat(changes.values()).allSatisfy(properties -> assertThat(properties).containsExactly("text-align"));
  }

  @Test
  void theModelReportsWhatAnUnguardedFragmentLetsThrough() {
    // the checks above can fail: elements without the guard, under the portal's rules
    Element unguarded =
        HtmlTesting.fragment(
                "<article style=\"color:#000\"><section style=\"font:inherit;text-align:left\"><h2 style=\"color:#000\">一、总体情况</h2>"
                    + "<p style=\"text-indent:2em\">x</p></section></article>")
            .body()
            .child(0);
    Map<String, Set<String>> changes = described(HostCascade.of(PORTAL).changes(unguarded));
    assertThat(changes.get("article")).contains("font-size", "font-family", "text-align", "text-transform")
        .doesNotContain("color", "margin", "background"); // the portal sets those on body, not on article
    // inherit takes the parent's (host's) value; an own value does not
    assertThat(changes.get("section")).contains("font-size", "text-transform").doesNotContain("text-align");
    assertThat(changes.get("h2")).contains("text-align", "text-transform").doesNotContain("color");
    assertThat(changes.get("p")).contains("line-height", "text-transform").doesNotContain("text-indent");
  }

  private static Map<String, Set<String>> described(Map<Element, Set<String>> changes) {
    Map<String, Set<String>> described = new LinkedHashMap<>();
    changes.forEach((element, properties) -> described.merge(describe(element), properties, (a, b) -> {
      Set<String> union = new java.util.TreeSet<>(a);
      union.addAll(b);
      return union;
    }));
    return described;
  }

  private static String describe(Element element) {
    return element.className().isEmpty() ? element.normalName() : element.normalName() + "." + element.className();
  }
}
