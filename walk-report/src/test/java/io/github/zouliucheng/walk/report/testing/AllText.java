package io.github.zouliucheng.walk.report.testing;

import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Table;

/** All the text of a bulletin in reading order, one piece a line, for tests that look for words. */
public final class AllText {
  private AllText() {}

  public static String of(Bulletin bulletin) {
    StringBuilder out = new StringBuilder();
    out.append(bulletin.title()).append('\n').append(bulletin.issuer()).append('\n');
    bulletin.audience().ifPresent(a -> out.append(a).append('\n'));
    out.append(bulletin.preamble().text()).append('\n');
    for (Section section : bulletin.sections()) {
      append(section, out);
    }
    for (Section section : bulletin.appendices()) {
      append(section, out);
    }
    return out.toString();
  }

  public static String of(Section section) {
    StringBuilder out = new StringBuilder();
    append(section, out);
    return out.toString();
  }

  private static void append(Section section, StringBuilder out) {
    out.append(section.heading()).append('\n');
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph) {
        out.append(((Paragraph) block).text()).append('\n');
      } else if (block instanceof Table) {
        Table table = (Table) block;
        out.append(table.caption()).append('\n').append(String.join("\t", table.header())).append('\n');
        for (Table.Row row : table.rows()) {
          out.append(String.join("\t", row.cells())).append('\n');
        }
      } else if (block instanceof BarChart) {
        BarChart chart = (BarChart) block;
        out.append(chart.title()).append('\n').append(chart.description()).append('\n');
        out.append(String.join("\t", chart.categories())).append('\n');
        for (BarChart.Bar bar : chart.bars()) {
          out.append(bar.label()).append('\t').append(bar.values()).append('\n');
        }
      } else {
        CalendarChart chart = (CalendarChart) block;
        out.append(chart.title()).append('\n').append(chart.description()).append('\n');
      }
    }
    for (Section sub : section.subsections()) {
      append(sub, out);
    }
  }
}
