package io.github.zouliucheng.walk.report;

import static java.util.stream.Collectors.toList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.ClusterRun;
import io.github.zouliucheng.walk.analytics.Distribution;
import io.github.zouliucheng.walk.analytics.Exemplar;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Participation;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.analytics.RectificationQuality;
import io.github.zouliucheng.walk.analytics.Scheduling;
import io.github.zouliucheng.walk.analytics.Theme;
import io.github.zouliucheng.walk.analytics.UnitParticipation;
import io.github.zouliucheng.walk.analytics.UnitRectification;
import io.github.zouliucheng.walk.analytics.UnitSchedule;
import io.github.zouliucheng.walk.analytics.UnitScore;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Writes the bulletin: turns the figures and flags of an analysis into sentences of the chosen
 * language, with the names and texts of the dataset behind them. Everything said comes from the
 * analysis; the dataset only gives names, places and the words of findings and measures.
 */
final class Composer {
  /** Identifiers of the bulletin's own top-level sections, which a caller's section may not take. */
  static final ImmutableSet<String> RESERVED_IDS =
      ImmutableSet.of("preamble", "overview", "practice", "problems", "requirements", "appendices");

  private final Dataset dataset;
  private final Analysis analysis;
  private final BulletinBuilder.Options options;
  private final Messages messages;
  private final Formats formats;
  private final Map<String, Walk> walks = new HashMap<>();
  private final Map<String, Finding> findings = new HashMap<>();
  private final boolean named;
  /** Findings flagged by a judgment of perfunctory rectification: never praised. */
  private final Set<String> perfunctory = new HashSet<>();
  /** The analysis's flags by judgment, each list in the analysis's order. */
  private final Map<Judgment, List<Flag>> flagsByJudgment = new EnumMap<>(Judgment.class);
  /** Walks already quoted as good practice. */
  private final Set<String> quoted = new HashSet<>();

  Composer(Dataset dataset, Analysis analysis, BulletinBuilder.Options options) {
    this.dataset = dataset;
    this.analysis = analysis;
    this.options = options;
    this.messages = Messages.of("bulletin", options.language());
    this.formats = new Formats(options.language());
    this.named = options.criticism() == Criticism.NAMED;
    for (Walk walk : dataset.walks()) {
      walks.put(walk.id(), walk);
      for (Finding finding : walk.findings()) {
        findings.put(finding.id(), finding);
      }
    }
    for (Finding finding : dataset.findings()) {
      findings.put(finding.id(), finding);
    }
    for (Flag flag : analysis.flags()) {
      flagsByJudgment.computeIfAbsent(flag.judgment(), j -> new ArrayList<>()).add(flag);
      if (ProblemKind.of(flag.judgment()) == ProblemKind.PERFUNCTORY_RECTIFICATION) {
        perfunctory.addAll(flag.findingIds());
      }
    }
  }

  Bulletin compose() {
    ImmutableSet<ProblemKind> detected = ProblemKind.detectedIn(analysis);
    String period = formats.period(analysis.period());
    String issuer = options.issuer().orElseGet(() -> messages.get("default.issuer"));
    ImmutableList.Builder<Section> sections = ImmutableList.builder();
    sections.add(overview(period));
    sections.add(problems(detected));
    sections.add(requirements(detected));
    sections.addAll(options.extraSections());
    return ImmutableBulletin.builder()
        .language(options.language())
        .title(options.title().orElseGet(() -> messages.format("default.title", Map.of("period", period))))
        .issuer(issuer)
        .audience(options.audience())
        .period(analysis.period())
        .issuedOn(options.issuedOn())
        .asOf(analysis.asOf())
        .criticism(options.criticism())
        .redacted(options.redact())
        .overall(OverallFigures.of(analysis))
        .addAllDetected(detected)
        .preamble(Paragraph.of(messages.format("preamble", Map.of("issuer", issuer, "period", period))))
        .addAllSections(sections.build())
        .addAllAppendices(appendices())
        .build();
  }

  // ---------------------------------------------------------------- 一、总体情况

  private Section overview(String period) {
    Participation p = analysis.participation();
    OverallFigures overall = OverallFigures.of(analysis);
    List<Statement> statements = new ArrayList<>();
    statements.add(
        Statement.of(
            messages.format(
                "overview.sentence",
                args(
                    "period", period,
                    "counties", number(overall.counties()),
                    "departments", number(overall.departments()),
                    "members", number(overall.members()),
                    "walks", number(overall.walks()),
                    "found", number(overall.found()),
                    "solved", number(overall.solved())))));
    if (p.walks() == 0) {
      statements.add(Statement.of(messages.get("overview.no_walks")));
    } else {
      statements.add(
          Statement.of(
              messages.format(
                  "overview.members",
                  args(
                      "roster", number(p.membersWalked().denominator()),
                      "walked", number(p.membersWalked().numerator()),
                      "share", formats.percent(p.membersWalked())))));
      if (p.findingsOnWalks() > 0) {
        statements.add(
            Statement.of(
                messages.format(
                    "overview.solved",
                    args(
                        "as_of", formats.date(analysis.asOf()),
                        "solved", number(p.solvedOnWalks().numerator()),
                        "share", formats.percent(p.solvedOnWalks()),
                        "closed", number(p.closedOutOnWalks().numerator())))));
      }
    }
    Section.Builder overview =
        Section.builder()
            .id("overview")
            .heading(messages.get("overview.heading"))
            .addBlocks(Paragraph.of(statements))
            .addBlocks(calendar());
    if (p.walks() > 0) {
      overview.addBlocks(modesChart());
    }
    if (analysis.rectification().findings() > 0) {
      overview.addBlocks(statusChart());
    }
    overview.addBlocks(Paragraph.of(messages.get("overview.practice")));
    for (Theme theme : Theme.values()) {
      overview.addSubsections(practice(theme));
    }
    return overview.build();
  }

  private CalendarChart calendar() {
    Scheduling scheduling = analysis.scheduling();
    ImmutableSortedMap<LocalDate, Long> counts =
        ImmutableSortedMap.copyOf(Maps.filterValues(scheduling.calendar(), count -> count > 0));
    String start = formats.date(analysis.period().start());
    String end = formats.date(analysis.period().end());
    String description;
    if (counts.isEmpty()) {
      description = messages.format("chart.calendar.description_empty", args("start", start, "end", end));
    } else {
      LocalDate peakDay = counts.firstKey();
      for (Map.Entry<LocalDate, Long> day : counts.entrySet()) {
        if (day.getValue() > counts.get(peakDay)) {
          peakDay = day.getKey();
        }
      }
      description =
          messages.format(
              "chart.calendar.description",
              args(
                  "start", start,
                  "end", end,
                  "walks", number(scheduling.walks()),
                  "days", number(counts.size()),
                  "peak_day", formats.date(peakDay),
                  "peak", number(counts.get(peakDay))));
    }
    return CalendarChart.builder()
        .title(messages.get("chart.calendar.title"))
        .description(description)
        .start(analysis.period().start())
        .end(analysis.period().end())
        .putAllCounts(counts)
        .build();
  }

  private BarChart modesChart() {
    BarChart.Builder chart = BarChart.builder().title(messages.get("chart.modes.title")).stacked(true);
    for (WalkForm form : WalkForm.values()) {
      chart.addCategories(formats.label(form));
    }
    ImmutableSortedMap<String, Distribution<WalkForm>> byUnit = analysis.modes().formsByUnit();
    List<String> units = unitsInOrder(byUnit.keySet());
    for (String unitId : units) {
      Distribution<WalkForm> forms = byUnit.get(unitId);
      List<Long> values = new ArrayList<>();
      for (WalkForm form : WalkForm.values()) {
        values.add(forms.count(form));
      }
      chart.addBars(BarChart.Bar.of(unitName(unitId), values));
    }
    return chart
        .description(
            messages.format(
                "chart.modes.description",
                args("units", number(units.size()), "online", formats.percent(analysis.modes().onlineWalks()))))
        .build();
  }

  private BarChart statusChart() {
    RectificationQuality r = analysis.rectification();
    BarChart.Builder chart =
        BarChart.builder()
            .title(messages.get("chart.status.title"))
            .stacked(true)
            .addCategories(
                messages.get("status.closed"),
                messages.get("status.solved"),
                messages.get("status.overdue"),
                messages.get("status.open"));
    long[] all = statusCounts(r.findings(), r.solved(), r.closedOut(), r.openPastDeadline().numerator());
    chart.addBars(BarChart.Bar.of(messages.get("chart.status.all"), longs(all)));
    for (String unitId : unitsInOrder(r.units().keySet())) {
      UnitRectification u = r.units().get(unitId);
      if (u.solved().denominator() == 0) {
        continue;
      }
      long[] counts = statusCounts(u.solved().denominator(), u.solved(), u.closedOut(), u.openPastDeadline());
      chart.addBars(BarChart.Bar.of(unitName(unitId), longs(counts)));
    }
    return chart
        .description(
            messages.format(
                "chart.status.description",
                args(
                    "as_of", formats.date(analysis.asOf()),
                    "findings", number(r.findings()),
                    "other", number(r.findings() - r.findingsOnWalks()),
                    "closed", number(all[0]),
                    "solved", number(all[1]),
                    "overdue", number(all[2]),
                    "open", number(all[3]))))
        .build();
  }

  /** Returns closed out, solved but not closed out, open past deadline, open and not yet due. */
  private static long[] statusCounts(long findings, Ratio solved, Ratio closedOut, long openPastDeadline) {
    long closed = closedOut.numerator();
    long solvedOnly = solved.numerator() - closed;
    long overdue = openPastDeadline;
    long open = findings - solved.numerator() - overdue;
    return new long[] {closed, solvedOnly, overdue, open};
  }

  private static List<Long> longs(long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long value : values) {
      list.add(value);
    }
    return list;
  }

  // ---------------------------------------------------------------- good practice

  /**
   * Returns the subsection of a good-practice theme: its lead, then up to the examples option of its
   * exemplars, strongest first. A bulletin praises only what holds up: an exemplar is quoted by a
   * solved finding that no judgment of perfunctory rectification flagged, and is left out if it has
   * none. A walk quoted under an earlier theme is not quoted again while the theme has others.
   */
  private Section practice(Theme theme) {
    String key = "practice." + theme.code();
    Section.Builder section =
        Section.builder().id(key).heading(messages.get(key + ".heading"));
    long qualifying = analysis.goodPractice().qualifying().getOrDefault(theme, 0L);
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(messages.format(key + ".lead", args("count", number(qualifying)))));
    List<Map.Entry<Exemplar, Finding>> fresh = new ArrayList<>();
    List<Map.Entry<Exemplar, Finding>> quotedBefore = new ArrayList<>();
    for (Exemplar exemplar : analysis.goodPractice().of(theme)) {
      Optional<Finding> finding = praiseworthy(exemplar);
      if (finding.isPresent()) {
        (quoted.contains(exemplar.walkId()) ? quotedBefore : fresh).add(Map.entry(exemplar, finding.get()));
      }
    }
    List<Map.Entry<Exemplar, Finding>> chosen = fresh.isEmpty() ? quotedBefore : fresh;
    chosen = chosen.subList(0, Math.min(options.examples(), chosen.size()));
    if (chosen.isEmpty()) {
      statements.add(Statement.of(messages.get("practice.none")));
    }
    section.addBlocks(Paragraph.of(statements));
    for (Map.Entry<Exemplar, Finding> e : chosen) {
      quoted.add(e.getKey().walkId());
      section.addBlocks(Paragraph.of(List.of(exemplar(theme, e.getKey(), e.getValue()))));
    }
    return section.build();
  }

  /** Returns the first solved finding of {@code exemplar} that no perfunctory-rectification flag names. */
  private Optional<Finding> praiseworthy(Exemplar exemplar) {
    for (String id : exemplar.solvedFindingIds()) {
      if (!perfunctory.contains(id)) {
        return Optional.of(findings.get(id));
      }
    }
    return Optional.empty();
  }

  private Statement exemplar(Theme theme, Exemplar exemplar, Finding finding) {
    Walk walk = walks.get(exemplar.walkId());
    Rectification rectification = finding.rectification().orElseThrow();
    String how;
    switch (theme) {
      case WIDER:
        how = messages.format("practice.how.wider", args("role", formats.label(walk.role()), "visibility", formats.label(walk.visibility())));
        break;
      case DEEPER:
        how = messages.format("practice.how.deeper", args("approach", formats.label(walk.approach())));
        break;
      default:
        how = messages.format("practice.how.substantive", args("approach", formats.label(walk.approach())));
        break;
    }
    StringBuilder action = new StringBuilder();
    if (!rectification.measures().isEmpty()) {
      action.append(
          messages.format(
              "practice.action.measures",
              args("measures", clause(rectification.measures().stream().map(this::user).collect(toList())))));
    }
    List<String> effects = new ArrayList<>();
    for (Effect effect : rectification.effects()) {
      effects.add(effect(effect));
    }
    rectification.effectNote().ifPresent(note -> effects.add(user(note)));
    if (!effects.isEmpty()) {
      action.append(messages.format("practice.action.effects", args("effects", clause(effects))));
    }
    action.append(messages.get("practice.action.end"));
    int more = exemplar.solvedFindingIds().size() - 1;
    if (more > 0) {
      action.append(messages.format("practice.more", args("count", number(more))));
    }
    String text =
        messages.format(
            "practice.example",
            args(
                "unit", unitName(walk.unitId()),
                "how", how,
                "point", user(walk.servicePoint().name()),
                "matter", clause(walk.matters().stream().map(Matter::name).map(this::user).collect(toList())),
                "problem", sentenceBody(user(finding.description())),
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
                "indicator", user(effect.indicator()),
                "before", decimal(effect.before()),
                "after", decimal(effect.after()),
                "unit", user(effect.unit()),
                "change", change));
    if (effect.note().isPresent()) {
      text += messages.format("practice.effect_note", args("note", user(effect.note().get())));
    }
    return text;
  }

  // ---------------------------------------------------------------- 二、主要问题

  private Section problems(ImmutableSet<ProblemKind> detected) {
    Section.Builder problems = Section.builder().id("problems").heading(messages.get("problems.heading"));
    List<Statement> intro = new ArrayList<>();
    if (detected.isEmpty()) {
      intro.add(Statement.of(messages.get("problems.none")));
    } else {
      intro.add(Statement.of(messages.format("problems.intro", args("subject", subject()))));
    }
    List<String> notFound = new ArrayList<>();
    for (ProblemKind kind : ProblemKind.values()) {
      if (!detected.contains(kind)) {
        notFound.add(messages.get("kind." + kind.code()));
      }
    }
    if (!notFound.isEmpty()) {
      intro.add(Statement.of(messages.format("problems.not_found", args("kinds", formats.list(notFound)))));
    }
    problems.addBlocks(Paragraph.of(intro));
    int number = 0;
    for (ProblemKind kind : detected) {
      number++;
      Section.Builder section =
          Section.builder()
              .id(kind.sectionId())
              .heading(
                  messages.format(
                      "kind.heading", args("number", Integer.toString(number), "kind", messages.get("kind." + kind.code()))));
      switch (kind) {
        case CLUSTERED_SCHEDULING:
          clustered(section);
          break;
        case SHALLOW_FINDINGS:
          shallow(section);
          break;
        case NARROW_MODES:
          narrow(section);
          break;
        case PERFUNCTORY_RECTIFICATION:
          perfunctory(section);
          break;
        case EMPTY_WALKS:
          empty(section);
          break;
        default:
          notWalked(section);
          break;
      }
      problems.addSubsections(section.build());
    }
    return problems.build();
  }

  private String subject() {
    return messages.get("anonymous.subject");
  }

  private void clustered(Section.Builder section) {
    Scheduling s = analysis.scheduling();
    List<Flag> units = flags(Judgment.SAME_UNIT_CLUSTER);
    List<Flag> points = flags(Judgment.SAME_POINT_SAME_DAY);
    List<Statement> statements = new ArrayList<>();
    List<ClusterRun> runs = s.runs();
    if (!units.isEmpty()) {
      // the units flagged for clustering beyond what their working days made unavoidable, and the
      // runs of close walks that made it
      long walksInRuns = runs.stream().flatMap(r -> r.walkIds().stream()).distinct().count();
      statements.add(
          Statement.of(
              messages.format(
                  "clustered.units",
                  args(
                      "subject", subject(),
                      "units", number(units.size()),
                      "window", number(s.windowDays()),
                      "clusters", number(runs.size()),
                      "walks", number(walksInRuns),
                      "share", formats.percent(Ratio.of(walksInRuns, s.walks())))),
              Evidence.ofAll(units)));
    }
    if (!points.isEmpty()) {
      statements.add(
          Statement.of(
              messages.format("clustered.points", args("groups", number(points.size()))), Evidence.ofAll(points)));
    }
    section.addBlocks(Paragraph.of(statements));
    List<Statement> examples = new ArrayList<>();
    List<ClusterRun> largestRuns = new ArrayList<>(runs);
    largestRuns.sort(Comparator.comparingInt((ClusterRun r) -> -r.walkIds().size()).thenComparing(Comparator.naturalOrder()));
    for (ClusterRun run : largestRuns.subList(0, Math.min(options.examples(), largestRuns.size()))) {
      LocalDate first = run.firstDay();
      LocalDate last = run.lastDay();
      boolean oneDay = first.equals(last);
      Map<String, String> arguments =
          args(
              "count", number(run.memberIds().size()),
              "walks", number(run.walkIds().size()));
      if (oneDay) {
        arguments.put("date", formats.monthDay(first));
      } else {
        arguments.put("from", formats.monthDay(first));
        arguments.put("to", formats.monthDay(last));
      }
      if (named) {
        arguments.put("unit", unitName(run.unitId()));
      }
      String key = "clustered.example.unit" + (oneDay ? "_day" : "") + (named ? "" : "_anonymous");
      examples.add(Statement.of(messages.format(key, arguments), evidence(run)));
    }
    for (Flag flag : largestFirst(points)) {
      LocalDate day = flag.firstDay().orElseThrow();
      String point = user(walks.get(flag.walkIds().first()).servicePoint().name());
      examples.add(
          Statement.of(
              messages.format(
                  named ? "clustered.example.point" : "clustered.example.point_anonymous",
                  named
                      ? args("point", point, "date", formats.monthDay(day), "count", number(flag.memberIds().size()))
                      : args("date", formats.monthDay(day), "count", number(flag.memberIds().size()))),
              Evidence.of(flag)));
    }
    if (!examples.isEmpty()) {
      section.addBlocks(Paragraph.of(examples));
    }
  }

  /** Returns the evidence of a run of clustered walks: its walks, their leaders and its unit. */
  private static Evidence evidence(ClusterRun run) {
    return Evidence.builder()
        .addAllWalkIds(run.walkIds())
        .addAllMemberIds(run.memberIds())
        .addUnitIds(run.unitId())
        .build();
  }

  /** Returns up to the examples option of {@code flags}, those with most walks first, then in flag order. */
  private List<Flag> largestFirst(List<Flag> flags) {
    List<Flag> sorted = new ArrayList<>(flags);
    sorted.sort(Comparator.comparingInt((Flag f) -> -f.walkIds().size()).thenComparing(Comparator.naturalOrder()));
    return sorted.subList(0, Math.min(options.examples(), sorted.size()));
  }

  private void shallow(Section.Builder section) {
    List<Flag> trivial = new ArrayList<>(flags(Judgment.TRIVIAL_CATEGORY));
    trivial.addAll(flags(Judgment.TRIVIAL_PHRASE));
    trivial.addAll(flags(Judgment.TRIVIAL_WORDING));
    Ratio share = analysis.depth().trivialFindings();
    section.addBlocks(
        Paragraph.of(
            List.of(
                Statement.of(
                    messages.format(
                        "shallow.share",
                        args(
                            "subject", subject(),
                            "trivial", number(share.numerator()),
                            "share", formats.percent(share),
                            "complex", formats.percent(analysis.depth().complexWalks()),
                            "crossing", formats.percent(analysis.depth().crossingWalks()))),
                    Evidence.ofAll(trivial)))));
    List<Statement> simple = new ArrayList<>();
    unitJudgment(simple, Judgment.ONLY_SIMPLE_MATTERS);
    if (!simple.isEmpty()) {
      section.addBlocks(Paragraph.of(simple));
    }
    // quote distinct descriptions, in flag order, as the source bulletin quotes them
    Map<String, Flag> quotes = new LinkedHashMap<>();
    for (Flag flag : trivial) {
      Finding finding = findings.get(flag.subject());
      String text = quotable(user(finding.description()));
      String quote =
          named
              ? messages.format("shallow.example.named", args("unit", unitName(flag.ownerUnitIds().first()), "text", text))
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

  private void narrow(Section.Builder section) {
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
    List<Flag> noOnline = flags(Judgment.NO_ONLINE_WALK);
    if (!noOnline.isEmpty()) {
      statements.add(
          Statement.of(
              named
                  ? messages.format("narrow.no_online.named", args("units", unitList(noOnline)))
                  : messages.format("narrow.no_online", args("subject", subject(), "units", number(noOnline.size()))),
              Evidence.ofAll(noOnline)));
    }
    for (Judgment j :
        List.of(
            Judgment.NO_UNANNOUNCED_WALK,
            Judgment.NO_ORDINARY_ROLE_WALK,
            Judgment.NO_WHOLE_PROCESS_WALK,
            Judgment.NO_GRASSROOTS_OR_CROSSING_WALK)) {
      unitJudgment(statements, j);
    }
    List<Flag> shallow = flags(Judgment.ALL_WALKS_SHALLOW);
    if (!shallow.isEmpty()) {
      statements.add(
          Statement.of(
              messages.format("narrow.all_shallow", args("members", number(shallow.size()))), Evidence.ofAll(shallow)));
    }
    section.addBlocks(Paragraph.of(statements));
  }

  /** Adds a statement naming (or counting) the units flagged by {@code judgment}, if any. */
  private void unitJudgment(List<Statement> statements, Judgment judgment) {
    List<Flag> flagged = flags(judgment);
    if (flagged.isEmpty()) {
      return;
    }
    String label = formats.label(judgment);
    statements.add(
        Statement.of(
            named
                ? messages.format("unit_judgment.named", args("units", unitList(flagged), "label", label))
                : messages.format("unit_judgment", args("count", number(flagged.size()), "label", label)),
            Evidence.ofAll(flagged)));
  }

  private void perfunctory(Section.Builder section) {
    RectificationQuality r = analysis.rectification();
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(messages.format("perfunctory.intro", args("subject", subject()))));
    ratioStatement(statements, Judgment.RECTIFIED_WITHOUT_MEASURES, "perfunctory.without_measures", r.withoutMeasures());
    ratioStatement(statements, Judgment.RECTIFIED_WITHOUT_EFFECT, "perfunctory.without_effect", r.withoutEffect());
    countStatement(statements, Judgment.EFFECT_MISMATCH, "perfunctory.mismatch");
    ratioStatement(statements, Judgment.OVERDUE, "perfunctory.overdue", r.overdue());
    countStatement(statements, Judgment.SCHEDULED_WITHOUT_DEADLINE, "perfunctory.no_deadline");
    countStatement(statements, Judgment.SCHEDULED_WITHOUT_OWNER, "perfunctory.no_owner");
    section.addBlocks(Paragraph.of(statements));
    List<Statement> examples = new ArrayList<>();
    for (Flag flag : perfunctoryExamples()) {
      Finding finding = findings.get(flag.subject());
      String text = quotable(user(finding.description()));
      String judgment = formats.label(flag.judgment());
      examples.add(
          Statement.of(
              named
                  ? messages.format(
                      "perfunctory.example.named",
                      args("unit", unitName(finding.responsibleUnitId()), "text", text, "judgment", judgment))
                  : messages.format("perfunctory.example.anonymous", args("text", text, "judgment", judgment)),
              Evidence.of(flag)));
    }
    if (!examples.isEmpty()) {
      section.addBlocks(Paragraph.of(joinedBy(examples)));
    }
  }

  /**
   * Returns one example per judgment of perfunctory rectification, in judgment order, up to the
   * examples option, each about another finding.
   */
  private List<Flag> perfunctoryExamples() {
    List<Flag> picked = new ArrayList<>();
    Set<String> findingsPicked = new HashSet<>();
    for (Judgment judgment : ProblemKind.PERFUNCTORY_RECTIFICATION.judgments()) {
      for (Flag flag : flags(judgment)) {
        if (picked.size() < options.examples() && findingsPicked.add(flag.subject())) {
          picked.add(flag);
          break;
        }
      }
    }
    return picked;
  }

  /** Returns the statements with the list separator of the language between them. */
  private List<Statement> joinedBy(List<Statement> statements) {
    // English statements get their space from Paragraph.separator
    String separator = options.language() == Language.ZH_CN ? "；" : ";";
    String end = options.language() == Language.ZH_CN ? "。" : ".";
    List<Statement> joined = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      joined.add(Statement.of(s.text() + (i == statements.size() - 1 ? end : separator), s.evidence()));
    }
    return joined;
  }

  private void ratioStatement(List<Statement> statements, Judgment judgment, String key, Ratio ratio) {
    List<Flag> flags = flags(judgment);
    if (!flags.isEmpty()) {
      statements.add(
          Statement.of(
              messages.format(key, args("count", number(flags.size()), "share", formats.percent(ratio))),
              Evidence.ofAll(flags)));
    }
  }

  private void countStatement(List<Statement> statements, Judgment judgment, String key) {
    List<Flag> flags = flags(judgment);
    if (!flags.isEmpty()) {
      statements.add(Statement.of(messages.format(key, args("count", number(flags.size()))), Evidence.ofAll(flags)));
    }
  }

  private void empty(Section.Builder section) {
    List<Statement> statements = new ArrayList<>();
    List<Flag> empty = flags(Judgment.EMPTY_WALK);
    if (!empty.isEmpty()) {
      Ratio share = analysis.accountability().emptyWalks();
      statements.add(
          Statement.of(
              messages.format("empty.share", args("empty", number(share.numerator()), "share", formats.percent(share))),
              Evidence.ofAll(empty)));
    }
    List<Flag> allEmpty = flags(Judgment.ALL_WALKS_EMPTY);
    if (!allEmpty.isEmpty()) {
      statements.add(namedOrCounted("empty.all_empty", "members", allEmpty, memberList(allEmpty)));
    }
    section.addBlocks(Paragraph.of(statements));
  }

  private void notWalked(Section.Builder section) {
    List<Statement> statements = new ArrayList<>();
    List<Flag> members = flags(Judgment.DID_NOT_WALK);
    if (!members.isEmpty()) {
      Ratio roster = analysis.participation().membersWalked();
      statements.add(
          Statement.of(
              messages.format(
                  "not_walked.members",
                  args(
                      "roster", number(roster.denominator()),
                      "count", number(members.size()),
                      "share", formats.percent(Ratio.of(members.size(), roster.denominator())))),
              Evidence.ofAll(members)));
    }
    List<Flag> principals = flags(Judgment.PRINCIPAL_DID_NOT_WALK);
    if (!principals.isEmpty()) {
      statements.add(namedOrCounted("not_walked.principals", "units", principals, unitList(principals)));
    }
    section.addBlocks(Paragraph.of(statements));
  }

  /**
   * Returns the statement of {@code key} about {@code flags}: with named criticism, {@code key.named}
   * with the names listed; otherwise {@code key} with their number.
   */
  private Statement namedOrCounted(String key, String placeholder, List<Flag> flags, String names) {
    String text =
        named
            ? messages.format(key + ".named", args(placeholder, names))
            : messages.format(key, args(placeholder, number(flags.size())));
    return Statement.of(text, Evidence.ofAll(flags));
  }

  // ---------------------------------------------------------------- 三、下步工作要求

  private Section requirements(ImmutableSet<ProblemKind> detected) {
    Section.Builder section =
        Section.builder().id("requirements").heading(messages.get("requirements.heading"));
    int number = 0;
    for (Requirement requirement : Requirement.calledFor(detected)) {
      number++;
      String[] replaced = options.requirements().get(requirement);
      String key = "requirement." + requirement.code();
      String heading = replaced != null ? replaced[0] : messages.get(key + ".heading");
      String text = replaced != null ? replaced[1] : messages.get(key + ".text");
      section.addSubsections(
          Section.builder()
              .id("requirements." + requirement.code())
              .heading(messages.format("requirement.heading", args("number", Integer.toString(number), "heading", heading)))
              .addBlocks(Paragraph.of(text))
              .build());
    }
    return section.build();
  }

  // ---------------------------------------------------------------- appendices

  private ImmutableList<Section> appendices() {
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
        default:
          appendices.add(conflictsAppendix());
          break;
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
                  unitName(id),
                  formats.label(score.kind()),
                  up == null ? "" : number(up.members().numerator()) + "/" + number(up.members().denominator()),
                  number(up == null ? 0 : up.walks()),
                  number(up == null ? 0 : up.solved().denominator()),
                  number(up == null ? 0 : up.solved().numerator()),
                  number(us == null ? 0 : us.walksInConflict().numerator()),
                  number(ur == null ? 0 : ur.overdue()),
                  score.score().toPlainString(),
                  number(score.rank())),
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
    for (Flag flag : flags(Judgment.DID_NOT_WALK)) {
      dataset.roster().member(flag.subject()).ifPresent(members::add);
    }
    members.sort(Comparator.comparing((Member m) -> unitOrder(m.unitId())).thenComparing(m -> !m.principal()).thenComparing(Member::id));
    for (Member m : members) {
      table.addRows(
          Table.Row.of(
              List.of(unitName(m.unitId()), user(m.name()), user(m.title()), messages.get(m.principal() ? "yes" : "no")),
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
    for (Flag flag : flags(Judgment.OVERDUE)) {
      overdue.add(findings.get(flag.subject()));
    }
    overdue.sort(
        Comparator.comparing((Finding f) -> unitOrder(f.responsibleUnitId()))
            .thenComparing(f -> f.rectification().flatMap(Rectification::deadline).orElse(LocalDate.MAX))
            .thenComparing(Finding::id));
    for (Finding f : overdue) {
      Rectification r = f.rectification().orElseThrow();
      Optional<LocalDate> solvedOn = r.rectifiedOn().filter(d -> !d.isAfter(analysis.asOf()));
      table.addRows(
          Table.Row.of(
              List.of(
                  unitName(f.responsibleUnitId()),
                  user(f.description()),
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
                  unitName(run.unitId()),
                  formats.label(Judgment.SAME_UNIT_CLUSTER),
                  formats.date(run.firstDay()) + "–" + formats.date(run.lastDay()),
                  memberNames(run.memberIds()),
                  number(run.walkIds().size())),
              evidence(run)));
    }
    for (Flag flag : flags(Judgment.SAME_POINT_SAME_DAY)) {
      table.addRows(
          Table.Row.of(
              List.of(
                  user(walks.get(flag.walkIds().first()).servicePoint().name()),
                  formats.label(flag.judgment()),
                  formats.date(flag.firstDay().orElseThrow()),
                  memberNames(flag.memberIds()),
                  number(flag.walkIds().size())),
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

  // ---------------------------------------------------------------- helpers

  /** Returns the flags of {@code judgment}, in the analysis's order. */
  private List<Flag> flags(Judgment judgment) {
    return Collections.unmodifiableList(flagsByJudgment.getOrDefault(judgment, List.of()));
  }

  /** Returns the unit's name, or its identifier if the roster does not know it. */
  private String unitName(String unitId) {
    return dataset.roster().unit(unitId).map(u -> user(u.name())).orElse(unitId);
  }

  private String unitList(List<Flag> flags) {
    List<String> names = new ArrayList<>();
    for (String id : unitsInOrder(flags.stream().map(Flag::subject).collect(toList()))) {
      names.add(unitName(id));
    }
    return formats.list(names);
  }

  private String memberList(List<Flag> flags) {
    List<String> names = new ArrayList<>();
    for (Flag flag : flags) {
      names.add(memberName(flag.subject()));
    }
    return formats.list(names);
  }

  private String memberNames(SortedSet<String> ids) {
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      names.add(memberName(id));
    }
    return formats.list(names);
  }

  private String memberName(String memberId) {
    return dataset
        .roster()
        .member(memberId)
        .map(m -> unitName(m.unitId()) + user(m.title()) + user(m.name()))
        .orElse(memberId);
  }

  /** Orders unit identifiers as the bulletin lists units: counties first, then departments, each by id. */
  private List<String> unitsInOrder(Iterable<String> unitIds) {
    List<String> ids = new ArrayList<>();
    unitIds.forEach(ids::add);
    ids.sort(Comparator.comparing(this::unitOrder));
    return ids;
  }

  private String unitOrder(String unitId) {
    UnitKind kind = dataset.roster().unit(unitId).map(Unit::kind).orElse(UnitKind.DEPARTMENT);
    return kind.ordinal() + "\u0000" + unitId;
  }

  /** Returns user-supplied text on one line, masked if redaction is on. */
  private String user(String text) {
    String line = Texts.oneLine(text);
    return options.redact() ? Redactor.redact(line) : line;
  }

  /**
   * Returns {@code text} ready to go inside quotation marks: in Chinese, quotation marks within it
   * become the inner ones (“” to ‘’); a closing full stop is dropped.
   */
  private String quotable(String text) {
    String body = sentenceBody(text);
    return options.language() == Language.ZH_CN ? body.replace('“', '‘').replace('”', '’') : body;
  }

  /** Returns {@code text} without its closing full stop, to be continued in a sentence. */
  private static String sentenceBody(String text) {
    String t = text;
    while (!t.isEmpty() && "。.；;，,".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  /** Joins clauses in one sentence: "甲，乙" in Chinese, "a, b" in English, each without its full stop. */
  private String clause(List<String> parts) {
    List<String> bodies = parts.stream().map(Composer::sentenceBody).collect(toList());
    return String.join(options.language() == Language.ZH_CN ? "，" : ", ", bodies);
  }

  private String number(long value) {
    return formats.integer(value);
  }

  private String decimal(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static Map<String, String> args(String... keysAndValues) {
    Map<String, String> map = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

}
