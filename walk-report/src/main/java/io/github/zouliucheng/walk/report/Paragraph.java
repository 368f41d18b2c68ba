package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph: one or more statements rendered as running text, each with its own evidence.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Paragraph implements Block {

  Paragraph() {}

  /** Calls {@link Block.Visitor#visitParagraph} of {@code visitor}. */
  @Override
  public final <R extends @Nullable Object> R accept(Block.Visitor<R> visitor) {
    return visitor.visitParagraph(this);
  }

  /** Returns the statements in reading order; never empty. */
  public abstract ImmutableList<Statement> statements();

  /**
   * Returns the text of the whole paragraph: its statements joined by {@link #separator}, so that
   * Chinese sentences follow each other directly and English ones with a space.
   */
  public final String text() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < statements().size(); i++) {
      if (i > 0) {
        text.append(separator(statements().get(i - 1)));
      }
      text.append(statements().get(i).text());
    }
    return text.toString();
  }

  /**
   * Returns what goes between {@code statement} and the next one in running text: a space after a
   * statement that ends in a Latin letter, digit or punctuation mark, nothing after one that ends in
   * a full-width mark such as "。" or "；". Renderers that lay statements out one by one use it too.
   */
  public static String separator(Statement statement) {
    String text = statement.text();
    char last = text.charAt(text.length() - 1);
    return last < 0x2E80 ? " " : "";
  }

  /** Returns the union of the statements' evidence. */
  public final Evidence evidence() {
    Evidence evidence = Evidence.none();
    for (Statement statement : statements()) {
      evidence = evidence.plus(statement.evidence());
    }
    return evidence;
  }

  /** Obtains a paragraph of the given statements. */
  public static Paragraph of(Iterable<Statement> statements) {
    return new Builder().addAllStatements(statements).build();
  }

  /** Obtains a paragraph of plain sentences about no particular record. */
  public static Paragraph of(String text) {
    return new Builder().addStatements(Statement.of(text)).build();
  }

  @Value.Check
  void check() {
    if (statements().isEmpty()) {
      throw new IllegalArgumentException("paragraph.statements: must not be empty");
    }
  }

  /** Builds a {@link Paragraph}; statements accumulate. */
  public static final class Builder extends ImmutableParagraph.Builder {
    Builder() {}
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }
}
