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
      statements.add(
          Statement.of(
              messages.format("empty.share", args("empty", context.number(share.numerator()), "share", formats.percent(share))),
              Evidence.ofAll(empty)));
    }
    List<Flag> allEmpty = context.flags(Judgment.ALL_WALKS_EMPTY);
    if (!allEmpty.isEmpty()) {
      statements.add(context.namedOrCounted("empty.all_empty", "members", allEmpty, context.memberList(allEmpty)));
    }
    section.addBlocks(Paragraph.of(statements));
  }
}
