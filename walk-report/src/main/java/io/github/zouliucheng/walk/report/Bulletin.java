package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.report.internal.Texts;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bulletin (通报) on the walks of a period, composed from an {@link Analysis} of a {@link
 * Dataset}: a preamble, sections in the order of the source bulletin (一、总体情况, 二、主要问题,
 * 三、下步工作要求, then any section the caller added) and appendices. Build one with {@link
 * #builder(Dataset, Analysis)}; render it with a {@link BulletinRenderer}: {@link
 * io.github.zouliucheng.walk.report.html.HtmlRenderer}, {@link
 * io.github.zouliucheng.walk.report.markdown.MarkdownRenderer}, {@link
 * io.github.zouliucheng.walk.report.text.TextRenderer} or {@link
 * io.github.zouliucheng.walk.report.json.JsonRenderer}.
 *
 * <p>A bulletin is a document, already written in its {@link #language()}: every sentence is plain
 * text with the {@linkplain Evidence records} behind it, and every figure in it comes from the
 * analysis. Renderers only lay it out and escape it; they add no content of their own but labels.
 *
 * <p>Instances are immutable and thread-safe; equal inputs give equal bulletins.
 */
@Value.Immutable
public abstract class Bulletin {

  Bulletin() {}

  /** Returns the language the bulletin is written in. */
  public abstract Language language();

  /** Returns the title. */
  public abstract String title();

  /** Returns the issuing office, for example {@code 市深化能力作风建设领导小组办公室}. */
  public abstract String issuer();

  /** Returns to whom the bulletin is addressed, if said, for example {@code 各县（市）区、市直各部门}. */
  public abstract Optional<String> audience();

  /** Returns the period the bulletin covers. */
  public abstract Period period();

  /** Returns the date of issue. */
  public abstract LocalDate issuedOn();

  /** Returns the reference date of the analysis: what was solved or overdue is judged as of this day. */
  public abstract LocalDate asOf();

  /** Returns how problem sections speak of units and people. */
  public abstract Criticism criticism();

  /** Returns whether personal data in free text (ID and phone numbers, e-mail addresses) was masked. */
  public abstract boolean redacted();

  /** Returns the figures of the overall sentence. */
  public abstract OverallFigures overall();

  /** Returns the problem kinds the analysis detected, in the order of {@link ProblemKind}. */
  public abstract ImmutableSet<ProblemKind> detected();

  /** Returns the opening paragraph, before the first section. */
  public abstract Paragraph preamble();

  /** Returns the sections of the body, in reading order. */
  public abstract ImmutableList<Section> sections();

  /** Returns the appendices, in reading order. */
  public abstract ImmutableList<Section> appendices();

  /**
   * Returns the section or appendix with identifier {@code id}, searching subsections too.
   */
  public final Optional<Section> section(String id) {
    Optional<Section> found = find(sections(), id);
    return found.isPresent() ? found : find(appendices(), id);
  }

  private static Optional<Section> find(ImmutableList<Section> sections, String id) {
    for (Section section : sections) {
      if (section.id().equals(id)) {
        return Optional.of(section);
      }
      Optional<Section> nested = find(section.subsections(), id);
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Texts.requireText("bulletin.title", title());
    Texts.requireText("bulletin.issuer", issuer());
    audience().ifPresent(a -> Texts.requireText("bulletin.audience", a));
  }

  /**
   * Returns a builder of the bulletin on {@code analysis}, which must be the analysis of {@code
   * dataset}: the dataset gives the names and texts behind the identifiers of the analysis.
   *
   * @throws IllegalArgumentException if the analysis is of another period than the dataset
   */
  public static BulletinBuilder builder(Dataset dataset, Analysis analysis) {
    return new BulletinBuilder(dataset, analysis);
  }
}
