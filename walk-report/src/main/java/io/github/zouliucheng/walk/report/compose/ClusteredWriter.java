package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;
import static io.github.zouliucheng.walk.report.compose.ComposeContext.evidence;

import io.github.zouliucheng.walk.analytics.ClusterRun;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.analytics.Scheduling;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Writes the subsection of {@link io.github.zouliucheng.walk.report.ProblemKind#CLUSTERED_SCHEDULING}. */
final class ClusteredWriter extends ProblemWriter {
  ClusteredWriter(ComposeContext context) {
    super(context);
  }

  @Override
  void write(Section.Builder section) {
    Scheduling s = analysis.scheduling();
    List<Flag> units = context.flags(Judgment.SAME_UNIT_CLUSTER);
    List<Flag> points = context.flags(Judgment.SAME_POINT_SAME_DAY);
    List<Statement> statements = new ArrayList<>();
    List<ClusterRun> runs = s.runs();
    if (!units.isEmpty()) {
      // the units flagged for clustering beyond what their working days made unavoidable, and the
      // runs of close walks that made it
      long walksInRuns = runs.stream().flatMap(r -> r.walkIds().stream()).distinct().count();
      List<String> unitIds = context.ownerUnits(units);
      Map<String, String> arguments =
          args(
              "window", context.number(s.windowDays()),
              "clusters", context.number(runs.size()),
              "walks", context.number(walksInRuns),
              "share", formats.percent(Ratio.of(walksInRuns, s.walks())));
      if (named) {
        arguments.put("units", context.namedUnits(unitIds));
        statements.add(Statement.of(messages.format("clustered.units.named", arguments), context.evidence(units)));
      } else {
        ComposeContext.Quantified subject = context.unitsSubject(unitIds);
        arguments.put("subject", subject.text());
        arguments.put("units", context.number(unitIds.size()));
        statements.add(ComposeContext.statement(messages.format("clustered.units", arguments), context.evidence(units), subject.share()));
      }
    }
    if (!points.isEmpty()) {
      List<String> unitIds = context.ownerUnits(points);
      if (named) {
        statements.add(
            Statement.of(
                messages.format(
                    "clustered.points.named",
                    args("units", context.namedUnits(unitIds), "groups", context.number(points.size()))),
                context.evidence(points)));
      } else {
        ComposeContext.Quantified subject = context.unitsSubject(unitIds);
        statements.add(
            ComposeContext.statement(
                messages.format(
                    "clustered.points",
                    args(
                        "subject", subject.text(),
                        "units", context.number(unitIds.size()),
                        "groups", context.number(points.size()))),
                context.evidence(points),
                subject.share()));
      }
    }
    section.addBlocks(Paragraph.of(statements));
    List<Statement> examples = new ArrayList<>();
    List<ClusterRun> largestRuns = new ArrayList<>(runs);
    largestRuns.sort(Comparator.comparingInt((ClusterRun r) -> -r.walkIds().size()).thenComparing(Comparator.naturalOrder()));
    for (ClusterRun run : largestRuns.subList(0, Math.min(options.examples(), largestRuns.size()))) {
      LocalDate first = run.firstDay();
      LocalDate last = run.lastDay();
      boolean oneDay = first.equals(last);
      Map<String, String> arguments =
          args(
              "count", context.number(run.memberIds().size()),
              "walks", context.number(run.walkIds().size()));
      if (oneDay) {
        arguments.put("date", formats.monthDay(first));
      } else {
        arguments.put("from", formats.monthDay(first));
        arguments.put("to", formats.monthDay(last));
      }
      if (named) {
        arguments.put("unit", context.unitName(run.unitId()));
      }
      String key = "clustered.example.unit" + (oneDay ? "_day" : "") + (named ? "" : "_anonymous");
      examples.add(Statement.of(messages.format(key, arguments), evidence(run)));
    }
    for (Flag flag : largestFirst(points)) {
      LocalDate day = flag.firstDay().orElseThrow();
      String point = context.user(context.walk(flag.walkIds().first()).servicePoint().name());
      Map<String, String> arguments = args("date", formats.monthDay(day), "count", context.number(flag.memberIds().size()));
      if (named) {
        arguments.put("point", point);
        arguments.put("unit", context.unitName(flag.ownerUnitIds().first()));
      }
      examples.add(
          Statement.of(
              messages.format(named ? "clustered.example.point" : "clustered.example.point_anonymous", arguments),
              Evidence.of(flag)));
    }
    if (!examples.isEmpty()) {
      section.addBlocks(Paragraph.of(examples));
    }
  }

  /** Returns up to the examples option of {@code flags}, those with most walks first, then in flag order. */
  private List<Flag> largestFirst(List<Flag> flags) {
    List<Flag> sorted = new ArrayList<>(flags);
    sorted.sort(Comparator.comparingInt((Flag f) -> -f.walkIds().size()).thenComparing(Comparator.naturalOrder()));
    return sorted.subList(0, Math.min(options.examples(), sorted.size()));
  }
}
