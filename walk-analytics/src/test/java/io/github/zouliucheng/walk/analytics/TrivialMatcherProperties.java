package io.github.zouliucheng.walk.analytics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Laws of {@link TrivialMatcher}, over the descriptions of {@link TrivialCorpus}. */
class TrivialMatcherProperties {
  private static final TrivialMatcher DEFAULTS = TrivialMatcher.defaults();
  private static final List<String> DESCRIPTIONS =
      TrivialCorpus.rows().stream().map(TrivialCorpus.Row::description).toList();
  private static final String[] INVISIBLE = {" ", "\u3000", "\n", "\t", "\u00a0", "\u200b"};

  private static String description(int i) {
    return DESCRIPTIONS.get(i);
  }

  @Test
  void whitespaceAnywhereNeverChangesTheMatch() {
    qt().withExamples(300)
        .forAll(integers().between(0, DESCRIPTIONS.size() - 1), longs().all())
        .check(
            (i, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              StringBuilder b = new StringBuilder();
              for (char c : description(i).toCharArray()) {
                if (random.nextInt(4) == 0) {
                  b.append(INVISIBLE[random.nextInt(INVISIBLE.length)]);
                }
                b.append(c);
              }
              return DEFAULTS.match(b).equals(DEFAULTS.match(description(i)));
            });
  }

  @Test
  void fullWidthFormsNeverChangeTheMatch() {
    qt().withExamples(300)
        .forAll(integers().between(0, DESCRIPTIONS.size() - 1))
        .check(
            i -> {
              StringBuilder b = new StringBuilder();
              for (char c : description(i).toCharArray()) {
                b.append(c > ' ' && c < 0x7f ? (char) (c + 0xfee0) : c);
              }
              return DEFAULTS.match(b).equals(DEFAULTS.match(description(i)));
            });
  }

  /* The appended clause starts after a separator, so no mask can hide the exclusion. */
  @Test
  void anExclusionInAnotherClauseAlwaysVetoes() {
    List<String> exclusions = TrivialLexicon.defaults().exclusions();
    qt().withExamples(300)
        .forAll(integers().between(0, DESCRIPTIONS.size() - 1), integers().between(0, exclusions.size() - 1))
        .check(
            (i, e) -> {
              String d = description(i) + "，" + exclusions.get(e);
              return DEFAULTS.match(d).isEmpty() && DEFAULTS.veto(d).isPresent();
            });
  }

  /* More phrases can only flag more: phrases take part in no veto. */
  @Test
  void aNewPhraseNeverUnflags() {
    qt().withExamples(300)
        .forAll(integers().between(0, DESCRIPTIONS.size() - 1), longs().all())
        .check(
            (i, seed) -> {
              String d = TrivialText.normalize(description(i));
              SplittableRandom random = new SplittableRandom(seed);
              int from = random.nextInt(d.length());
              String word = d.substring(from, from + 1 + random.nextInt(Math.min(4, d.length() - from)));
              TrivialMatcher more =
                  new TrivialMatcher(TrivialLexicon.defaults().plus(TrivialLexicon.builder().addPhrases(word).build()));
              return DEFAULTS.match(d).isEmpty() || more.match(d).isPresent();
            });
  }

  /*
   * Two flagged descriptions joined as clauses give the first's match, unless only the second has a
   * phrase: a phrase beats a pair, and otherwise the first by position wins.
   */
  @Test
  void twoFlaggedDescriptionsJoinedGiveTheFirstsMatchUnlessOnlyTheSecondHasAPhrase() {
    List<String> flagged = DESCRIPTIONS.stream().filter(d -> DEFAULTS.match(d).isPresent()).toList();
    qt().withExamples(300)
        .forAll(integers().between(0, flagged.size() - 1), integers().between(0, flagged.size() - 1))
        .check(
            (i, j) -> {
              TrivialMatch first = DEFAULTS.match(flagged.get(i)).orElseThrow();
              TrivialMatch second = DEFAULTS.match(flagged.get(j)).orElseThrow();
              TrivialMatch expected =
                  first.rule() == TrivialRule.WORDING && second.rule() == TrivialRule.PHRASE ? second : first;
              return DEFAULTS.match(flagged.get(i) + "；" + flagged.get(j)).equals(Optional.of(expected));
            });
  }

  @Test
  void theSameTextAlwaysGivesTheSameMatch() {
    qt().withExamples(100)
        .forAll(integers().between(0, DESCRIPTIONS.size() - 1))
        .check(i -> DEFAULTS.match(new StringBuilder(description(i))).equals(DEFAULTS.match(description(i))));
  }
}
