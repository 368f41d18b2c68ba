package io.github.zouliucheng.walk.report.html;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Bulletins, parsing and the renderer's vocabulary for the tests of {@link HtmlRenderer}. */
final class HtmlTesting {
  /** Every element the renderer writes, page shell included. */
  static final Set<String> OWN_ELEMENTS =
      Set.of(
          "html", "head", "body", "meta", "title", "style",
          "article", "header", "footer", "section", "h1", "h2", "h3", "h4", "h5", "h6", "p", "time", "div",
          "table", "caption", "thead", "tbody", "tr", "th", "td",
          "figure", "figcaption", "svg", "desc", "g", "text", "rect", "line");

  /** Every attribute the renderer writes, as an HTML parser names them (lower case). */
  static final Set<String> OWN_ATTRIBUTES =
      Set.of(
          "lang", "charset", "name", "content", "class", "style", "data-section", "datetime", "role", "aria-label",
          "tabindex", "scope", "xmlns", "viewbox", "width", "height", "font-size", "fill", "text-anchor", "x", "y",
          "rx", "data-date", "data-count", "data-value", "stroke", "stroke-width", "x1", "y1", "x2", "y2");

  private HtmlTesting() {}

  /** Returns the bulletin of {@code dataset} in English, naming units and people, with every appendix and an audience. */
  static Bulletin namedEnglish(Dataset dataset) {
    return Bulletin.builder(dataset, WalkAnalytics.analyze(dataset))
        .language(Language.EN)
        .criticism(Criticism.NAMED)
        .audience("The counties and districts, and the municipal departments")
        .issuedOn(LocalDate.of(2023, 4, 10))
        .build();
  }

  /** Returns {@link #namedEnglish(Dataset)} of {@link ReportFixtures#dataset()}. */
  static Bulletin namedEnglish() {
    return namedEnglish(ReportFixtures.dataset());
  }

  /** Returns the bulletin of {@code dataset} in Chinese, naming units and people, with every appendix. */
  static Bulletin namedChinese(Dataset dataset) {
    return Bulletin.builder(dataset, WalkAnalytics.analyze(dataset))
        .criticism(Criticism.NAMED)
        .audience("各县（市）区、市直各部门")
        .issuedOn(LocalDate.of(2023, 4, 10))
        .build();
  }

  /** Returns the fixture bulletin with {@code section} added after the requirements. */
  static Bulletin withSection(Section section) {
    Dataset dataset = ReportFixtures.dataset();
    return Bulletin.builder(dataset, WalkAnalytics.analyze(dataset))
        .issuedOn(LocalDate.of(2023, 4, 10))
        .addSection(section)
        .build();
  }

  /** Returns the fixture bulletin with one added section holding {@code block}. */
  static Bulletin withBlock(Block block) {
    return withSection(Section.builder().id("extra").heading("附加").addBlocks(block).build());
  }

  /** Parses a whole page as a browser would. */
  static Document page(String html) {
    return Jsoup.parse(html);
  }

  /** Parses a fragment as a browser would parse it inside a page's body: the fragment is the body's content. */
  static Document fragment(String html) {
    return Jsoup.parseBodyFragment(html);
  }

  /** Returns the fragment wrapped in the smallest valid page, as a host would embed it. */
  static String hostPage(String fragment, Language language) {
    return "<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>host</title>\n</head>\n<body>\n<main>\n" + fragment + "</main>\n</body>\n</html>\n";
  }

  /** Returns every element of {@code document} but the ones the parser adds around a fragment. */
  static List<Element> rendered(Document document) {
    List<Element> elements = new ArrayList<>();
    for (Element element : document.getAllElements()) {
      if (element != document) {
        elements.add(element);
      }
    }
    return elements;
  }

  /** Returns the names of all attributes of all elements. */
  static Set<String> attributeNames(Document document) {
    Set<String> names = new java.util.TreeSet<>();
    for (Element element : document.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        names.add(attribute.getKey().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }

  /** Returns the names of all elements. */
  static Set<String> elementNames(Document document) {
    Set<String> names = new java.util.TreeSet<>();
    for (Element element : rendered(document)) {
      names.add(element.normalName());
    }
    return names;
  }

  /** Returns the number an SVG attribute holds. */
  static BigDecimal number(Element element, String attribute) {
    return new BigDecimal(element.attr(attribute));
  }

  /** Returns the relative luminance (0 black to 1 white) of a colour written {@code #rrggbb}. */
  static double luminance(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    double r = channel((rgb >> 16) & 0xFF);
    double g = channel((rgb >> 8) & 0xFF);
    double b = channel(rgb & 0xFF);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** Returns {@code text} without any whitespace, to compare text across line breaks and collapsed spaces. */
  static String squeezed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
