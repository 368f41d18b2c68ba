package io.github.zouliucheng.walk.model;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a dataset cannot be built or read as a whole: it lists <em>every</em> problem found,
 * not only the first, each with its location, rule and value.
 */
public final class InvalidDatasetException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Problem> problems;

  /** Creates an exception listing {@code problems}, which must not be empty. */
  public InvalidDatasetException(List<Problem> problems) {
    super(describe(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem found, in the order of the input. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder s =
        new StringBuilder()
            .append("invalid dataset: ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems) {
      s.append('\n').append("  ").append(p);
    }
    return s.toString();
  }
}
