package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;
import static io.github.zouliucheng.walk.report.compose.ComposeContext.evidence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Ordering;
import io.github.zouliucheng.walk.analytics.ClusterRun;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.UnitParticipation;
import io.github.zouliucheng.walk.analytics.UnitRectification;
import io.github.zouliucheng.walk.analytics.UnitSchedule;
import io.github.zouliucheng.walk.analytics.UnitScore;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.report.Appendix;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the appendices chosen in the options, in their order: the table of units, the members who
 * did not walk, the overdue rectifications and the conflicting walks. An appendix whose table has no
 * row says so in a sentence instead.
 */
final class AppendixWriter extends SectionWriter {
  AppendixWriter(ComposeContext context) {
    super(context);
  }

  /** Returns the appendices of the options, in order. */
  ImmutableList<Section> write() {
    ImmutableList.Builder<Section> appendices = ImmutableList.builder();
    for (Appendix appendix : options.appendices()) {
      switch (appendix) {
        case UNITS:
          appendices.add(unitsAppendix());
          break;
        case MEMBERS_NOT_WALKED:
          appendices.add(membersAppendix());
          break;
        case OVERDUE_RECTIFICATIONS:
          appendices.add(overdueAppendix());
          break;
        case CONFLICTS:
          appendices.add(conflictsAppendix());
          break;
        default:
          throw new IllegalStateException("appendix: no writer for " + appendix);
      }
    }
    return appendices.build();
  }

  private Section unitsAppendix() {
    String p = "appendix.units.";
    Table.Builder table =
        Table.builder()
            .caption(messages.get(p + "caption"))
            .addAllHeader(
                columns(p, "unit", "kind", "members", "walks", "found", "solved", "conflicts", "overdue", "score", "rank"))
            .addNumericColumns(3, 4, 5, 6, 7, 8, 9);
    ImmutableSortedMap<String, UnitParticipation> participation = analysis.participation().units();
    ImmutableSortedMap<String, UnitSchedule> schedule = analysis.scheduling().units();
    ImmutableSortedMap<String, UnitRectification> rectification = analysis.rectification().units();
    List<UnitScore> ranking = analysis.scorecard().ranking();
    int rows = options.appendixRows();
    // the most severe rows when there are more: the units with the lowest scores, still in rank order
    List<UnitScore> shown = ranking.size() <= rows ? ranking : ranking.subList(ranking.size() - rows, ranking.size());
    for (UnitScore score : shown) {
      String id = score.unitId();
      UnitParticipation up = participation.get(id);
      UnitSchedule us = schedule.get(id);
      UnitRectification ur = rectification.get(id);
      table.addRows(
          Table.Row.of(
              List.of(
                  context.unitName(id),
                  formats.label(score.kind()),
                  up == null ? "" : context.number(up.members().numerator()) + "/" + context.number(up.members().denominator()),
                  context.number(up == null ? 0 : up.walks()),
                  context.number(up == null ? 0 : up.solved().denominator()),
                  context.number(up == null ? 0 : up.solved().numerator()),
                  context.number(us == null ? 0 : us.walksInConflict().numerator()),
                  context.number(ur == null ? 0 : ur.overdue()),
                  score.score().toPlainString(),
                  context.number(score.rank())),
              Evidence.builder().addUnitIds(id).build()));
    }
    return appendix(Appendix.UNITS, table.build(), ranking.size(), "appendix.capped.units");
  }

  private Section membersAppendix() {
    String p = "appendix.members_not_walked.";
    Table.Builder table =
        Table.builder()
            .caption(messages.get(p + "caption"))
            .addAllHeader(columns(p, "unit", "name", "title", "principal"));
    List<Member> members = new ArrayList<>();
    for (Flag flag : context.flags(Judgment.DID_NOT_WALK)) {
      dataset.roster().member(flag.subject()).ifPresent(members::add);
    }
    // most severe first: principal leaders, then by unit
    members.sort(
        Comparator.comparing((Member m) -> !m.principal())
            .thenComparing(m -> context.unitOrder(m.unitId()))
            .thenComparing(Member::id));
    for (Member m : first(members)) {
      table.addRows(
          Table.Row.of(
              List.of(context.unitName(m.unitId()), context.user(m.name()), context.user(m.title()), messages.get(m.principal() ? "yes" : "no")),
              Evidence.builder().addMemberIds(m.id()).addUnitIds(m.unitId()).build()));
    }
    return appendix(Appendix.MEMBERS_NOT_WALKED, table.build(), members.size(), "appendix.capped");
  }

  private Section overdueAppendix() {
    String p = "appendix.overdue.";
    String asOf = formats.date(analysis.asOf());
    Table.Builder table =
        Table.builder()
            .caption(messages.format(p + "caption", args("as_of", asOf)))
            .addAllHeader(columns(p, "unit", "problem", "deadline"))
            .addHeader(messages.format(p + "col.status", args("as_of", asOf)));
    // most severe first: still open before solved late, then the longest overdue; the keys are
    // computed once, and only the rows shown are put in order
    List<OverdueKey> overdue = new ArrayList<>();
    for (Flag flag : context.flags(Judgment.OVERDUE)) {
      Finding f = context.finding(flag.subject());
      overdue.add(
          new OverdueKey(
              solvedBy(f).isPresent(),
              f.rectification().flatMap(Rectification::deadline).orElse(LocalDate.MAX),
              context.unitOrder(f.responsibleUnitId()),
              f));
    }
    List<OverdueKey> shown = Ordering.from(OverdueKey.ORDER).leastOf(overdue, options.appendixRows());
    for (OverdueKey key : shown) {
      Finding f = key.finding();
      Rectification r = f.rectification().orElseThrow();
      Optional<LocalDate> solvedOn = solvedBy(f);
      table.addRows(
          Table.Row.of(
              List.of(
                  context.unitName(f.responsibleUnitId()),
                  context.user(f.description()),
                  r.deadline().map(formats::date).orElse(""),
                  solvedOn.isPresent()
                      ? messages.format(p + "late", args("date", formats.date(solvedOn.get())))
                      : messages.get(p + "open")),
              Evidence.builder().addFindingIds(f.id()).addUnitIds(f.responsibleUnitId()).build()));
    }
    return appendix(Appendix.OVERDUE_RECTIFICATIONS, table.build(), overdue.size(), "appendix.capped");
  }

  /** An overdue finding with its sort key: solved late or not, deadline, the unit's place. */
  private record OverdueKey(boolean solved, LocalDate deadline, String unitOrder, Finding finding) {
    static final Comparator<OverdueKey> ORDER =
        Comparator.comparing(OverdueKey::solved)
            .thenComparing(OverdueKey::deadline)
            .thenComparing(OverdueKey::unitOrder)
            .thenComparing(k -> k.finding().id());
  }

  /** Returns the day {@code f} was solved, if on or before the reference date. */
  private Optional<LocalDate> solvedBy(Finding f) {
    return f.rectification().flatMap(Rectification::rectifiedOn).filter(d -> !d.isAfter(analysis.asOf()));
  }

  private Section conflictsAppendix() {
    String p = "appendix.conflicts.";
    Table.Builder table =
        Table.builder()
            .caption(messages.get(p + "caption"))
            .addAllHeader(columns(p, "where", "kind", "days", "leaders", "walks"))
            .addNumericColumns(4);
    // most severe first: the runs and same-day visits with most walks, runs before visits on a tie
    List<Object> conflicts = new ArrayList<>(analysis.scheduling().runs());
    conflicts.addAll(context.flags(Judgment.SAME_POINT_SAME_DAY));
    // ties keep the runs' and then the flags' own order, by position
    List<Map.Entry<Integer, Object>> numbered = new ArrayList<>(conflicts.size());
    for (Object conflict : conflicts) {
      numbered.add(Map.entry(numbered.size(), conflict));
    }
    Comparator<Map.Entry<Integer, Object>> severity =
        Comparator.comparingInt((Map.Entry<Integer, Object> e) -> -walks(e.getValue()))
            .thenComparingInt(e -> e.getValue() instanceof ClusterRun ? 0 : 1)
            .thenComparing(Map.Entry::getKey);
    for (Map.Entry<Integer, Object> entry : Ordering.from(severity).leastOf(numbered, options.appendixRows())) {
      Object conflict = entry.getValue();
      if (conflict instanceof ClusterRun run) {
        table.addRows(
            Table.Row.of(
                List.of(
                    context.unitName(run.unitId()),
                    formats.label(Judgment.SAME_UNIT_CLUSTER),
                    formats.date(run.firstDay()) + "–" + formats.date(run.lastDay()),
                    context.memberNames(run.memberIds()),
                    context.number(run.walkIds().size())),
                evidence(run)));
      } else {
        Flag flag = (Flag) conflict;
        table.addRows(
            Table.Row.of(
                List.of(
                    context.user(context.walk(flag.walkIds().first()).servicePoint().name()),
                    formats.label(flag.judgment()),
                    formats.date(flag.firstDay().orElseThrow()),
                    context.memberNames(flag.memberIds()),
                    context.number(flag.walkIds().size())),
                Evidence.of(flag)));
      }
    }
    return appendix(Appendix.CONFLICTS, table.build(), conflicts.size(), "appendix.capped");
  }

  /** Returns the walks of a run or of a flag. */
  private static int walks(Object conflict) {
    return conflict instanceof ClusterRun run ? run.walkIds().size() : ((Flag) conflict).walkIds().size();
  }

  /** Returns the first rows of {@code sorted}, at most the option's number of appendix rows. */
  private <T> List<T> first(List<T> sorted) {
    return sorted.subList(0, Math.min(options.appendixRows(), sorted.size()));
  }

  /** Returns the headings of the columns {@code names} of the appendix whose keys start with {@code prefix}. */
  private List<String> columns(String prefix, String... names) {
    List<String> headings = new ArrayList<>(names.length);
    for (String name : names) {
      headings.add(messages.get(prefix + "col." + name));
    }
    return headings;
  }

  /**
   * Returns the appendix of {@code table}, which shows the most severe of {@code total} rows; when it
   * shows fewer, a sentence ({@code cappedKey}) says how many there are and where the rest are.
   */
  private Section appendix(Appendix appendix, Table table, int total, String cappedKey) {
    Section.Builder section =
        Section.builder().id(appendix.sectionId()).heading(messages.get(appendix.sectionId() + ".heading"));
    if (table.rows().isEmpty()) {
      section.addBlocks(Paragraph.of(messages.get("appendix.empty")));
    } else {
      if (table.rows().size() < total) {
        section.addBlocks(
            Paragraph.of(
                messages.format(
                    cappedKey, args("total", context.number(total), "shown", context.number(table.rows().size())))));
      }
      section.addBlocks(table);
    }
    return section.build();
  }
}
