package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableList;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.report.internal.Texts;
import java.util.List;
import org.immutables.value.Value;

/**
 * One sentence of the bulletin with the records it rests on. The text is plain (never markup):
 * renderers escape it for their output.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Statement {

  Statement() {}

  /** Returns the sentence, plain text. */
  @Value.Parameter
  public abstract String text();

  /** Returns the records behind the sentence; empty for sentences not about records. */
  @Value.Parameter
  public abstract Evidence evidence();

  /**
   * Returns the shares behind the statement's {@linkplain Quantifier quantifiers} (个别, 部分, 多数,
   * 所有), in the order the words appear in the text: each word is {@link Quantifier#of(Ratio)} of
   * its share. Empty for a statement with no quantifier.
   */
  public abstract ImmutableList<Ratio> quantified();

  /** Obtains a statement with its evidence and the shares behind its quantifiers, in text order. */
  public static Statement of(String text, Evidence evidence, List<Ratio> quantified) {
    return ImmutableStatement.builder().text(text).evidence(evidence).addAllQuantified(quantified).build();
  }

  /** Obtains a statement with its evidence. */
  public static Statement of(String text, Evidence evidence) {
    return ImmutableStatement.of(text, evidence);
  }

  /** Obtains a statement about no particular record. */
  public static Statement of(String text) {
    return ImmutableStatement.of(text, Evidence.none());
  }

  @Value.Check
  void check() {
    Texts.requireText("statement.text", text());
    for (Ratio share : quantified()) {
      if (share.numerator() < 1 || share.numerator() > share.denominator()) {
        throw new IllegalArgumentException(
            "statement.quantified: a quantifier needs a share of at least one and at most all, was " + share);
      }
    }
  }
}
