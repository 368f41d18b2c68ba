package io.github.zouliucheng.walk.analytics;

/** The rule of {@link TrivialMatcher} by which a description is trivial. */
enum TrivialRule {
  /**
   * The description contains one of {@link TrivialLexicon#phrases()}; the flag it gives is {@link
   * Judgment#TRIVIAL_PHRASE}.
   */
  PHRASE,
  /**
   * One clause of the description holds, close together, an {@linkplain TrivialLexicon#objects()
   * object} and a {@linkplain TrivialLexicon#deficiencies() deficiency}, a {@linkplain
   * TrivialLexicon#blemishes() blemish} or a {@linkplain TrivialLexicon#failures() failure}, or a
   * {@linkplain TrivialLexicon#fixtures() fixture} and a blemish.
   */
  WORDING
}
