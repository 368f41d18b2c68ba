package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a policy read from JSON is not valid; it lists every problem, each as {@code
 * "<JSON pointer>: <what is wrong>"}.
 */
public final class InvalidPolicyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<String> problems;

  InvalidPolicyException(List<String> problems) {
    super("invalid policy: " + String.join("; ", problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem found, in the order of the input. */
  public ImmutableList<String> problems() {
    return problems;
  }
}
