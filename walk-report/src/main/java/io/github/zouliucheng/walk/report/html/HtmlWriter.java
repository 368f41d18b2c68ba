package io.github.zouliucheng.walk.report.html;

import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Table;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lays one bulletin out as HTML for an {@link HtmlRenderer}: the fragment (one {@code <article>})
 * and the page around it. Charts are drawn by {@link SvgCalendar} and {@link SvgBars}.
 *
 * <p>Order: the header (title), the audience line, the preamble, the sections (each its blocks,
 * then its subsections), the sign-off (issuer and date, right-aligned, as an official document
 * signs off), then the appendices, as an official document places its attachments after the
 * sign-off.
 */
final class HtmlWriter {
  private final Bulletin bulletin;
  private final HtmlContext context;
  private final HtmlStyle style;
  private final int topLevel;
  private final Markup markup = new Markup();
  private final BlockWriter blocks = new BlockWriter();

  HtmlWriter(Bulletin bulletin, String classPrefix, int topLevel) {
    this.bulletin = bulletin;
    this.context = new HtmlContext(classPrefix, bulletin.language());
    this.style = HtmlStyle.of(bulletin.language());
    this.topLevel = topLevel;
  }

  /** Returns the fragment: one {@code <article>} element and a final line feed. */
  String fragment() {
    article();
    return markup.toString();
  }

  /** Returns the standalone page around the fragment. */
  String page() {
    String lang = bulletin.language().tag();
    markup.raw("<!DOCTYPE html>");
    markup.open("html", "lang", lang);
    markup.open("head");
    markup.empty("meta", "charset", "utf-8");
    markup.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    markup.empty("meta", "name", "color-scheme", "content", "light");
    markup.leaf("title", bulletin.title());
    // the page's own style sheet: printing (A4, GB/T 9704 margins); the fragment stays inline-only
    markup.open("style");
    for (String line : HtmlStyle.pageSheet(context.root())) {
      markup.raw(line);
    }
    markup.close("style");
    markup.close("head");
    markup.open("body", "style", "margin:0;padding:1em min(.75em, 2vw);background:#fff;color:" + HtmlStyle.INK + ";");
    article();
    markup.close("body");
    markup.close("html");
    return markup.toString();
  }

  private void article() {
    markup.open("article", "class", context.root(), "lang", bulletin.language().tag(), "style", style.root);
    markup.open("header", "class", context.cls("header"), "style", style.header);
    markup.leaf(heading(0), bulletin.title(), "class", context.cls("title"), "style", style.title);
    markup.close("header");
    bulletin.audience().ifPresent(
        audience -> markup.leaf(
            "p",
            context.labels().format("audience", Map.of("audience", audience)),
            "class", context.cls("audience"),
            "style", style.audience));
    paragraph(bulletin.preamble());
    for (Section section : bulletin.sections()) {
      section(section, 1, false);
    }
    signoff();
    for (Section appendix : bulletin.appendices()) {
      section(appendix, 1, true);
    }
    markup.close("article");
  }

  private void signoff() {
    markup.open("footer", "class", context.cls("signoff"), "style", style.signoff);
    markup.leaf("p", bulletin.issuer(), "class", context.cls("issuer"), "style", style.signoffLine);
    markup.leafMarkup(
        "p",
        Markup.inline(
            "time", context.formats().date(bulletin.issuedOn()), "datetime", bulletin.issuedOn().toString(), "style", style.time),
        "class", context.cls("date"),
        "style", style.signoffLine);
    markup.close("footer");
  }

  private void section(Section section, int depth, boolean appendix) {
    markup.open(
        "section",
        "class", context.cls(appendix ? "appendix" : "section"),
        "data-section", section.id(),
        "style", appendix ? style.appendix : style.section);
    String headingStyle = appendix ? style.appendixHeading : depth == 1 ? style.heading2 : depth == 2 ? style.heading3 : style.heading4;
    markup.leaf(heading(depth), section.heading(), "class", context.cls("heading"), "style", headingStyle);
    for (Block block : section.blocks()) {
      block.accept(blocks);
    }
    for (Section subsection : section.subsections()) {
      section(subsection, depth + 1, false);
    }
    markup.close("section");
  }

  /** Writes the block it visits. */
  private final class BlockWriter implements Block.Visitor<@Nullable Void> {
    @Override
    public @Nullable Void visitParagraph(Paragraph paragraph) {
      paragraph(paragraph);
      return null;
    }

    @Override
    public @Nullable Void visitTable(Table table) {
      table(table);
      return null;
    }

    @Override
    public @Nullable Void visitCalendarChart(CalendarChart chart) {
      new SvgCalendar(context, markup).write(chart, style);
      return null;
    }

    @Override
    public @Nullable Void visitBarChart(BarChart chart) {
      new SvgBars(context, markup).write(chart, style);
      return null;
    }
  }

  private String heading(int depth) {
    return "h" + Math.min(topLevel + depth, 6);
  }

  private void paragraph(Paragraph paragraph) {
    markup.leaf("p", paragraph.text(), "class", context.cls("text"), "style", style.paragraph);
  }

  private void table(Table table) {
    markup.open(
        "div",
        "class", context.cls("table-wrap"),
        "role", "region",
        "aria-label", table.caption(),
        "tabindex", "0",
        "style", style.tableWrap);
    markup.open("table", "class", context.cls("table"), "style", style.table(table.header().size()));
    markup.leaf("caption", table.caption(), "class", context.cls("caption"), "style", style.caption);
    markup.open("thead", "style", style.tableHead);
    markup.open("tr", "style", style.row);
    for (int column = 0; column < table.header().size(); column++) {
      boolean numeric = table.numericColumns().contains(column);
      markup.leaf(
          "th",
          table.header().get(column),
          "scope", "col",
          "class", numeric ? context.cls("num") : context.cls("col"),
          "style", style.headCell(numeric));
    }
    markup.close("tr");
    markup.close("thead");
    markup.open("tbody", "style", style.tableBody);
    for (Table.Row row : table.rows()) {
      markup.open("tr", "style", style.row);
      for (int column = 0; column < row.cells().size(); column++) {
        boolean numeric = table.numericColumns().contains(column);
        String cls = numeric ? context.cls("num") : context.cls("cell");
        if (column == 0) {
          markup.leaf("th", row.cells().get(0), "scope", "row", "class", cls, "style", style.bodyCell(numeric));
        } else {
          markup.leaf("td", row.cells().get(column), "class", cls, "style", style.bodyCell(numeric));
        }
      }
      markup.close("tr");
    }
    markup.close("tbody");
    markup.close("table");
    markup.close("div");
  }
}
