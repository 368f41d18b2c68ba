package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableList;
import io.github.zouliucheng.walk.report.internal.Texts;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A section of the bulletin: a stable identifier, a heading, body blocks and subsections. Renderers
 * number nothing themselves: headings carry their own numbering ("一、总体情况"), as an official
 * document does.
 *
 * <p>Identifiers are stable across versions and languages ({@code overview}, {@code
 * problems.clustered_scheduling}, {@code appendix.units}, …), so a portal can find a section, and
 * a section of its own (built with {@link #builder()}) can be added to a bulletin with {@link
 * BulletinBuilder#addSection(Section)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Section {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");

  Section() {}

  /** Returns the stable identifier: lowercase letters and digits, separated by {@code . _ -}. */
  public abstract String id();

  /** Returns the heading, plain text. */
  public abstract String heading();

  /** Returns the body, in reading order. */
  public abstract ImmutableList<Block> blocks();

  /** Returns the subsections, in reading order. */
  public abstract ImmutableList<Section> subsections();

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "section.id: must be lowercase letters and digits separated by '.', '_' or '-', was \"" + id() + "\"");
    }
    Texts.requireText("section.heading", heading());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Section}; blocks and subsections accumulate. */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
