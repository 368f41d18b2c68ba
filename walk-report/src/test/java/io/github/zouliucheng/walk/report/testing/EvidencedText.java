package io.github.zouliucheng.walk.report.testing;

import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import io.github.zouliucheng.walk.report.Table;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A statement or a table row with its evidence, as plain lists: what the JSON rendering must carry
 * for each, read from a bulletin or from its JSON.
 */
public record EvidencedText(
    String where, List<String> text, List<String> walks, List<String> findings, List<String> members,
    List<String> units) {

  /** Returns every statement and table row of {@code bulletin} in reading order. */
  public static List<EvidencedText> of(Bulletin bulletin) {
    List<EvidencedText> out = new ArrayList<>();
    paragraph("preamble", bulletin.preamble(), out);
    for (Section section : bulletin.sections()) {
      section(section, out);
    }
    for (Section section : bulletin.appendices()) {
      section(section, out);
    }
    return out;
  }

  /** Returns every statement and table row of a walk-bulletin/1 document in reading order. */
  public static List<EvidencedText> of(JsonNode document) {
    List<EvidencedText> out = new ArrayList<>();
    block("preamble", document.get("preamble"), out);
    for (JsonNode section : document.get("sections")) {
      section(section, out);
    }
    for (JsonNode section : document.get("appendices")) {
      section(section, out);
    }
    return out;
  }

  private static void section(Section section, List<EvidencedText> out) {
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph paragraph) {
        paragraph(section.id(), paragraph, out);
      } else if (block instanceof Table table) {
        for (Table.Row row : table.rows()) {
          out.add(of(section.id(), row.cells(), row.evidence()));
        }
      }
    }
    for (Section subsection : section.subsections()) {
      section(subsection, out);
    }
  }

  private static void paragraph(String where, Paragraph paragraph, List<EvidencedText> out) {
    for (Statement statement : paragraph.statements()) {
      out.add(of(where, List.of(statement.text()), statement.evidence()));
    }
  }

  private static EvidencedText of(String where, List<String> text, Evidence evidence) {
    return new EvidencedText(
        where, List.copyOf(text), List.copyOf(evidence.walkIds()), List.copyOf(evidence.findingIds()),
        List.copyOf(evidence.memberIds()), List.copyOf(evidence.unitIds()));
  }

  private static void section(JsonNode section, List<EvidencedText> out) {
    String id = section.get("id").asString();
    for (JsonNode block : section.get("blocks")) {
      block(id, block, out);
    }
    for (JsonNode subsection : section.get("subsections")) {
      section(subsection, out);
    }
  }

  private static void block(String where, JsonNode block, List<EvidencedText> out) {
    String type = block.get("type").asString();
    if (type.equals("paragraph")) {
      for (JsonNode statement : block.get("statements")) {
        out.add(of(where, List.of(statement.get("text").asString()), statement.get("evidence")));
      }
    } else if (type.equals("table")) {
      for (JsonNode row : block.get("rows")) {
        out.add(of(where, strings(row.get("cells")), row.get("evidence")));
      }
    }
  }

  private static EvidencedText of(String where, List<String> text, JsonNode evidence) {
    return new EvidencedText(
        where, text, strings(evidence.get("walks")), strings(evidence.get("findings")),
        strings(evidence.get("members")), strings(evidence.get("units")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    for (JsonNode value : array) {
      strings.add(value.asString());
    }
    return strings;
  }
}
