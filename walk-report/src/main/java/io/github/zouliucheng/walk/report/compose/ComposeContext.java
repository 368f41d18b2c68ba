package io.github.zouliucheng.walk.report.compose;

import static java.util.stream.Collectors.toList;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.ClusterRun;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.report.Quantifier;
import io.github.zouliucheng.walk.report.Statement;
import io.github.zouliucheng.walk.report.internal.Formats;
import io.github.zouliucheng.walk.report.internal.Messages;
import io.github.zouliucheng.walk.report.internal.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * What the writers of one bulletin share: the dataset, the analysis and the options, the bundle and
 * formats of the language, the flags by judgment, the walks already quoted as good practice, and
 * the helpers that name units and members, mask and quote user text, and fill sentence patterns.
 * Everything said comes from the analysis; the dataset only gives names, places and the words of
 * findings and measures.
 */
final class ComposeContext {
  final Dataset dataset;
  final Analysis analysis;
  final ComposeOptions options;
  final Messages messages;
  final Formats formats;
  /** Whether problems name units and people ({@link Criticism#NAMED}). */
  final boolean named;
  private final Map<String, Walk> walks = new HashMap<>();
  private final Map<String, Finding> findings = new HashMap<>();
  private final Map<String, String> walkOfFinding = new HashMap<>();
  /** The sort keys of units, by identifier: see {@link #unitOrder(String)}. */
  private final Map<String, String> unitOrders = new HashMap<>();
  /** The analysis's flags by judgment, each list in the analysis's order. */
  private final Map<Judgment, List<Flag>> flagsByJudgment = new EnumMap<>(Judgment.class);
  /** Walks already quoted, anywhere in the bulletin: each walk is quoted at most once. */
  final Set<String> quotedWalks = new HashSet<>();
  /** Findings already quoted, anywhere in the bulletin: each finding is quoted at most once. */
  final Set<String> quotedFindings = new HashSet<>();

  ComposeContext(Dataset dataset, Analysis analysis, ComposeOptions options) {
    this.dataset = dataset;
    this.analysis = analysis;
    this.options = options;
    this.messages = Messages.of(Messages.BULLETIN, options.language());
    this.formats = new Formats(options.language());
    this.named = options.criticism() == Criticism.NAMED;
    for (Walk walk : dataset.walks()) {
      walks.put(walk.id(), walk);
      for (Finding finding : walk.findings()) {
        findings.put(finding.id(), finding);
        walkOfFinding.put(finding.id(), walk.id());
      }
    }
    for (Finding finding : dataset.findings()) {
      findings.put(finding.id(), finding);
    }
    for (Flag flag : analysis.flags()) {
      flagsByJudgment.computeIfAbsent(flag.judgment(), j -> new ArrayList<>()).add(flag);
    }
  }

  /**
   * Checks if {@code finding} may still be quoted: neither it nor the walk it was
   * found on has been quoted before in the bulletin.
   */
  boolean quotable(Finding finding) {
    String walk = walkOfFinding.get(finding.id());
    return !quotedFindings.contains(finding.id()) && (walk == null || !quotedWalks.contains(walk));
  }

  /** Records that {@code finding}, and the walk it was found on, are quoted. */
  void quote(Finding finding) {
    quotedFindings.add(finding.id());
    String walk = walkOfFinding.get(finding.id());
    if (walk != null) {
      quotedWalks.add(walk);
    }
  }

  /** Returns the walk of the dataset with identifier {@code id}. */
  Walk walk(String id) {
    return walks.get(id);
  }

  /** Returns the finding of the dataset, on a walk or not, with identifier {@code id}. */
  Finding finding(String id) {
    return findings.get(id);
  }

  /** Returns the flags of {@code judgment}, in the analysis's order. */
  List<Flag> flags(Judgment judgment) {
    return Collections.unmodifiableList(flagsByJudgment.getOrDefault(judgment, List.of()));
  }

  /** Returns the unit's name, or its identifier if the roster does not know it. */
  String unitName(String unitId) {
    return dataset.roster().unit(unitId).map(u -> user(u.name())).orElse(unitId);
  }

  String memberNames(SortedSet<String> ids) {
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      names.add(memberName(id));
    }
    return formats.list(names);
  }

  String memberName(String memberId) {
    return dataset
        .roster()
        .member(memberId)
        .map(m -> unitName(m.unitId()) + user(m.title()) + user(m.name()))
        .orElse(memberId);
  }

  /** Orders unit identifiers as the bulletin lists units: counties first, then departments, each by id. */
  List<String> unitsInOrder(Iterable<String> unitIds) {
    List<String> ids = new ArrayList<>();
    unitIds.forEach(ids::add);
    ids.sort(Comparator.comparing(this::unitOrder));
    return ids;
  }

  String unitOrder(String unitId) {
    return unitOrders.computeIfAbsent(
        unitId,
        id -> dataset.roster().unit(id).map(Unit::kind).orElse(UnitKind.DEPARTMENT).ordinal() + "\u0000" + id);
  }

  /** Returns user-supplied text on one line, masked if redaction is on. */
  String user(String text) {
    String line = Texts.oneLine(text);
    return options.redact() ? Redactor.redact(line) : line;
  }

  /**
   * Returns {@code text} ready to go inside quotation marks: in Chinese, quotation marks within it
   * become the inner ones (“” to ‘’); a closing full stop is dropped.
   */
  String quotable(String text) {
    String body = Wording.sentenceBody(text);
    return options.language() == Language.ZH_CN ? body.replace('“', '‘').replace('”', '’') : body;
  }

  /** Joins clauses in one sentence: "甲，乙" in Chinese, "a, b" in English, each without its full stop. */
  String clause(List<String> parts) {
    List<String> bodies = parts.stream().map(Wording::sentenceBody).collect(toList());
    return String.join(options.language() == Language.ZH_CN ? "，" : ", ", bodies);
  }

  String number(long value) {
    return formats.integer(value);
  }

  String decimal(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static Map<String, String> args(String... keysAndValues) {
    Map<String, String> map = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** A phrase that holds a {@link Quantifier}, with the share that chose it. */
  record Quantified(String text, Ratio share) {}

  /** Returns the units that own {@code flags} ({@link Flag#ownerUnitIds()}), in the bulletin's order. */
  List<String> ownerUnits(Iterable<Flag> flags) {
    Set<String> ids = new HashSet<>();
    for (Flag flag : flags) {
      ids.addAll(flag.ownerUnitIds());
    }
    return unitsInOrder(ids);
  }

  /**
   * Returns the subject of a sentence about the units {@code unitIds}: "部分县（市）区和市直部门",
   * "个别市直部门", …, naming the kinds they are of, with the quantifier of their share of the
   * roster's units of those kinds.
   *
   * @throws IllegalArgumentException if {@code unitIds} is empty
   */
  Quantified unitsSubject(Collection<String> unitIds) {
    boolean counties = false;
    boolean departments = false;
    for (String id : unitIds) {
      if (kind(id) == UnitKind.COUNTY) {
        counties = true;
      } else {
        departments = true;
      }
    }
    long total = 0;
    for (Unit unit : dataset.roster().units()) {
      total += (unit.kind() == UnitKind.COUNTY ? counties : departments) ? 1 : 0;
    }
    Ratio share = Ratio.of(unitIds.size(), Math.max(total, unitIds.size()));
    String key = counties && departments ? "subject.mixed" : counties ? "subject.counties" : "subject.departments";
    return new Quantified(messages.format(key, args("quantifier", quantifier(share))), share);
  }

  /** Returns the quantifier word of {@code share} in the bulletin's language. */
  String quantifier(Ratio share) {
    return Quantifier.of(share).word(options.language());
  }

  private UnitKind kind(String unitId) {
    return dataset.roster().unit(unitId).map(Unit::kind).orElse(UnitKind.DEPARTMENT);
  }

  /**
   * Returns the units {@code unitIds} named in one phrase, in the bulletin's order, at most the
   * option's number of names: "甲县、乙局等12个单位"; one unit by its name alone.
   */
  String namedUnits(Collection<String> unitIds) {
    List<String> names = new ArrayList<>();
    for (String id : unitsInOrder(unitIds)) {
      if (names.size() == options.namesInBody()) {
        break;
      }
      names.add(unitName(id));
    }
    return unitIds.size() == 1
        ? names.get(0)
        : messages.format("names.units", args("names", formats.list(names), "count", number(unitIds.size())));
  }

  /**
   * Returns the members {@code memberIds} named in one phrase, in the given order, at most the
   * option's number of names: "甲县副县长张三、乙局副局长李四等5名领导干部"; one member by name alone.
   */
  String namedMembers(List<String> memberIds) {
    List<String> names = new ArrayList<>();
    for (String id : memberIds) {
      if (names.size() == options.namesInBody()) {
        break;
      }
      names.add(memberName(id));
    }
    return memberIds.size() == 1
        ? names.get(0)
        : messages.format("names.members", args("names", formats.list(names), "count", number(memberIds.size())));
  }

  /**
   * Returns clauses as one sentence: "甲；乙。" in Chinese, "A; b." in English, each clause without
   * its closing punctuation.
   */
  String sentences(List<String> clauses) {
    List<String> bodies = new ArrayList<>();
    for (String clause : clauses) {
      bodies.add(Wording.sentenceBody(clause));
    }
    return options.language() == Language.ZH_CN
        ? String.join("；", bodies) + "。"
        : String.join("; ", bodies) + ".";
  }

  /** Returns a statement whose text holds the quantifiers of {@code shares}, in that order. */
  static Statement statement(String text, Evidence evidence, Ratio... shares) {
    return Statement.of(text, evidence, List.of(shares));
  }

  /**
   * Returns the statement of {@code key} about {@code flags}: with named criticism, {@code key.named}
   * with the names listed; otherwise {@code key} with their number.
   */
  Statement namedOrCounted(String key, String placeholder, List<Flag> flags, String names) {
    String text =
        named
            ? messages.format(key + ".named", args(placeholder, names))
            : messages.format(key, args(placeholder, number(flags.size())));
    return Statement.of(text, evidence(flags));
  }

  /**
   * Adds a statement about the units flagged by {@code judgment}, if any: named ("甲县、乙局等3个单位
   * 未开展暗访。") or with the quantifier of their share ("个别市直部门未开展暗访，涉及3个单位。").
   */
  void unitJudgment(List<Statement> statements, Judgment judgment) {
    List<Flag> flagged = flags(judgment);
    if (flagged.isEmpty()) {
      return;
    }
    String label = formats.label(judgment);
    List<String> units = ownerUnits(flagged);
    if (named) {
      statements.add(
          Statement.of(
              messages.format("unit_judgment.named", args("units", namedUnits(units), "label", label)),
              evidence(flagged)));
    } else {
      Quantified subject = unitsSubject(units);
      statements.add(
          statement(
              messages.format(
                  "unit_judgment", args("subject", subject.text(), "label", label, "count", number(units.size()))),
              evidence(flagged),
              subject.share()));
    }
  }

  /** Returns the records behind {@code flags}, at most the option's number of each kind, with the totals. */
  Evidence evidence(Iterable<Flag> flags) {
    return Evidence.ofAll(flags, options.evidenceLimit());
  }

  /** Returns the evidence of a run of clustered walks: its walks, their leaders and its unit. */
  static Evidence evidence(ClusterRun run) {
    return Evidence.builder()
        .addAllWalkIds(run.walkIds())
        .addAllMemberIds(run.memberIds())
        .addUnitIds(run.unitId())
        .build();
  }
}
