package io.github.zouliucheng.walk.sheet;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when sheets cannot be imported, or (from {@link SheetImport.Result#orElseThrow()}) were
 * imported with errors. It lists <em>every</em> problem, each with its sheet, row, column, rule and
 * value.
 *
 * <p>A sheet cannot be imported at all when it has no header row, names a column twice, lacks a
 * required column, or (for files) cannot be decoded or parsed.
 */
public final class SheetImportException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<SheetProblem> problems;

  /**
   * Creates an exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public SheetImportException(List<SheetProblem> problems) {
    super(describe(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem, in the order of the sheets. */
  public ImmutableList<SheetProblem> problems() {
    return problems;
  }

  private static String describe(List<SheetProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder s =
        new StringBuilder()
            .append("cannot import the sheets: ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (SheetProblem p : problems) {
      s.append('\n').append("  ").append(p);
    }
    return s.toString();
  }
}
