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
 * anonymous criticism).
 *
 * <p>A builder is mutable and not thread-safe; {@link #build()} may be called more than once.
 */
public final class BulletinBuilder {
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
