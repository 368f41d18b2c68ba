package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;
import static io.github.zouliucheng.walk.report.compose.Wording.sentenceBody;

import io.github.zouliucheng.walk.analytics.Exemplar;
import io.github.zouliucheng.walk.analytics.GoodPractice;
import io.github.zouliucheng.walk.analytics.Theme;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the subsection of one good-practice theme of "一、总体情况": its lead, how many walks
 * qualify, and the exemplars quoted, each in one sentence.
 *
 * <p>What is praised is decided by the analysis ({@link GoodPractice}): only a walk with a
 * praiseworthy finding (substantive, solved with measures and a matching measured effect, flagged by
 * no judgment of rectification) is an exemplar, strongest first. This writer adds one rule: a walk or
 * a finding is quoted at most once in the whole bulletin. A theme whose exemplars were all quoted
 * before says so in one sentence and borrows nothing.
 */
final class PracticeWriter extends SectionWriter {
  PracticeWriter(ComposeContext context) {
    super(context);
  }

  /** Returns the subsection of {@code theme}. */
  Section write(Theme theme) {
    String key = "practice." + theme.code();
    Section.Builder section = Section.builder().id(key).heading(messages.get(key + ".heading"));
    long qualifying = analysis.goodPractice().qualifying().getOrDefault(theme, 0L);
    List<Map.Entry<Exemplar, Finding>> chosen = new ArrayList<>();
    for (Exemplar exemplar : analysis.goodPractice().of(theme)) {
      if (chosen.size() == options.examples()) {
        break;
      }
      if (context.quotedWalks.contains(exemplar.walkId())) {
        continue;
      }
      Optional<Finding> finding = firstUnquoted(exemplar);
      if (finding.isPresent()) {
        context.quote(finding.get());
        chosen.add(Map.entry(exemplar, finding.get()));
      }
    }
    String count =
        qualifying == 0
            ? messages.get("practice.none")
            : messages.format(chosen.isEmpty() ? "practice.count_quoted" : "practice.count", args("count", context.number(qualifying)));
    section.addBlocks(Paragraph.of(List.of(Statement.of(messages.get(key + ".lead")), Statement.of(count))));
    for (Map.Entry<Exemplar, Finding> e : chosen) {
      section.addBlocks(Paragraph.of(List.of(exemplar(e.getKey(), e.getValue()))));
    }
    return section.build();
  }

  /** Returns the strongest praiseworthy finding of {@code exemplar} not quoted before. */
  private Optional<Finding> firstUnquoted(Exemplar exemplar) {
    for (String id : exemplar.praisedFindingIds()) {
      Finding finding = context.finding(id);
      if (context.quotable(finding)) {
        return Optional.of(finding);
      }
    }
    return Optional.empty();
  }

  private Statement exemplar(Exemplar exemplar, Finding finding) {
    Walk walk = context.walk(exemplar.walkId());
    Rectification rectification = finding.rectification().orElseThrow();
    StringBuilder action = new StringBuilder();
    List<String> measures = Wording.distinct(rectification.measures().stream().map(context::user).toList());
    if (!measures.isEmpty()) {
      action.append(messages.format("practice.action.measures", args("measures", context.clause(measures))));
    }
    List<String> described = new ArrayList<>();
    for (Effect effect : rectification.effects()) {
      if (!restated(effect, measures)) {
        described.add(effect(effect));
      }
    }
    rectification.effectNote().ifPresent(note -> described.add(context.user(note)));
    List<String> effects = Wording.distinct(described);
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
                "manner", manner(walk),
                "visit", visit(walk),
                "problem", sentenceBody(Wording.withoutLeadIn(context.user(finding.description()))),
                "action", action.toString()));
    return Statement.of(
        text,
        Evidence.builder()
            .addWalkIds(walk.id())
            .addFindingIds(finding.id())
            .addMemberIds(walk.leaderId())
            .addUnitIds(walk.unitId())
            .build());
  }

  /**
   * Returns how the leader went, if not openly as a leader: "采取“四不两直”方式，以普通办事群众身份" in
   * Chinese, ", unannounced, as an ordinary citizen," in English; empty otherwise.
   */
  private String manner(Walk walk) {
    List<String> parts = new ArrayList<>(2);
    if (walk.fourNoTwoStraight()) {
      parts.add(messages.get("practice.manner.four_no_two_straight"));
    } else if (walk.visibility() == Visibility.UNANNOUNCED) {
      parts.add(messages.get("practice.manner.unannounced"));
    }
    if (walk.role() == Role.CITIZEN) {
      parts.add(messages.get("practice.role.citizen"));
    } else if (walk.role() == Role.STAFF) {
      parts.add(messages.get("practice.role.staff"));
    }
    if (options.language() == Language.ZH_CN || parts.isEmpty()) {
      return String.join("", parts);
    }
    return ", " + String.join(", ", parts) + ",";
  }

  /** Returns where the leader went and what for: "到某大厅体验某事项". */
  private String visit(Walk walk) {
    String key;
    switch (walk.approach()) {
      case HANDLED:
        key = "practice.visit.handled";
        break;
      case ACCOMPANIED:
        key = "practice.visit.accompanied";
        break;
      case EXPERIENCED:
        key = "practice.visit.experienced";
        break;
      default:
        throw new IllegalStateException("approach: no wording for " + walk.approach());
    }
    List<String> matters = Wording.distinct(walk.matters().stream().map(Matter::name).map(context::user).toList());
    return messages.format(
        key, args("point", context.user(walk.servicePoint().name()), "matter", formats.list(matters)));
  }

  /**
   * Checks if a measure already states {@code effect}: it holds both of its figures with their unit
   * ("医保窗口由2个增加到4个" states 医保办事窗口 2 → 4 个), so that the sentence does not say it twice.
   */
  private boolean restated(Effect effect, List<String> measures) {
    String before = context.decimal(effect.before()) + context.user(effect.unit());
    String after = context.decimal(effect.after()) + context.user(effect.unit());
    for (String measure : measures) {
      if (measure.contains(before) && measure.contains(after)) {
        return true;
      }
    }
    return false;
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
