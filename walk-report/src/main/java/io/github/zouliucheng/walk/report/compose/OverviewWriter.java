package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.github.zouliucheng.walk.analytics.Distribution;
import io.github.zouliucheng.walk.analytics.Participation;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.analytics.RectificationQuality;
import io.github.zouliucheng.walk.analytics.Scheduling;
import io.github.zouliucheng.walk.analytics.Theme;
import io.github.zouliucheng.walk.analytics.UnitParticipation;
import io.github.zouliucheng.walk.analytics.UnitRectification;
import io.github.zouliucheng.walk.model.WalkForm;
import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.OverallFigures;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Writes "一、总体情况": the overall sentences, the calendar of walks, the chart of walk forms by
 * unit, the chart of rectification status, and the subsections of good practice (by {@link
 * PracticeWriter}).
 */
final class OverviewWriter extends SectionWriter {
  private final PracticeWriter practice;

  OverviewWriter(ComposeContext context) {
    super(context);
    this.practice = new PracticeWriter(context);
  }

  /** Returns the section {@code overview}, saying {@code period} as the bulletin says it. */
  Section write(String period) {
    Participation p = analysis.participation();
    OverallFigures overall = OverallFigures.of(analysis);
    List<Statement> statements = new ArrayList<>();
    statements.add(
        Statement.of(
            messages.format(
                "overview.sentence",
                args(
                    "period", period,
                    "counties", context.number(overall.counties()),
                    "departments", context.number(overall.departments()),
                    "members", context.number(overall.members()),
                    "walks", context.number(overall.walks()),
                    "found", context.number(overall.found()),
                    "solved", context.number(overall.solved())))));
    if (p.walks() == 0) {
      statements.add(Statement.of(messages.get("overview.no_walks")));
    } else {
      statements.add(
          Statement.of(
              messages.format(
                  "overview.members",
                  args(
                      "roster", context.number(p.membersWalked().denominator()),
                      "walked", context.number(p.membersWalked().numerator()),
                      "share", formats.percent(p.membersWalked())))));
      if (p.findingsOnWalks() > 0) {
        statements.add(
            Statement.of(
                messages.format(
                    "overview.solved",
                    args(
                        "as_of", formats.date(analysis.asOf()),
                        "solved", context.number(p.solvedOnWalks().numerator()),
                        "share", formats.percent(p.solvedOnWalks()),
                        "closed", context.number(p.closedOutOnWalks().numerator())))));
      }
    }
    Section.Builder overview =
        Section.builder()
            .id("overview")
            .heading(messages.get("overview.heading"))
            .addBlocks(Paragraph.of(statements))
            .addBlocks(analysis.period().lengthInDays() > MAX_CALENDAR_DAYS ? months() : calendar());
    if (p.walks() > 0) {
      overview.addBlocks(modesChart());
    }
    if (analysis.rectification().findings() > 0) {
      overview.addBlocks(statusChart());
    }
    overview.addBlocks(Paragraph.of(messages.get("overview.practice")));
    for (Theme theme : Theme.values()) {
      overview.addSubsections(practice.write(theme));
    }
    return overview.build();
  }

  /**
   * The longest period drawn as a calendar of days; a longer one is folded into a chart of walks per
   * month, so that a chart stays a chart whatever the period.
   */
  static final int MAX_CALENDAR_DAYS = 366;

  /** Returns the walks per month of a long period, as bars. */
  private BarChart months() {
    Map<YearMonth, Long> perMonth = new TreeMap<>();
    for (YearMonth m = YearMonth.from(analysis.period().start()); !m.isAfter(YearMonth.from(analysis.period().end())); m = m.plusMonths(1)) {
      perMonth.put(m, 0L);
    }
    analysis.scheduling().calendar().forEach((day, count) -> perMonth.merge(YearMonth.from(day), count, Long::sum));
    BarChart.Builder chart =
        BarChart.builder().title(messages.get("chart.months.title")).stacked(false).addCategories(messages.get("chart.months.walks"));
    perMonth.forEach((month, count) -> chart.addBars(BarChart.Bar.of(formats.yearMonth(month), List.of(count))));
    return chart
        .description(
            messages.format(
                "chart.months.description",
                args(
                    "start", formats.date(analysis.period().start()),
                    "end", formats.date(analysis.period().end()),
                    "walks", context.number(analysis.scheduling().walks()),
                    "months", context.number(perMonth.size()))))
        .build();
  }

  private CalendarChart calendar() {
    Scheduling scheduling = analysis.scheduling();
    ImmutableSortedMap<LocalDate, Long> counts =
        ImmutableSortedMap.copyOf(Maps.filterValues(scheduling.calendar(), count -> count > 0));
    String start = formats.date(analysis.period().start());
    String end = formats.date(analysis.period().end());
    String description;
    if (counts.isEmpty()) {
      description = messages.format("chart.calendar.description_empty", args("start", start, "end", end));
    } else {
      LocalDate peakDay = counts.firstKey();
      for (Map.Entry<LocalDate, Long> day : counts.entrySet()) {
        if (day.getValue() > counts.get(peakDay)) {
          peakDay = day.getKey();
        }
      }
      description =
          messages.format(
              "chart.calendar.description",
              args(
                  "start", start,
                  "end", end,
                  "walks", context.number(scheduling.walks()),
                  "days", context.number(counts.size()),
                  "peak_day", formats.date(peakDay),
                  "peak", context.number(counts.get(peakDay))));
    }
    return CalendarChart.builder()
        .title(messages.get("chart.calendar.title"))
        .description(description)
        .start(analysis.period().start())
        .end(analysis.period().end())
        .putAllCounts(counts)
        .build();
  }

  private BarChart modesChart() {
    BarChart.Builder chart = BarChart.builder().title(messages.get("chart.modes.title")).stacked(true);
    for (WalkForm form : WalkForm.values()) {
      chart.addCategories(formats.label(form));
    }
    ImmutableSortedMap<String, Distribution<WalkForm>> byUnit = analysis.modes().formsByUnit();
    // the units that walked most, when there are more than the option shows
    List<String> units = context.unitsInOrder(mostFirst(byUnit.keySet(), id -> walks(id)));
    for (String unitId : units) {
      Distribution<WalkForm> forms = byUnit.get(unitId);
      List<Long> values = new ArrayList<>();
      for (WalkForm form : WalkForm.values()) {
        values.add(forms.count(form));
      }
      chart.addBars(BarChart.Bar.of(context.unitName(unitId), values));
    }
    return chart
        .description(
            messages.format(
                    "chart.modes.description",
                    args("units", context.number(units.size()), "online", formats.percent(analysis.modes().onlineWalks())))
                + capped("chart.modes.capped", byUnit.size(), units.size()))
        .build();
  }

  private BarChart statusChart() {
    RectificationQuality r = analysis.rectification();
    BarChart.Builder chart =
        BarChart.builder()
            .title(messages.get("chart.status.title"))
            .stacked(true)
            .addCategories(
                messages.get("status.closed"),
                messages.get("status.solved"),
                messages.get("status.overdue"),
                messages.get("status.open"));
    long[] all = statusCounts(r.findings(), r.solved(), r.closedOut(), r.openPastDeadline().numerator());
    long other = r.findings() - r.findingsOnWalks();
    chart.addBars(BarChart.Bar.of(messages.get(other > 0 ? "chart.status.all_channels" : "chart.status.all"), longs(all)));
    List<String> withFindings = new ArrayList<>();
    r.units().forEach((id, u) -> {
      if (u.solved().denominator() > 0) {
        withFindings.add(id);
      }
    });
    // the units with most problems open past their deadline, when there are more than the option shows
    List<String> shown = context.unitsInOrder(mostFirst(withFindings, id -> r.units().get(id).openPastDeadline()));
    for (String unitId : shown) {
      UnitRectification u = r.units().get(unitId);
      long[] counts = statusCounts(u.solved().denominator(), u.solved(), u.closedOut(), u.openPastDeadline());
      chart.addBars(BarChart.Bar.of(context.unitName(unitId), longs(counts)));
    }
    Map<String, String> arguments =
        args(
            "as_of", formats.date(analysis.asOf()),
            "findings", context.number(r.findings()),
            "closed", context.number(all[0]),
            "solved", context.number(all[1]),
            "overdue", context.number(all[2]),
            "open", context.number(all[3]));
    if (other > 0) {
      arguments.put("walk_found", context.number(r.findingsOnWalks()));
      arguments.put("other", context.number(other));
    }
    return chart
        .description(
            messages.format(other > 0 ? "chart.status.description" : "chart.status.description_walks", arguments)
                + capped("chart.status.capped", withFindings.size(), shown.size()))
        .build();
  }

  /**
   * Returns the option's number of appendix rows of {@code unitIds}, those with the largest {@code
   * measure} first (ties by the bulletin's order), or all of them if there are no more.
   */
  private List<String> mostFirst(Collection<String> unitIds, ToLongFunction<String> measure) {
    List<String> ids = context.unitsInOrder(unitIds);
    if (ids.size() <= options.appendixRows()) {
      return ids;
    }
    ids.sort(Comparator.comparingLong(measure).reversed());
    return ids.subList(0, options.appendixRows());
  }

  private long walks(String unitId) {
    UnitParticipation u = analysis.participation().units().get(unitId);
    return u == null ? 0 : u.walks();
  }

  /**
   * Returns the sentence {@code key} saying that a chart shows {@code shown} of {@code total} units,
   * after the description; nothing if it shows all.
   */
  private String capped(String key, int total, int shown) {
    if (shown == total) {
      return "";
    }
    return (options.language() == Language.ZH_CN ? "" : " ")
        + messages.format(key, args("total", context.number(total), "shown", context.number(shown)));
  }

  /** Returns closed out, solved but not closed out, open past deadline, open and not yet due. */
  private static long[] statusCounts(long findings, Ratio solved, Ratio closedOut, long openPastDeadline) {
    long closed = closedOut.numerator();
    long solvedOnly = solved.numerator() - closed;
    long overdue = openPastDeadline;
    long open = findings - solved.numerator() - overdue;
    return new long[] {closed, solvedOnly, overdue, open};
  }

  private static List<Long> longs(long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long value : values) {
      list.add(value);
    }
    return list;
  }
}
