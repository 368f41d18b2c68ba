package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.compose.ComposeOptions;
import io.github.zouliucheng.walk.report.compose.Composer;
import io.github.zouliucheng.walk.report.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a {@link Bulletin} from an analysis and the dataset it analysed, with the options of the
 * issuing office. Obtain one from {@link Bulletin#builder(Dataset, Analysis)}. Every option has a
 * default, so {@code Bulletin.builder(dataset, analysis).build()} is a complete bulletin in Chinese.
 *
 * <p>Defaults: Chinese; the issuer {@code 市深化能力作风建设领导小组办公室} (or its English);
 * a title naming the period; issued on the analysis's reference date; addressed to no one in
 * particular; {@linkplain Criticism#ANONYMOUS anonymous} criticism; personal data {@linkplain
 * #redactPersonalData(boolean) masked}; three examples per good-practice theme and per problem;
 * the appendices that fit the criticism (all for named criticism, only {@link Appendix#UNITS} for
 * anonymous criticism); at most {@value #DEFAULT_NAMES_IN_BODY} names in a sentence, {@value
 * #DEFAULT_APPENDIX_ROWS} rows in an appendix or units in a chart, and {@value
 * #DEFAULT_EVIDENCE_LIMIT} identifiers of each kind in a statement's evidence, so that a bulletin
 * is a few pages at any scale.
 *
 * <p>A builder is mutable and not thread-safe; {@link #build()} may be called more than once.
 */
public final class BulletinBuilder {
  /** How many units or people a sentence of the body names by default before "等N个单位". */
  public static final int DEFAULT_NAMES_IN_BODY = 10;

  /** How many rows an appendix, or a chart's list of units, shows by default ("共X项，列前N项"). */
  public static final int DEFAULT_APPENDIX_ROWS = 30;

  /** How many identifiers of each kind a statement's evidence lists by default, with the totals. */
  public static final int DEFAULT_EVIDENCE_LIMIT = 100;

  /** The largest number of examples per theme or problem a bulletin can carry. */
  public static final int MAX_EXAMPLES = 20;

  private final Dataset dataset;
  private final Analysis analysis;
  private Language language = Language.ZH_CN;
  private Optional<String> title = Optional.empty();
  private Optional<String> issuer = Optional.empty();
  private Optional<String> audience = Optional.empty();
  private Optional<LocalDate> issuedOn = Optional.empty();
  private Criticism criticism = Criticism.ANONYMOUS;
  private Optional<ImmutableSet<Appendix>> appendices = Optional.empty();
  private boolean redact = true;
  private int examples = 3;
  private int namesInBody = DEFAULT_NAMES_IN_BODY;
  private int appendixRows = DEFAULT_APPENDIX_ROWS;
  private int evidenceLimit = DEFAULT_EVIDENCE_LIMIT;
  private final Map<Requirement, String[]> requirements = new EnumMap<>(Requirement.class);
  private final List<Section> extraSections = new ArrayList<>();

  BulletinBuilder(Dataset dataset, Analysis analysis) {
    if (!dataset.period().equals(analysis.period())) {
      throw new IllegalArgumentException(
          "analysis.period: the analysis is of " + analysis.period() + " but the dataset is of "
              + dataset.period() + "; pass the dataset that was analysed");
    }
    this.dataset = dataset;
    this.analysis = analysis;
  }

  /** Sets the language; Chinese ({@link Language#ZH_CN}) by default. */
  public BulletinBuilder language(Language language) {
    this.language = Objects.requireNonNull(language, "language");
    return this;
  }

  /** Sets the title; by default "关于{period}领导干部“走流程”情况的通报" in the bulletin's language. */
  public BulletinBuilder title(String title) {
    this.title = Optional.of(Texts.requireText("title", title));
    return this;
  }

  /** Sets the issuing office. */
  public BulletinBuilder issuer(String issuer) {
    this.issuer = Optional.of(Texts.requireText("issuer", issuer));
    return this;
  }

  /** Sets to whom the bulletin is addressed, shown before the preamble, for example {@code 各县（市）区、市直各部门}. */
  public BulletinBuilder audience(String audience) {
    this.audience = Optional.of(Texts.requireText("audience", audience));
    return this;
  }

  /** Sets the date of issue; the analysis's reference date by default. */
  public BulletinBuilder issuedOn(LocalDate date) {
    this.issuedOn = Optional.of(Objects.requireNonNull(date, "issuedOn"));
    return this;
  }

  /** Sets whether problems name units and people; {@link Criticism#ANONYMOUS} by default. */
  public BulletinBuilder criticism(Criticism criticism) {
    this.criticism = Objects.requireNonNull(criticism, "criticism");
    return this;
  }

  /**
   * Sets the appendices to carry, replacing the default that follows the {@linkplain
   * #criticism(Criticism) criticism}. They appear in the order of {@link Appendix}.
   */
  public BulletinBuilder appendices(Iterable<Appendix> appendices) {
    EnumSet<Appendix> set = EnumSet.noneOf(Appendix.class);
    appendices.forEach(set::add);
    this.appendices = Optional.of(ImmutableSet.copyOf(set));
    return this;
  }

  /**
   * Sets whether personal data in free text is masked: mainland resident ID numbers, mobile and
   * landline numbers, bank card numbers and e-mail addresses. On by default, as a bulletin is
   * published; turn it off only for internal use.
   */
  public BulletinBuilder redactPersonalData(boolean redact) {
    this.redact = redact;
    return this;
  }

  /**
   * Sets how many examples a good-practice theme or a problem carries at most; 3 by default.
   *
   * @throws IllegalArgumentException if {@code count} is not between 1 and {@link #MAX_EXAMPLES}
   */
  public BulletinBuilder examples(int count) {
    if (count < 1 || count > MAX_EXAMPLES) {
      throw new IllegalArgumentException(
          "examples: must be between 1 and " + MAX_EXAMPLES + ", was " + count);
    }
    this.examples = count;
    return this;
  }

  /**
   * Sets how many units or people one sentence of the body names at most; {@value
   * #DEFAULT_NAMES_IN_BODY} by default. A longer list is cut after the first {@code count}, in the
   * bulletin's order, and says how many there are in all ("甲、乙等12个单位"). The complete lists are
   * in the analysis ({@code Analysis.flags(Judgment)}) and the ledger.
   *
   * @throws IllegalArgumentException if {@code count} is not between 1 and 1,000
   */
  public BulletinBuilder namesInBody(int count) {
    this.namesInBody = checkRange("namesInBody", count, 1, 1_000);
    return this;
  }

  /**
   * Sets how many rows an appendix shows, and how many units a chart of units shows; {@value
   * #DEFAULT_APPENDIX_ROWS} by default. A longer table keeps its most severe rows and says so
   * ("共X项，列前N项"), so that a bulletin stays a few pages at any scale; complete lists are in the
   * analysis and the ledger.
   *
   * @throws IllegalArgumentException if {@code count} is not between 1 and 100,000
   */
  public BulletinBuilder appendixRows(int count) {
    this.appendixRows = checkRange("appendixRows", count, 1, 100_000);
    return this;
  }

  /**
   * Sets how many identifiers of each kind (walks, findings, members, units) the evidence of one
   * statement lists; {@value #DEFAULT_EVIDENCE_LIMIT} by default. The evidence keeps the first
   * identifiers in sorted order and the total of each kind ({@link Evidence#walkTotal()}, …); the
   * complete records are those of the statement's judgment in the analysis.
   *
   * @throws IllegalArgumentException if {@code count} is not between 1 and 10,000,000
   */
  public BulletinBuilder evidenceLimit(int count) {
    this.evidenceLimit = checkRange("evidenceLimit", count, 1, 10_000_000);
    return this;
  }

  private static int checkRange(String option, int count, int min, int max) {
    if (count < min || count > max) {
      throw new IllegalArgumentException(option + ": must be between " + min + " and " + max + ", was " + count);
    }
    return count;
  }

  /**
   * Replaces the heading and text of {@code requirement}, when the bulletin carries it. The heading
   * is a short phrase ("压实落靠责任"); the text follows it in the same paragraph.
   */
  public BulletinBuilder requirement(Requirement requirement, String heading, String text) {
    requirements.put(
        Objects.requireNonNull(requirement, "requirement"),
        new String[] {Texts.requireText("requirement.heading", heading), Texts.requireText("requirement.text", text)});
    return this;
  }

  /**
   * Adds a section of the caller's own after "三、下步工作要求" and before the appendices, in the
   * order added.
   *
   * @throws IllegalArgumentException if its identifier is one the bulletin uses or was added before
   */
  public BulletinBuilder addSection(Section section) {
    for (Section added : extraSections) {
      if (added.id().equals(section.id())) {
        throw new IllegalArgumentException("section.id: \"" + section.id() + "\" was added before");
      }
    }
    if (Composer.RESERVED_IDS.contains(section.id()) || section.id().startsWith("problems.")
        || section.id().startsWith("practice.") || section.id().startsWith("appendix.")
        || section.id().startsWith("requirements.")) {
      throw new IllegalArgumentException(
          "section.id: \"" + section.id() + "\" is reserved for the bulletin's own sections");
    }
    extraSections.add(section);
    return this;
  }

  /** Returns the bulletin. */
  public Bulletin build() {
    ComposeOptions options =
        new ComposeOptions(
            language,
            title,
            issuer,
            audience,
            issuedOn.orElse(analysis.asOf()),
            criticism,
            appendices.orElse(
                criticism == Criticism.NAMED
                    ? ImmutableSet.copyOf(EnumSet.allOf(Appendix.class))
                    : ImmutableSet.of(Appendix.UNITS)),
            redact,
            examples,
            namesInBody,
            appendixRows,
            evidenceLimit,
            new EnumMap<>(requirements),
            ImmutableList.copyOf(extraSections));
    Composer.Composition composition = new Composer(dataset, analysis, options).compose();
    return ImmutableBulletin.builder()
        .language(options.language())
        .title(composition.title())
        .issuer(composition.issuer())
        .audience(options.audience())
        .period(analysis.period())
        .issuedOn(options.issuedOn())
        .asOf(analysis.asOf())
        .criticism(options.criticism())
        .redacted(options.redact())
        .overall(composition.overall())
        .addAllDetected(composition.detected())
        .preamble(composition.preamble())
        .addAllSections(composition.sections())
        .addAllAppendices(composition.appendices())
        .build();
  }
}
