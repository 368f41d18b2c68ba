package io.github.zouliucheng.walk.report.html;

import static io.github.zouliucheng.walk.report.html.HtmlTesting.fragment;
import static io.github.zouliucheng.walk.report.html.HtmlTesting.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zouliucheng.walk.model.testing.MachineDefaults;
import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Table;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;


/** The structure of the HTML: one root, semantic headings and tables, prefixed classes, no scripts, the options. */
class HtmlRendererTest {
  private static final Bulletin ZH = ReportFixtures.bulletin();
  private static final Bulletin EN = HtmlTesting.namedEnglish();
  private static final List<Bulletin> BULLETINS = List.of(ZH, EN);

  // ---------------------------------------------------------------------------------------------
  // the fragment and the page

  @Test
  void fragment_isOneArticleElement() {
    for (Bulletin bulletin : BULLETINS) {
      String html = HtmlRenderer.fragment().render(bulletin);

      assertThat(html).startsWith("<article ").endsWith("</article>\n").doesNotContain("\r");
      Document document = fragment(html);
      assertThat(document.body().children()).hasSize(1);
      Element root = document.body().child(0);
      assertThat(root.normalName()).isEqualTo("article");
      assertThat(root.attr("class")).isEqualTo("wkb");
      assertThat(root.attr("lang")).isEqualTo(bulletin.language().tag());
      // nothing but whitespace outside the root
      assertThat(document.body().ownText()).isBlank();
    }
  }

  @Test
  void page_isACompleteDocumentAroundTheFragment() {
    for (Bulletin bulletin : BULLETINS) {
      String html = HtmlRenderer.page().render(bulletin);
      String fragment = HtmlRenderer.fragment().render(bulletin);

      assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + bulletin.language().tag() + "\">\n").endsWith("</html>\n");
      Document document = page(html);
      assertThat(document.select("head > meta[charset]").attr("charset")).isEqualTo("utf-8");
      assertThat(document.select("head > meta[name=viewport]").attr("content")).isEqualTo("width=device-width, initial-scale=1");
      assertThat(document.title()).isEqualTo(bulletin.title());
      assertThat(document.body().children()).hasSize(1);
      // the body holds the fragment itself, indented by two levels
      assertThat(html).contains(fragment.replaceAll("(?m)^(?=.)", "    "));
    }
  }

  @Test
  void render_sameBulletinTwice_givesTheSameBytes() {
    for (Bulletin bulletin : BULLETINS) {
      assertThat(HtmlRenderer.page().render(bulletin)).isEqualTo(HtmlRenderer.page().render(bulletin));
    }
  }

  @Test
  void render_underAnotherDefaultLocaleAndTimeZone_givesTheSameBytes() {
    List<String> expected =
        MachineDefaults.under(
            Locale.ROOT,
            TimeZone.getTimeZone("UTC"),
            () -> List.of(HtmlRenderer.page().render(ZH), HtmlRenderer.fragment().render(EN)));
    List<String> actual = new ArrayList<>();
    // Arabic digits and separators, Thai digits, a decimal comma; a time zone fourteen hours ahead of UTC
    for (String other : List.of("ar-SA", "th-TH-u-nu-thai", "de-DE")) {
      actual.addAll(
          MachineDefaults.under(
              other,
              "Pacific/Kiritimati",
              () ->
                  List.of(
                      HtmlRenderer.page().render(ZH),
                      HtmlRenderer.fragment().render(EN),
                      // composed under the other locale too
                      HtmlRenderer.page().render(ReportFixtures.bulletin()),
                      HtmlRenderer.fragment().render(HtmlTesting.namedEnglish()))));
    }
    assertThat(actual).hasSize(12);
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i)).isEqualTo(expected.get(i % 2));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // what the fragment may not hold

  @Test
  void fragment_hasNoScriptNoHandlerNoUrlNoStyleSheetAndNoExternalResource() {
    for (Bulletin bulletin : BULLETINS) {
      Document document = fragment(HtmlRenderer.fragment().render(bulletin));

      assertThat(document.select("script, style, link, img, iframe, object, embed, base, a, form, use, image, foreignObject"))
          .isEmpty();
      for (Element element : document.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          assertThat(attribute.getKey()).doesNotStartWith("on").isNotIn("id", "href", "src", "xlink:href", "srcset", "action");
          assertThat(attribute.getValue().toLowerCase(Locale.ROOT)).doesNotContain("javascript:").doesNotContain("url(");
        }
      }
      // the only URL in the output is the SVG namespace
      Matcher urls = Pattern.compile("[a-z]+://[^\"\\s]*").matcher(HtmlRenderer.page().render(bulletin));
      while (urls.find()) {
        assertThat(urls.group()).isEqualTo("http://www.w3.org/2000/svg");
      }
    }
  }

  @Test
  void elementsAndAttributes_areTheRenderersOwn() {
    for (Bulletin bulletin : BULLETINS) {
      Document document = page(HtmlRenderer.page().render(bulletin));

      assertThat(HtmlTesting.elementNames(document)).isSubsetOf(HtmlTesting.OWN_ELEMENTS);
      assertThat(HtmlTesting.attributeNames(document)).isSubsetOf(HtmlTesting.OWN_ATTRIBUTES);
    }
  }

  @Test
  void classNames_allCarryThePrefix() {
    for (String prefix : List.of("wkb", "gov-bulletin2")) {
      for (Bulletin bulletin : BULLETINS) {
        Document document = fragment(HtmlRenderer.fragment().withClassPrefix(prefix).render(bulletin));

        assertThat(document.body().child(0).className()).isEqualTo(prefix);
        List<String> classes = new ArrayList<>();
        for (Element element : document.body().child(0).getAllElements()) {
          classes.addAll(element.classNames());
        }
        assertThat(classes).isNotEmpty().allSatisfy(c -> assertThat(c.equals(prefix) || c.startsWith(prefix + "-")).as(c).isTrue());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // headings and order

  @Test
  void headings_followTheSections_titleFirst() {
    Document document = fragment(HtmlRenderer.fragment().render(ZH));

    List<String> headings = new ArrayList<>();
    for (Element h : document.select("h1, h2, h3, h4, h5, h6")) {
      headings.add(h.normalName() + " " + h.text());
    }
    List<String> expected = new ArrayList<>();
    expected.add("h1 " + ZH.title());
    for (Section section : ZH.sections()) {
      outline(section, 2, expected);
    }
    for (Section section : ZH.appendices()) {
      outline(section, 2, expected);
    }
    assertThat(headings).containsExactlyElementsOf(expected);
    assertThat(expected).contains("h2 一、总体情况", "h3 1.“走”得更广，俯身倾听晓民意");
  }

  @Test
  void withHeadingLevel_movesEveryHeadingDown_neverPastH6() {
    Section nested =
        Section.builder()
            .id("extra")
            .heading("四、其他")
            .addSubsections(
                Section.builder()
                    .id("extra-a")
                    .heading("（一）第二层")
                    .addBlocks(Paragraph.of("正文。"))
                    .addSubsections(
                        Section.builder()
                            .id("extra-b")
                            .heading("1.第三层")
                            .addSubsections(Section.builder().id("extra-c").heading("（1）第四层").addBlocks(Paragraph.of("正文。")).build())
                            .build())
                    .build())
            .build();
    Bulletin bulletin = HtmlTesting.withSection(nested);

    Document level1 = fragment(HtmlRenderer.fragment().render(bulletin));
    Document level4 = fragment(HtmlRenderer.fragment().withHeadingLevel(4).render(bulletin));

    assertThat(level1.select("h1").text()).isEqualTo(bulletin.title());
    assertThat(level1.select("[data-section=extra-c] > :first-child").get(0).normalName()).isEqualTo("h5");
    assertThat(level4.select("h1, h2, h3")).isEmpty();
    assertThat(level4.select("h4").text()).isEqualTo(bulletin.title());
    assertThat(level4.select("[data-section=overview] > h5").text()).isEqualTo("一、总体情况");
    assertThat(level4.select("[data-section=extra-a] > h6").text()).isEqualTo("（一）第二层");
    assertThat(level4.select("[data-section=extra-b] > h6").text()).isEqualTo("1.第三层");
    assertThat(level4.select("[data-section=extra-c] > h6").text()).isEqualTo("（1）第四层");
  }

  @Test
  void sections_carryTheirIds_inReadingOrder_signedOffBeforeTheAppendices() {
    Element root = fragment(HtmlRenderer.fragment().render(EN)).body().child(0);

    List<String> ids = new ArrayList<>();
    for (Element section : root.select("section")) {
      ids.add(section.attr("data-section"));
    }
    List<String> expected = new ArrayList<>();
    for (Section section : EN.sections()) {
      ids(section, expected);
    }
    for (Section section : EN.appendices()) {
      ids(section, expected);
    }
    assertThat(ids).containsExactlyElementsOf(expected);
    assertThat(expected).contains("overview", "problems", "requirements", "appendix.units", "appendix.conflicts");

    // header, audience, preamble, body sections, sign-off, appendices
    List<String> children = new ArrayList<>();
    for (Element child : root.children()) {
      children.add(child.normalName() + (child.hasAttr("data-section") ? " " + child.attr("data-section") : ""));
    }
    List<String> order = new ArrayList<>(List.of("header", "p", "p"));
    EN.sections().forEach(s -> order.add("section " + s.id()));
    order.add("footer");
    EN.appendices().forEach(s -> order.add("section " + s.id()));
    assertThat(children).containsExactlyElementsOf(order);
    assertThat(root.child(1).text()).isEqualTo("To: " + EN.audience().orElseThrow());
    assertThat(root.child(2).text()).isEqualTo(EN.preamble().text());
    Element footer = root.selectFirst("footer");
    assertThat(footer.text()).isEqualTo(EN.issuer() + " 10 April 2023");
    assertThat(footer.selectFirst("time").attr("datetime")).isEqualTo("2023-04-10");
    assertThat(root.select("section.wkb-appendix")).hasSize(4);
  }

  @Test
  void paragraphs_areTheStatementsJoined() {
    Document document = fragment(HtmlRenderer.fragment().render(EN));

    Section overview = EN.section("overview").orElseThrow();
    Paragraph first = (Paragraph) overview.blocks().get(0);
    assertThat(document.select("[data-section=overview] > p").get(0).text()).isEqualTo(first.text());
    assertThat(first.statements()).hasSizeGreaterThan(1);
  }

  // ---------------------------------------------------------------------------------------------
  // tables

  @Test
  void tables_haveCaptionHeadAndScopedHeaderCells_numericColumnsRightAligned() {
    for (Bulletin bulletin : BULLETINS) {
      Document document = fragment(HtmlRenderer.fragment().render(bulletin));
      List<Table> tables = tables(bulletin);
      Elements rendered = document.select("table");
      assertThat(rendered).hasSize(tables.size());
      assertThat(tables).isNotEmpty();

      for (int t = 0; t < tables.size(); t++) {
        Table table = tables.get(t);
        Element html = rendered.get(t);
        assertThat(html.child(0).normalName()).isEqualTo("caption");
        assertThat(html.child(0).text()).isEqualTo(table.caption());
        Elements head = html.select("thead > tr > th");
        assertThat(head.eachText()).containsExactlyElementsOf(table.header());
        assertThat(head.eachAttr("scope")).containsOnly("col");
        Elements rows = html.select("tbody > tr");
        assertThat(rows).hasSize(table.rows().size());
        for (int r = 0; r < rows.size(); r++) {
          Elements cells = rows.get(r).children();
          assertThat(cells.eachText()).containsExactlyElementsOf(table.rows().get(r).cells());
          assertThat(cells.get(0).normalName()).isEqualTo("th");
          assertThat(cells.get(0).attr("scope")).isEqualTo("row");
          assertThat(cells.subList(1, cells.size())).allSatisfy(c -> assertThat(c.normalName()).isEqualTo("td"));
          for (int c = 0; c < cells.size(); c++) {
            boolean numeric = table.numericColumns().contains(c);
            assertThat(cells.get(c).attr("style")).contains(numeric ? "text-align:right" : "text-align:left");
            assertThat(head.get(c).attr("style")).contains(numeric ? "text-align:right" : "text-align:left");
            assertThat(cells.get(c).hasClass("wkb-num")).isEqualTo(numeric);
          }
        }
        // wrapped so that it scrolls sideways on a phone, and reachable by keyboard to scroll
        Element wrap = html.parent();
        assertThat(wrap.normalName()).isEqualTo("div");
        assertThat(wrap.attr("style")).contains("overflow-x:auto");
        assertThat(wrap.attr("tabindex")).isEqualTo("0");
        assertThat(wrap.attr("aria-label")).isEqualTo(table.caption());
      }
      assertThat(document.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
    }
  }

  @Test
  void unitsTable_rightAlignsItsFigures() {
    Document document = fragment(HtmlRenderer.fragment().render(ZH));

    Element table = document.selectFirst("[data-section=appendix.units] table");
    // 单位 and 类别 are text; “走流程”次数 and the other counts, the score and the rank are numbers
    assertThat(table.select("thead th.wkb-num").eachText())
        .containsExactly("“走流程”次数", "发现问题", "解决问题", "扎堆次数", "逾期未整改", "综合得分", "排名");
  }

  @Test
  void print_figuresAndRowsDoNotBreak_noDarkBackground() {
    for (Bulletin bulletin : BULLETINS) {
      Document document = fragment(HtmlRenderer.fragment().render(bulletin));

      assertThat(document.select("figure")).isNotEmpty().allSatisfy(f -> assertThat(f.attr("style")).contains("break-inside:avoid"));
      assertThat(document.select("tr")).isNotEmpty().allSatisfy(r -> assertThat(r.attr("style")).contains("break-inside:avoid"));
      Matcher backgrounds = Pattern.compile("background:(#[0-9a-fA-F]{3,6})").matcher(HtmlRenderer.page().render(bulletin));
      int found = 0;
      while (backgrounds.find()) {
        String colour = backgrounds.group(1);
        if (colour.length() == 4) {
          colour = "#" + colour.charAt(1) + colour.charAt(1) + colour.charAt(2) + colour.charAt(2) + colour.charAt(3) + colour.charAt(3);
        }
        assertThat(HtmlTesting.luminance(colour)).as(colour).isGreaterThan(0.8);
        found++;
      }
      assertThat(found).isGreaterThan(0);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // charts: the common frame

  @Test
  void charts_areFiguresOfAccessibleScalableSvg() {
    for (Bulletin bulletin : BULLETINS) {
      Document document = fragment(HtmlRenderer.fragment().render(bulletin));
      List<Block> charts = charts(bulletin);
      Elements figures = document.select("figure");
      assertThat(figures).hasSize(charts.size()).hasSizeGreaterThanOrEqualTo(3);

      for (int i = 0; i < charts.size(); i++) {
        String title = charts.get(i) instanceof CalendarChart ? ((CalendarChart) charts.get(i)).title() : ((BarChart) charts.get(i)).title();
        String description =
            charts.get(i) instanceof CalendarChart ? ((CalendarChart) charts.get(i)).description() : ((BarChart) charts.get(i)).description();
        Element figure = figures.get(i);
        Element svg = figure.selectFirst("svg");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo(title);
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("width")).isEqualTo("100%");
        assertThat(svg.attr("viewBox")).matches("0 0 \\d+\\.\\d\\d \\d+\\.\\d\\d");
        assertThat(svg.child(0).normalName()).isEqualTo("title");
        assertThat(svg.child(0).text()).isEqualTo(title);
        assertThat(svg.child(1).normalName()).isEqualTo("desc");
        assertThat(svg.child(1).text()).isEqualTo(description);
      }
    }
  }

  @Test
  void svgNumbers_haveTwoDecimals() {
    Document document = fragment(HtmlRenderer.fragment().render(EN));

    for (Element element : document.select("svg *")) {
      for (String attribute : List.of("x", "y", "width", "height", "rx", "x1", "x2", "y1", "y2", "stroke-width")) {
        if (element.hasAttr(attribute)) {
          assertThat(element.attr(attribute)).as(element.normalName() + " " + attribute).matches("-?\\d+\\.\\d\\d");
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // options

  @Test
  void withClassPrefix_rejectsWhatIsNotAClassPrefix_namingTheValue() {
    for (String bad : List.of("", "Wkb", "1wkb", "-wkb", "wk b", "wk_b", "wkb\"", "wkb.x", "wkb<")) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> HtmlRenderer.fragment().withClassPrefix(bad))
          .withMessageContaining("classPrefix")
          .withMessageContaining("\"" + bad + "\"");
    }
    assertThat(HtmlRenderer.fragment().withClassPrefix("a").classPrefix()).isEqualTo("a");
    assertThat(HtmlRenderer.fragment().withClassPrefix("x-1-").classPrefix()).isEqualTo("x-1-");
  }

  @Test
  void withHeadingLevel_rejectsLevelsOutsideOneToFour() {
    for (int bad : new int[] {0, 5, -1, 6}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> HtmlRenderer.page().withHeadingLevel(bad))
          .withMessage("headingLevel: must be between 1 and 4, was " + bad);
    }
  }

  @Test
  void withMethods_returnCopies_theOriginalUnchanged() {
    HtmlRenderer original = HtmlRenderer.page();
    HtmlRenderer changed = original.withClassPrefix("doc").withHeadingLevel(3);

    assertThat(original.classPrefix()).isEqualTo("wkb");
    assertThat(original.headingLevel()).isEqualTo(1);
    assertThat(original.isPage()).isTrue();
    assertThat(changed.classPrefix()).isEqualTo("doc");
    assertThat(changed.headingLevel()).isEqualTo(3);
    assertThat(changed.isPage()).isTrue();
    assertThat(HtmlRenderer.fragment().isPage()).isFalse();
    assertThat(changed.render(ZH)).contains("<h3 class=\"doc-title\"").startsWith("<!DOCTYPE html>");
  }

  // ---------------------------------------------------------------------------------------------

  private static void outline(Section section, int level, List<String> out) {
    out.add("h" + Math.min(level, 6) + " " + section.heading());
    for (Section sub : section.subsections()) {
      outline(sub, level + 1, out);
    }
  }

  private static void ids(Section section, List<String> out) {
    out.add(section.id());
    for (Section sub : section.subsections()) {
      ids(sub, out);
    }
  }

  /** Returns the blocks of the bulletin in reading order. */
  static List<Block> blocks(Bulletin bulletin) {
    List<Block> blocks = new ArrayList<>();
    for (Section section : bulletin.sections()) {
      blocks(section, blocks);
    }
    for (Section section : bulletin.appendices()) {
      blocks(section, blocks);
    }
    return blocks;
  }

  private static void blocks(Section section, List<Block> out) {
    out.addAll(section.blocks());
    for (Section sub : section.subsections()) {
      blocks(sub, out);
    }
  }

  private static List<Table> tables(Bulletin bulletin) {
    List<Table> tables = new ArrayList<>();
    for (Block block : blocks(bulletin)) {
      if (block instanceof Table) {
        tables.add((Table) block);
      }
    }
    return tables;
  }

  private static List<Block> charts(Bulletin bulletin) {
    List<Block> charts = new ArrayList<>();
    for (Block block : blocks(bulletin)) {
      if (block instanceof CalendarChart || block instanceof BarChart) {
        charts.add(block);
      }
    }
    return charts;
  }
}
