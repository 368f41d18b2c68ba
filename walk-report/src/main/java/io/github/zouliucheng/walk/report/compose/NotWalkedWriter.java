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

/** Writes the subsection of {@link io.github.zouliucheng.walk.report.ProblemKind#NOT_WALKED}. */
final class NotWalkedWriter extends ProblemWriter {
  NotWalkedWriter(ComposeContext context) {
    super(context);
  }

  @Override
  void write(Section.Builder section) {
    List<Statement> statements = new ArrayList<>();
    List<Flag> members = context.flags(Judgment.DID_NOT_WALK);
    if (!members.isEmpty()) {
      Ratio roster = analysis.participation().membersWalked();
      statements.add(
          Statement.of(
              messages.format(
                  "not_walked.members",
                  args(
                      "roster", context.number(roster.denominator()),
                      "count", context.number(members.size()),
                      "share", formats.percent(Ratio.of(members.size(), roster.denominator())))),
              context.evidence(members)));
    }
    List<Flag> principals = context.flags(Judgment.PRINCIPAL_DID_NOT_WALK);
    if (!principals.isEmpty()) {
      statements.add(context.namedOrCounted(
              "not_walked.principals", "units", principals, context.namedUnits(context.ownerUnits(principals))));
    }
    section.addBlocks(Paragraph.of(statements));
  }
}
