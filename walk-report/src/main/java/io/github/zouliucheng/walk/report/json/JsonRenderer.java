package io.github.zouliucheng.walk.report.json;

import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.BulletinRenderer;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.ProblemKind;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import io.github.zouliucheng.walk.report.Table;
import java.io.StringWriter;
import java.net.URL;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Renders a bulletin as JSON in the format {@code walk-bulletin/1}, for portals and front ends that
 * lay the bulletin out themselves and link each sentence and table row to the records behind it.
 *
 * <p>The format is described by the JSON Schema (draft 2020-12) {@value #SCHEMA_RESOURCE} in this
 * library's jar ({@link #schema()}), {@code $id} {@code
 * https://zouliucheng.github.io/walk-sdk/schema/walk-bulletin-1.json}, with a description of every
 * field. Every document this renderer writes validates against it. In short:
 *
 * <pre>{@code
 * {
 *   "format": "walk-bulletin/1",
 *   "language": "zh-CN",                 // BCP 47 tag: "zh-CN" or "en"
 *   "title": "…", "issuer": "…",
 *   "audience": "…",                     // only when the bulletin is addressed to someone
 *   "period": "2023-Q1",                 // as walk-dataset/1 writes periods
 *   "issuedOn": "2023-04-10", "asOf": "2023-03-31",
 *   "criticism": "anonymous",            // or "named"
 *   "redacted": true,
 *   "overall": {"counties": 2, "departments": 2, "members": 6, "walks": 8, "found": 8, "solved": 6},
 *   "detected": ["clustered_scheduling", …],   // problem kinds, in the bulletin's order
 *   "preamble": {"type": "paragraph", "statements": […]},
 *   "sections": [section, …],
 *   "appendices": [section, …]
 * }
 * section   = {"id": "overview", "heading": "一、总体情况", "blocks": [block, …], "subsections": [section, …]}
 * block     = {"type": "paragraph", "statements": [{"text": "…", "evidence": evidence}, …]}
 *           | {"type": "table", "caption": "…", "header": ["…"], "numericColumns": [3, 4],
 *              "rows": [{"cells": ["…"], "evidence": evidence}, …]}
 *           | {"type": "calendar", "title": "…", "description": "…", "start": "2023-01-01",
 *              "end": "2023-03-31", "days": [{"date": "2023-02-06", "count": 1}, …]}
 *           | {"type": "bars", "title": "…", "description": "…", "categories": ["…"],
 *              "stacked": true, "bars": [{"label": "…", "values": [2, 1]}, …]}
 * evidence  = {"walks": ["w01"], "findings": ["f01"], "members": ["qc-01"], "units": ["qc"]}
 * }</pre>
 *
 * <p>The rules a reader may rely on:
 *
 * <ul>
 *   <li>Fields appear in the order shown; every field is always written except {@code audience},
 *       which is left out when the bulletin has none (never {@code null}). Arrays may be empty.
 *   <li>{@code evidence} always has its four arrays of record identifiers, each sorted
 *       (by UTF-16 code units, as {@link String#compareTo} sorts) and without duplicates; they name
 *       the records of the dataset the bulletin was composed from.
 *   <li>A paragraph's running text is its statements' texts joined by nothing after a statement
 *       ending in a full-width character (U+2E80 and above, such as {@code 。}) and by one space
 *       after any other, as {@link Paragraph#separator} says.
 *   <li>A calendar lists only the days with a non-zero count, in date order; other days from
 *       {@code start} to {@code end} (both included) count zero. A bar has one value per category;
 *       {@code stacked} bars are to be drawn as shares of their own total.
 *   <li>Texts are plain text in the bulletin's language, never markup: a front end must escape
 *       them for its own output.
 * </ul>
 *
 * <p>The pretty form ({@link #create()}) indents by two spaces and ends lines with {@code \n}; the
 * compact form ({@link #compact()}) has no whitespace between tokens. Both end with {@code \n}, are
 * UTF-8 text when written as bytes, and write non-ASCII characters as they are.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonRenderer implements BulletinRenderer {
  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "walk-bulletin/1";

  /** The class-path location of the format's JSON Schema; {@link #schema()} returns its URL. */
  public static final String SCHEMA_RESOURCE = "/io/github/zouliucheng/walk/report/json/bulletin.schema.json";

  /** The {@code type} of each type of block in the format. */
  private static final Map<Class<? extends Block>, String> TYPES =
      Map.of(Paragraph.class, "paragraph", Table.class, "table", CalendarChart.class, "calendar", BarChart.class, "bars");

  private static final JsonFactory FACTORY = new JsonFactory();

  private static final DefaultPrettyPrinter PRETTY_PRINTER =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final JsonRenderer PRETTY = new JsonRenderer(true);
  private static final JsonRenderer COMPACT = new JsonRenderer(false);

  private final boolean pretty;

  private JsonRenderer(boolean pretty) {
    this.pretty = pretty;
  }

  /** Returns the renderer of indented JSON: two spaces per level, one field or element per line. */
  public static JsonRenderer create() {
    return PRETTY;
  }

  /** Returns the renderer of compact JSON: the same document on one line, without whitespace. */
  public static JsonRenderer compact() {
    return COMPACT;
  }

  /** Returns {@code bulletin} as a {@code walk-bulletin/1} JSON document. */
  @Override
  public String render(Bulletin bulletin) {
    StringWriter out = new StringWriter(16_384);
    ObjectWriteContext context = pretty ? new PrettyContext() : ObjectWriteContext.empty();
    try (JsonGenerator g = FACTORY.createGenerator(context, out)) {
      bulletin(g, bulletin);
    }
    return out.append('\n').toString();
  }

  /** Supplies each generator with a pretty printer of its own: they hold the nesting depth. */
  private static final class PrettyContext extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRETTY_PRINTER.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  private static void bulletin(JsonGenerator g, Bulletin b) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeStringProperty("language", b.language().tag());
    g.writeStringProperty("title", b.title());
    g.writeStringProperty("issuer", b.issuer());
    if (b.audience().isPresent()) {
      g.writeStringProperty("audience", b.audience().get());
    }
    g.writeStringProperty("period", b.period().toString());
    g.writeStringProperty("issuedOn", b.issuedOn().toString());
    g.writeStringProperty("asOf", b.asOf().toString());
    g.writeStringProperty("criticism", code(b.criticism()));
    g.writeBooleanProperty("redacted", b.redacted());
    g.writeName("overall");
    g.writeStartObject();
    g.writeNumberProperty("counties", b.overall().counties());
    g.writeNumberProperty("departments", b.overall().departments());
    g.writeNumberProperty("members", b.overall().members());
    g.writeNumberProperty("walks", b.overall().walks());
    g.writeNumberProperty("found", b.overall().found());
    g.writeNumberProperty("solved", b.overall().solved());
    g.writeEndObject();
    g.writeName("detected");
    g.writeStartArray();
    for (ProblemKind kind : b.detected()) {
      g.writeString(kind.code());
    }
    g.writeEndArray();
    g.writeName("preamble");
    block(g, b.preamble());
    g.writeName("sections");
    sections(g, b.sections());
    g.writeName("appendices");
    sections(g, b.appendices());
    g.writeEndObject();
  }

  private static void sections(JsonGenerator g, Iterable<Section> sections) {
    g.writeStartArray();
    for (Section section : sections) {
      g.writeStartObject();
      g.writeStringProperty("id", section.id());
      g.writeStringProperty("heading", section.heading());
      g.writeName("blocks");
      g.writeStartArray();
      for (Block block : section.blocks()) {
        block(g, block);
      }
      g.writeEndArray();
      g.writeName("subsections");
      sections(g, section.subsections());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void block(JsonGenerator g, Block block) {
    g.writeStartObject();
    block.accept(new BlockWriter(g));
    g.writeEndObject();
  }

  /** Writes the fields of one block, its {@code type} first, inside the block's object. */
  private static final class BlockWriter implements Block.Visitor<@Nullable Void> {
    private final JsonGenerator g;

    BlockWriter(JsonGenerator g) {
      this.g = g;
    }

    @Override
    public @Nullable Void visitParagraph(Paragraph paragraph) {
      g.writeStringProperty("type", type(Paragraph.class));
      g.writeName("statements");
      g.writeStartArray();
      for (Statement statement : paragraph.statements()) {
        g.writeStartObject();
        g.writeStringProperty("text", statement.text());
        g.writeName("evidence");
        evidence(g, statement.evidence());
        g.writeEndObject();
      }
      g.writeEndArray();
      return null;
    }

    @Override
    public @Nullable Void visitTable(Table table) {
      g.writeStringProperty("type", type(Table.class));
      g.writeStringProperty("caption", table.caption());
      g.writeName("header");
      strings(g, table.header());
      g.writeName("numericColumns");
      g.writeStartArray();
      for (int column : table.numericColumns()) {
        g.writeNumber(column);
      }
      g.writeEndArray();
      g.writeName("rows");
      g.writeStartArray();
      for (Table.Row row : table.rows()) {
        g.writeStartObject();
        g.writeName("cells");
        strings(g, row.cells());
        g.writeName("evidence");
        evidence(g, row.evidence());
        g.writeEndObject();
      }
      g.writeEndArray();
      return null;
    }

    @Override
    public @Nullable Void visitCalendarChart(CalendarChart calendar) {
      g.writeStringProperty("type", type(CalendarChart.class));
      g.writeStringProperty("title", calendar.title());
      g.writeStringProperty("description", calendar.description());
      g.writeStringProperty("start", calendar.start().toString());
      g.writeStringProperty("end", calendar.end().toString());
      g.writeName("days");
      g.writeStartArray();
      for (Map.Entry<LocalDate, Long> day : calendar.counts().entrySet()) {
        if (day.getValue() > 0) {
          g.writeStartObject();
          g.writeStringProperty("date", day.getKey().toString());
          g.writeNumberProperty("count", day.getValue());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      return null;
    }

    @Override
    public @Nullable Void visitBarChart(BarChart bars) {
      g.writeStringProperty("type", type(BarChart.class));
      g.writeStringProperty("title", bars.title());
      g.writeStringProperty("description", bars.description());
      g.writeName("categories");
      strings(g, bars.categories());
      g.writeBooleanProperty("stacked", bars.stacked());
      g.writeName("bars");
      g.writeStartArray();
      for (BarChart.Bar bar : bars.bars()) {
        g.writeStartObject();
        g.writeStringProperty("label", bar.label());
        g.writeName("values");
        g.writeStartArray();
        for (long value : bar.values()) {
          g.writeNumber(value);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      return null;
    }
  }

  private static void evidence(JsonGenerator g, Evidence evidence) {
    g.writeStartObject();
    g.writeName("walks");
    strings(g, evidence.walkIds());
    g.writeName("findings");
    strings(g, evidence.findingIds());
    g.writeName("members");
    strings(g, evidence.memberIds());
    g.writeName("units");
    strings(g, evidence.unitIds());
    if (evidence.isTruncated()) {
      g.writeName("totals");
      g.writeStartObject();
      g.writeNumberProperty("walks", evidence.walkTotal());
      g.writeNumberProperty("findings", evidence.findingTotal());
      g.writeNumberProperty("members", evidence.memberTotal());
      g.writeNumberProperty("units", evidence.unitTotal());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, Iterable<String> values) {
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  /** Returns the {@code type} of a block of class {@code block} in the format. */
  static String type(Class<?> block) {
    for (Map.Entry<Class<? extends Block>, String> type : TYPES.entrySet()) {
      if (type.getKey().isAssignableFrom(block)) {
        return type.getValue();
      }
    }
    throw new IllegalArgumentException("block: no JSON type for " + block.getName());
  }

  /** Returns the code of {@code criticism} in the format: {@code anonymous} or {@code named}. */
  static String code(Criticism criticism) {
    return criticism.name().toLowerCase(Locale.ROOT);
  }

  /** Returns the location of the format's JSON Schema in this library's jar. */
  public static URL schema() {
    return Objects.requireNonNull(
        JsonRenderer.class.getResource(SCHEMA_RESOURCE), "the schema is missing from the jar");
  }
}
