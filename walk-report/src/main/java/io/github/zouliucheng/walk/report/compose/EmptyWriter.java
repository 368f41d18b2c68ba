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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes the subsection of {@link io.github.zouliucheng.walk.report.ProblemKind#EMPTY_WALKS}. */
final class EmptyWriter extends ProblemWriter {
  EmptyWriter(ComposeContext context) {
    super(context);
  }

  @Override
  void write(Section.Builder section) {
    List<Statement> statements = new ArrayList<>();
    List<Flag> empty = context.flags(Judgment.EMPTY_WALK);
    if (!empty.isEmpty()) {
      Ratio share = analysis.accountability().emptyWalks();
      Set<String> leaders = new HashSet<>();
      for (Flag flag : empty) {
        leaders.addAll(flag.ownerMemberIds().isEmpty() ? flag.memberIds() : flag.ownerMemberIds());
      }
      // the quantifier is of the leaders who walked, as the sentence's subject is the leaders
      Ratio leaderShare = Ratio.of(leaders.size(), Math.max(leaders.size(), analysis.participation().membersWalked().numerator()));
      statements.add(
          ComposeContext.statement(
              messages.format(
                  "empty.share",
                  args(
                      "quantifier", context.quantifier(leaderShare),
                      "members", context.number(leaders.size()),
                      "empty", context.number(share.numerator()),
                      "share", formats.percent(share))),
              context.evidence(empty),
              leaderShare));
    }
    List<Flag> allEmpty = context.flags(Judgment.ALL_WALKS_EMPTY);
    if (!allEmpty.isEmpty()) {
      statements.add(
          context.namedOrCounted(
              "empty.all_empty", "members", allEmpty, context.namedMembers(allEmpty.stream().map(Flag::subject).toList())));
    }
    section.addBlocks(Paragraph.of(statements));
  }
}
