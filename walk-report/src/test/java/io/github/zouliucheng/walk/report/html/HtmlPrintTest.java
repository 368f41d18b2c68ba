package io.github.zouliucheng.walk.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Printing: the standalone page carries an A4 {@code @page} rule with the margins of GB/T 9704 and
 * print rules in a {@code <style>} of its head; the fragment, embedded in others' pages, carries
 * neither.
 */
class HtmlPrintTest {
  private static final List<Bulletin> BULLETINS =
      List.of(ReportFixtures.bulletin(), HtmlTesting.namedEnglish(), HtmlTesting.namedChinese(ReportFixtures.dataset()));
  private static final List<String> PREFIXES = List.of(HtmlRenderer.DEFAULT_CLASS_PREFIX, "gov-doc");

  /** One rule of the print block: {@code selector { declarations }} on a line of its own. */
  private static final Pattern RULE = Pattern.compile("^\\s*([^{}@]+?)\\s*\\{\\s*(.*?)\\s*}\\s*$");

  private static String sheet(String page) {
    Document document = HtmlTesting.page(page);
    assertThat(document.select("style")).hasSize(1);
    assertThat(document.select("head > style")).hasSize(1);
    return document.selectFirst("head > style").data();
  }

  /** The lines inside {@code @media print { … }}. */
  private static List<String> printRules(String sheet) {
    int start = sheet.indexOf("@media print {");
    assertThat(start).isNotNegative();
    List<String> rules = new ArrayList<>();
    for (String line : sheet.substring(start).split("\n")) {
      if (RULE.matcher(line).matches()) {
        rules.add(line.strip());
      }
    }
    return rules;
  }

  @Test
  void page_hasTheA4PageRuleWithTheMarginsOfGbt9704() {
    for (Bulletin bulletin : BULLETINS) {
      String sheet = sheet(HtmlRenderer.page().render(bulletin));

      assertThat(sheet).contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }");
      assertThat(sheet.indexOf("@page")).isLessThan(sheet.indexOf("@media print"));
    }
  }

  @Test
  void page_hasThePrintRules() {
    for (String prefix : PREFIXES) {
      String p = "." + prefix + "-";
      List<String> rules = printRules(sheet(HtmlRenderer.page().withClassPrefix(prefix).render(ReportFixtures.bulletin())));

      assertThat(rules).contains(
          // the page margins are the margins: the document takes the whole text block
          "." + prefix + " { max-width: none !important; width: auto !important; margin: 0 !important; padding: 0 !important; }",
          // tables wrap instead of scrolling or being clipped
          p + "table-wrap, " + p + "chart-wrap { overflow: visible !important; max-width: 100% !important; }",
          p + "table { width: 100% !important; min-width: 0 !important; table-layout: auto !important; }",
          p + "table th, " + p + "table td { word-break: normal !important; }",
          p + "table tbody th, " + p + "table td { overflow-wrap: anywhere !important; }",
          // header rows repeat, rows do not split
          p + "table thead { display: table-header-group !important; }",
          p + "table tr { break-inside: avoid !important; page-break-inside: avoid !important; }",
          // charts never split and scale to the text width
          p + "figure { break-inside: avoid !important; page-break-inside: avoid !important; break-before: auto !important;"
              + " page-break-before: auto !important; }",
          p + "chart { min-width: 0 !important; max-width: 100% !important; height: auto !important; }",
          // a calendar at the full text width would be ~100 mm high: it would leave the page before it half empty
          p + "calendar " + p + "chart { max-height: 70mm !important; }");
      // no page break is forced in print (appendices start a page by their own inline style)
      assertThat(String.join("\n", rules)).doesNotContain("break-before: page", "break-after: page", "always");
    }
  }

  /** An inline declaration beats a style sheet's normal one: every print rule the inline styles would beat is important. */
  @Test
  void page_printRulesOverridingInlineStylesAreImportant() {
    for (Bulletin bulletin : BULLETINS) {
      String page = HtmlRenderer.page().render(bulletin);
      Document document = HtmlTesting.page(page);
      int overriding = 0;
      for (String rule : printRules(sheet(page))) {
        Matcher matcher = RULE.matcher(rule);
        assertThat(matcher.matches()).isTrue();
        List<Element> elements = document.select(matcher.group(1));
        assertThat(elements).as(rule).isNotEmpty();
        for (String declaration : matcher.group(2).split(";")) {
          if (declaration.isBlank()) {
            continue;
          }
          String property = declaration.substring(0, declaration.indexOf(':')).strip();
          boolean inline = elements.stream().anyMatch(e -> inlineProperties(e).contains(property));
          if (inline) {
            overriding++;
            assertThat(declaration).as(rule).endsWith("!important");
          }
        }
      }
      assertThat(overriding).isGreaterThan(10);
    }
  }

  /** Returns the properties an element's inline style declares, by name. */
  private static Set<String> inlineProperties(Element element) {
    Set<String> properties = new HashSet<>();
    for (String declaration : element.attr("style").split(";")) {
      int colon = declaration.indexOf(':');
      if (colon > 0) {
        properties.add(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT));
      }
    }
    return properties;
  }

  @Test
  void fragment_carriesNoPageCss() {
    for (Bulletin bulletin : BULLETINS) {
      for (String prefix : PREFIXES) {
        String fragment = HtmlRenderer.fragment().withClassPrefix(prefix).render(bulletin);

        assertThat(fragment).doesNotContain("@page", "@media", "<style", "!important", "A4");
        assertThat(HtmlTesting.fragment(fragment).select("style")).isEmpty();
      }
    }
  }
}
