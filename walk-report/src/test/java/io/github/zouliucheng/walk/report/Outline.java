package io.github.zouliucheng.walk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a bulletin without its words: section ids, block kinds, statement counts and the
 * evidence of every statement and row. Two bulletins of one analysis in two languages have the same
 * outline: the language changes the words, never what is said about which records.
 */
final class Outline {
  private Outline() {}

  static List<String> of(Bulletin bulletin) {
    List<String> out = new ArrayList<>();
    out.add("figures " + bulletin.overall() + " detected " + bulletin.detected());
    for (Statement s : bulletin.preamble().statements()) {
      out.add("preamble " + s.evidence());
    }
    for (Section section : bulletin.sections()) {
      append(section, out);
    }
    for (Section section : bulletin.appendices()) {
      append(section, out);
    }
    return out;
  }

  private static void append(Section section, List<String> out) {
    out.add("section " + section.id());
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph) {
        for (Statement s : ((Paragraph) block).statements()) {
          out.add("  statement " + s.evidence());
        }
      } else if (block instanceof Table) {
        Table table = (Table) block;
        out.add("  table " + table.header().size() + " columns " + table.numericColumns());
        for (Table.Row row : table.rows()) {
          out.add("    row " + row.evidence());
        }
      } else if (block instanceof BarChart) {
        BarChart chart = (BarChart) block;
        out.add("  bars " + chart.categories().size() + " stacked " + chart.stacked());
        for (BarChart.Bar bar : chart.bars()) {
          out.add("    bar " + bar.values());
        }
      } else {
        CalendarChart chart = (CalendarChart) block;
        out.add("  calendar " + chart.start() + " " + chart.end() + " " + chart.counts());
      }
    }
    for (Section sub : section.subsections()) {
      append(sub, out);
    }
  }
}
