package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Why {@link TrivialMatcher} found a description trivial: the {@linkplain #rule() rule} and the
 * lexicon's {@linkplain #words() words} that fired.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
abstract class TrivialMatch {
  TrivialMatch() {}

  /** Returns the rule that fired. */
  @Value.Parameter
  abstract TrivialRule rule();

  /**
   * Returns the lexicon's entries that fired, as the lexicon writes them: the phrase for {@link
   * TrivialRule#PHRASE}; the object or fixture, then the deficiency, blemish or failure, for {@link
   * TrivialRule#WORDING}.
   */
  @Value.Parameter
  abstract ImmutableList<String> words();

  /** Obtains a match of {@code rule} on {@code words}. */
  static TrivialMatch of(TrivialRule rule, Iterable<String> words) {
    return ImmutableTrivialMatch.of(rule, words);
  }

  @Value.Check
  void check() {
    int expected = rule() == TrivialRule.PHRASE ? 1 : 2;
    if (words().size() != expected) {
      throw new IllegalStateException("a " + rule() + " match names " + expected + " words: " + words());
    }
  }
}
