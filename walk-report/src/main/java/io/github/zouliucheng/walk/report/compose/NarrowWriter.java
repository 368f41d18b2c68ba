package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;

import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import java.util.ArrayList;
import java.util.List;

/** Writes the subsection of {@link io.github.zouliucheng.walk.report.ProblemKind#NARROW_MODES}. */
final class NarrowWriter extends ProblemWriter {
  NarrowWriter(ComposeContext context) {
    super(context);
  }

  @Override
  void write(Section.Builder section) {
    var modes = analysis.modes();
    List<Statement> statements = new ArrayList<>();
    statements.add(
        Statement.of(
            messages.format(
                "narrow.share",
                args(
                    "citizen", formats.percent(modes.citizenWalks()),
                    "unannounced", formats.percent(modes.unannouncedWalks()),
                    "whole", formats.percent(modes.wholeProcessWalks()),
                    "online", formats.percent(modes.onlineWalks()),
                    "grassroots", formats.percent(modes.grassrootsWalks()),
                    "cross_linked", formats.percent(modes.crossLinkedWalks())))));
    for (Judgment j :
        List.of(
            Judgment.NO_ONLINE_WALK,
            Judgment.NO_UNANNOUNCED_WALK,
            Judgment.NO_ORDINARY_ROLE_WALK,
            Judgment.NO_WHOLE_PROCESS_WALK,
            Judgment.NO_GRASSROOTS_OR_CROSSING_WALK)) {
      context.unitJudgment(statements, j);
    }
    List<Flag> shallow = context.flags(Judgment.ALL_WALKS_SHALLOW);
    if (!shallow.isEmpty()) {
      List<String> members = shallow.stream().map(Flag::subject).toList();
      if (named) {
        statements.add(
            Statement.of(
                messages.format("narrow.all_shallow.named", args("members", context.namedMembers(members))),
                context.evidence(shallow)));
      } else {
        Ratio share = Ratio.of(members.size(), analysis.participation().membersWalked().numerator());
        statements.add(
            ComposeContext.statement(
                messages.format(
                    "narrow.all_shallow",
                    args("quantifier", context.quantifier(share), "members", context.number(members.size()))),
                context.evidence(shallow),
                share));
      }
    }
    section.addBlocks(Paragraph.of(statements));
  }
}
