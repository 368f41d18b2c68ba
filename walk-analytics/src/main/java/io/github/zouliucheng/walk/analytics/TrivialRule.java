package io.github.zouliucheng.walk.analytics;

/** The rule of {@link TrivialMatcher} by which a description is trivial. */
enum TrivialRule {
  /**
   * The description contains one of {@link TrivialLexicon#phrases()}; the flag it gives is {@link
   * Judgment#TRIVIAL_PHRASE}.
   */
  PHRASE,
  /**
   * One clause of the description holds an {@linkplain TrivialLexicon#objects() object} and a
   * {@linkplain TrivialLexicon#deficiencies() deficiency} or {@linkplain TrivialLexicon#untidiness()
   * untidiness}, or a {@linkplain TrivialLexicon#fixtures() fixture} and an untidiness, close together.
   */
  WORDING
}
