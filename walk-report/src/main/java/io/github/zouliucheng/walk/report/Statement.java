package io.github.zouliucheng.walk.report;

import io.github.zouliucheng.walk.report.internal.Texts;
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
  }
}
