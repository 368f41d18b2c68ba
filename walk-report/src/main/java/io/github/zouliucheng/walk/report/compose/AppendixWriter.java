package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;
import static io.github.zouliucheng.walk.report.compose.ComposeContext.evidence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
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
    for (UnitScore score : analysis.scorecard().ranking()) {
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
    return appendix(Appendix.UNITS, table.build());
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
    members.sort(Comparator.comparing((Member m) -> context.unitOrder(m.unitId())).thenComparing(m -> !m.principal()).thenComparing(Member::id));
    for (Member m : members) {
      table.addRows(
          Table.Row.of(
              List.of(context.unitName(m.unitId()), context.user(m.name()), context.user(m.title()), messages.get(m.principal() ? "yes" : "no")),
              Evidence.builder().addMemberIds(m.id()).addUnitIds(m.unitId()).build()));
    }
    return appendix(Appendix.MEMBERS_NOT_WALKED, table.build());
  }

  private Section overdueAppendix() {
    String p = "appendix.overdue.";
    String asOf = formats.date(analysis.asOf());
    Table.Builder table =
        Table.builder()
            .caption(messages.format(p + "caption", args("as_of", asOf)))
            .addAllHeader(columns(p, "unit", "problem", "deadline"))
            .addHeader(messages.format(p + "col.status", args("as_of", asOf)));
    List<Finding> overdue = new ArrayList<>();
    for (Flag flag : context.flags(Judgment.OVERDUE)) {
      overdue.add(context.finding(flag.subject()));
    }
    overdue.sort(
        Comparator.comparing((Finding f) -> context.unitOrder(f.responsibleUnitId()))
            .thenComparing(f -> f.rectification().flatMap(Rectification::deadline).orElse(LocalDate.MAX))
            .thenComparing(Finding::id));
    for (Finding f : overdue) {
      Rectification r = f.rectification().orElseThrow();
      Optional<LocalDate> solvedOn = r.rectifiedOn().filter(d -> !d.isAfter(analysis.asOf()));
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
    return appendix(Appendix.OVERDUE_RECTIFICATIONS, table.build());
  }

  private Section conflictsAppendix() {
    String p = "appendix.conflicts.";
    Table.Builder table =
        Table.builder()
            .caption(messages.get(p + "caption"))
            .addAllHeader(columns(p, "where", "kind", "days", "leaders", "walks"))
            .addNumericColumns(4);
    for (ClusterRun run : analysis.scheduling().runs()) {
      table.addRows(
          Table.Row.of(
              List.of(
                  context.unitName(run.unitId()),
                  formats.label(Judgment.SAME_UNIT_CLUSTER),
                  formats.date(run.firstDay()) + "–" + formats.date(run.lastDay()),
                  context.memberNames(run.memberIds()),
                  context.number(run.walkIds().size())),
              evidence(run)));
    }
    for (Flag flag : context.flags(Judgment.SAME_POINT_SAME_DAY)) {
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
    return appendix(Appendix.CONFLICTS, table.build());
  }

  /** Returns the headings of the columns {@code names} of the appendix whose keys start with {@code prefix}. */
  private List<String> columns(String prefix, String... names) {
    List<String> headings = new ArrayList<>(names.length);
    for (String name : names) {
      headings.add(messages.get(prefix + "col." + name));
    }
    return headings;
  }

  private Section appendix(Appendix appendix, Table table) {
    Section.Builder section =
        Section.builder().id(appendix.sectionId()).heading(messages.get(appendix.sectionId() + ".heading"));
    if (table.rows().isEmpty()) {
      section.addBlocks(Paragraph.of(messages.get("appendix.empty")));
    } else {
      section.addBlocks(table);
    }
    return section.build();
  }
}
