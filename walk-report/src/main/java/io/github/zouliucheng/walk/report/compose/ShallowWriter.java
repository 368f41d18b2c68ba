package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;

import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the subsection of {@link io.github.zouliucheng.walk.report.ProblemKind#SHALLOW_FINDINGS}. */
final class ShallowWriter extends ProblemWriter {
  ShallowWriter(ComposeContext context) {
    super(context);
  }

  @Override
  void write(Section.Builder section) {
    List<Flag> trivial = new ArrayList<>(context.flags(Judgment.TRIVIAL_CATEGORY));
    trivial.addAll(context.flags(Judgment.TRIVIAL_PHRASE));
    trivial.addAll(context.flags(Judgment.TRIVIAL_WORDING));
    Ratio share = analysis.depth().trivialFindings();
    section.addBlocks(
        Paragraph.of(
            List.of(
                Statement.of(
                    messages.format(
                        "shallow.share",
                        args(
                            "subject", context.subject(),
                            "trivial", context.number(share.numerator()),
                            "share", formats.percent(share),
                            "complex", formats.percent(analysis.depth().complexWalks()),
                            "crossing", formats.percent(analysis.depth().crossingWalks()))),
                    Evidence.ofAll(trivial)))));
    List<Statement> simple = new ArrayList<>();
    context.unitJudgment(simple, Judgment.ONLY_SIMPLE_MATTERS);
    if (!simple.isEmpty()) {
      section.addBlocks(Paragraph.of(simple));
    }
    // quote distinct descriptions, in flag order, as the source bulletin quotes them
    Map<String, Flag> quotes = new LinkedHashMap<>();
    for (Flag flag : trivial) {
      Finding finding = context.finding(flag.subject());
      String text = context.quotable(context.user(finding.description()));
      String quote =
          named
              ? messages.format("shallow.example.named", args("unit", context.unitName(flag.ownerUnitIds().first()), "text", text))
              : messages.format("shallow.example.anonymous", args("text", text));
      quotes.putIfAbsent(quote, flag);
      if (quotes.size() == options.examples()) {
        break;
      }
    }
    if (!quotes.isEmpty()) {
      section.addBlocks(
          Paragraph.of(
              List.of(
                  Statement.of(
                      messages.format("shallow.examples", args("quotes", formats.list(new ArrayList<>(quotes.keySet())))),
                      Evidence.ofAll(quotes.values())))));
    }
  }
}
