package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;
import static io.github.zouliucheng.walk.report.compose.ComposeContext.sentenceBody;
import static java.util.stream.Collectors.toList;

import io.github.zouliucheng.walk.analytics.Exemplar;
import io.github.zouliucheng.walk.analytics.Theme;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the subsection of one good-practice theme of "一、总体情况": its lead and the exemplars
 * quoted, each in one sentence. Walks quoted are recorded in the {@linkplain ComposeContext#quoted
 * context}, so that a later theme prefers others.
 */
final class PracticeWriter extends SectionWriter {
  PracticeWriter(ComposeContext context) {
    super(context);
  }

  /**
   * Returns the subsection of a good-practice theme: its lead, then up to the examples option of its
   * exemplars, strongest first. A bulletin praises only what holds up: an exemplar is quoted by a
   * solved finding that no judgment of perfunctory rectification flagged, and is left out if it has
   * none. A walk quoted under an earlier theme is not quoted again while the theme has others.
   */
  Section write(Theme theme) {
    String key = "practice." + theme.code();
    Section.Builder section =
        Section.builder().id(key).heading(messages.get(key + ".heading"));
    long qualifying = analysis.goodPractice().qualifying().getOrDefault(theme, 0L);
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(messages.format(key + ".lead", args("count", context.number(qualifying)))));
    List<Map.Entry<Exemplar, Finding>> fresh = new ArrayList<>();
    List<Map.Entry<Exemplar, Finding>> quotedBefore = new ArrayList<>();
    for (Exemplar exemplar : analysis.goodPractice().of(theme)) {
      Optional<Finding> finding = praiseworthy(exemplar);
      if (finding.isPresent()) {
        (context.quoted.contains(exemplar.walkId()) ? quotedBefore : fresh).add(Map.entry(exemplar, finding.get()));
      }
    }
    List<Map.Entry<Exemplar, Finding>> chosen = fresh.isEmpty() ? quotedBefore : fresh;
    chosen = chosen.subList(0, Math.min(options.examples(), chosen.size()));
    if (chosen.isEmpty()) {
      statements.add(Statement.of(messages.get("practice.none")));
    }
    section.addBlocks(Paragraph.of(statements));
    for (Map.Entry<Exemplar, Finding> e : chosen) {
      context.quoted.add(e.getKey().walkId());
      section.addBlocks(Paragraph.of(List.of(exemplar(theme, e.getKey(), e.getValue()))));
    }
    return section.build();
  }

  /** Returns the first solved finding of {@code exemplar} that no perfunctory-rectification flag names. */
  private Optional<Finding> praiseworthy(Exemplar exemplar) {
    for (String id : exemplar.solvedFindingIds()) {
      if (!context.perfunctory.contains(id)) {
        return Optional.of(context.finding(id));
      }
    }
    return Optional.empty();
  }

  private Statement exemplar(Theme theme, Exemplar exemplar, Finding finding) {
    Walk walk = context.walk(exemplar.walkId());
    Rectification rectification = finding.rectification().orElseThrow();
    String how;
    switch (theme) {
      case WIDER:
        how = messages.format("practice.how.wider", args("role", formats.label(walk.role()), "visibility", formats.label(walk.visibility())));
        break;
      case DEEPER:
        how = messages.format("practice.how.deeper", args("approach", formats.label(walk.approach())));
        break;
      case SUBSTANTIVE:
        how = messages.format("practice.how.substantive", args("approach", formats.label(walk.approach())));
        break;
      default:
        throw new IllegalStateException("theme: no wording for " + theme);
    }
    StringBuilder action = new StringBuilder();
    if (!rectification.measures().isEmpty()) {
      action.append(
          messages.format(
              "practice.action.measures",
              args("measures", context.clause(rectification.measures().stream().map(context::user).collect(toList())))));
    }
    List<String> effects = new ArrayList<>();
    for (Effect effect : rectification.effects()) {
      effects.add(effect(effect));
    }
    rectification.effectNote().ifPresent(note -> effects.add(context.user(note)));
    if (!effects.isEmpty()) {
      action.append(messages.format("practice.action.effects", args("effects", context.clause(effects))));
    }
    action.append(messages.get("practice.action.end"));
    int more = exemplar.solvedFindingIds().size() - 1;
    if (more > 0) {
      action.append(messages.format("practice.more", args("count", context.number(more))));
    }
    String text =
        messages.format(
            "practice.example",
            args(
                "unit", context.unitName(walk.unitId()),
                "how", how,
                "point", context.user(walk.servicePoint().name()),
                "matter", context.clause(walk.matters().stream().map(Matter::name).map(context::user).collect(toList())),
                "problem", sentenceBody(context.user(finding.description())),
                "action", action.toString()));
    return Statement.of(
        text,
        Evidence.builder()
            .addWalkIds(walk.id())
            .addAllFindingIds(exemplar.solvedFindingIds())
            .addMemberIds(walk.leaderId())
            .addUnitIds(walk.unitId())
            .build());
  }

  private String effect(Effect effect) {
    int direction = effect.after().compareTo(effect.before());
    String change = messages.get(direction > 0 ? "practice.effect.up" : direction < 0 ? "practice.effect.down" : "practice.effect.same");
    String text =
        messages.format(
            "practice.effect",
            args(
                "indicator", context.user(effect.indicator()),
                "before", context.decimal(effect.before()),
                "after", context.decimal(effect.after()),
                "unit", context.user(effect.unit()),
                "change", change));
    if (effect.note().isPresent()) {
      text += messages.format("practice.effect_note", args("note", context.user(effect.note().get())));
    }
    return text;
  }
}
