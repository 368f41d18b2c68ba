package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Walk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 整改台账: one row per problem of the dataset, found on a walk or from another channel, by the day
 * it was found, then identifier: where it came from, what it is, who must fix it, how and by when,
 * where the rectification stood on the reference date ({@link StatusAsOf}), its dates, measures,
 * effects and callback, and the labels of every flag of the analysis that names it.
 */
final class RectificationSheet {
  static final String[][] COLUMNS = {
    {"问题编号", "Problem ID"},
    {"来源", "Source"},
    {"来源编号", "Source reference"},
    {"走流程记录", "Walk"},
    {"发现人", "Found by"},
    {"问题描述", "Description"},
    {"问题类别", "Category"},
    {"责任单位编号", "Responsible unit ID"},
    {"责任单位", "Responsible unit"},
    {"优先级", "Priority"},
    {"发现日期", "Found on"},
    {"整改责任人", "Owner"},
    {"整改责任单位", "Owner unit"},
    {"整改方式", "Mode"},
    {"整改时限", "Deadline"},
    {"整改状态", "Status"},
    {"开始整改", "Started on"},
    {"完成整改", "Rectified on"},
    {"销号日期", "Closed out on"},
    {"整改措施", "Measures"},
    {"解决效果", "Effects"},
    {"效果说明", "Effect note"},
    {"回访日期", "Called back on"},
    {"回访结果", "Callback result"},
    {"问题线索", "Flags"},
  };

  /** The judgments, by ordinal; a finding's judgments are kept as the bits of a long. */
  private static final Judgment[] JUDGMENTS = Judgment.values();

  static {
    if (JUDGMENTS.length > Long.SIZE) {
      throw new AssertionError("more judgments than bits in a long: " + JUDGMENTS.length);
    }
  }

  private RectificationSheet() {}

  private static final class Entry {
    final Finding finding;
    final @Nullable Walk walk;

    Entry(Finding finding, @Nullable Walk walk) {
      this.finding = finding;
      this.walk = walk;
    }
  }

  static SheetWriter write(Book book, Dataset dataset, Analysis analysis) {
    SheetWriter s = book.sheet("整改台账", "Rectification", COLUMNS);
    Map<String, Long> judgments = judgmentsByFinding(analysis);
    List<Entry> entries = new ArrayList<>();
    for (Walk walk : dataset.walks()) {
      for (Finding f : walk.findings()) {
        entries.add(new Entry(f, walk));
      }
    }
    for (Finding f : dataset.findings()) {
      entries.add(new Entry(f, null));
    }
    entries.sort(Comparator.<Entry, java.time.LocalDate>comparing(e -> e.finding.foundOn()).thenComparing(e -> e.finding.id()));
    Names names = new Names(dataset.roster());
    List<String> labels = new ArrayList<>();
    for (Entry e : entries) {
      Finding f = e.finding;
      s.row();
      s.text(f.id()).text(book.label(f.source())).text(f.sourceReference());
      if (e.walk == null) {
        s.blank().blank();
      } else {
        s.text(e.walk.id()).text(names.member(e.walk.leaderId()));
      }
      s.text(f.description()).text(book.label(f.category()));
      s.text(f.responsibleUnitId()).text(names.unit(f.responsibleUnitId()));
      s.text(f.priority().map(book::label)).date(f.foundOn());
      Optional<Rectification> r = f.rectification();
      if (r.isEmpty()) {
        s.blank().blank().blank().blank();
        s.text(label(book, StatusAsOf.of(f, analysis.asOf())));
        s.blank().blank().blank().blank().blank().blank().blank().blank();
      } else {
        Rectification rect = r.get();
        s.text(rect.owner()).text(rect.ownerUnitId().map(id -> names.unit(id)));
        s.text(book.label(rect.mode())).date(rect.deadline());
        s.text(label(book, StatusAsOf.of(f, analysis.asOf())));
        s.date(rect.startedOn()).date(rect.rectifiedOn()).date(rect.closedOn());
        s.text(book.joinPhrases(rect.measures()));
        List<String> effects = new ArrayList<>(rect.effects().size());
        for (Effect effect : rect.effects()) {
          effects.add(effect(book, effect));
        }
        s.text(book.joinPhrases(effects)).text(rect.effectNote());
        Optional<Callback> callback = rect.callback();
        s.date(callback.map(Callback::on)).text(callback.map(c -> book.label(c.result())));
      }
      labels.clear();
      long mask = judgments.getOrDefault(f.id(), 0L);
      for (int j = 0; mask != 0 && j < JUDGMENTS.length; j++) {
        if ((mask & (1L << j)) != 0) {
          labels.add(book.label(JUDGMENTS[j]));
        }
      }
      s.text(book.joinPhrases(labels));
    }
    return s;
  }

  /** Returns, for each finding some flag names, the judgments of those flags as bits by ordinal. */
  static Map<String, Long> judgmentsByFinding(Analysis analysis) {
    Map<String, Long> judgments = new HashMap<>();
    for (Flag flag : analysis.flags()) {
      long bit = 1L << flag.judgment().ordinal();
      for (String id : flag.findingIds()) {
        judgments.merge(id, bit, (a, b) -> a | b);
      }
    }
    return judgments;
  }

  private static String label(Book book, StatusAsOf status) {
    return book.t(status.zh, status.en);
  }

  /** Writes an effect as {@code indicator before→after unit}, with its note in brackets. */
  private static String effect(Book book, Effect effect) {
    String text =
        effect.indicator() + " " + effect.before().toPlainString() + "→" + effect.after().toPlainString() + effect.unit();
    return effect.note().map(n -> text + book.t("（" + n + "）", " (" + n + ")")).orElse(text);
  }
}
