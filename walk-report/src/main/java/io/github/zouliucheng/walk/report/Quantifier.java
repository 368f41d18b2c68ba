package io.github.zouliucheng.walk.report;

import io.github.zouliucheng.walk.analytics.Ratio;

/**
 * The word that says how many of a group a statement is about (个别, 部分, 多数, 所有), chosen from
 * the share it rests on and never written by hand, so that "个别" never stands before nine in ten.
 *
 * <h2>Policy</h2>
 *
 * <table>
 *   <caption>Quantifier by share</caption>
 *   <tr><th>Share</th><th>Chinese</th><th>English</th></tr>
 *   <tr><td>above 0 and below 10 %</td><td>个别</td><td>a few</td></tr>
 *   <tr><td>10 % and above, up to half</td><td>部分</td><td>some</td></tr>
 *   <tr><td>above half, below 100 %</td><td>多数</td><td>most</td></tr>
 *   <tr><td>100 %</td><td>所有</td><td>all</td></tr>
 * </table>
 *
 * The share is the exact fraction, not its rounded percentage: 9.96 % is 个别 though printed as
 * "10.0%". A share of nothing has no quantifier: a statement about none is not made.
 */
public enum Quantifier {
  /** Above 0 and below 10 %: 个别, "a few". */
  FEW("个别", "a few"),
  /** 10 % and above, up to half: 部分, "some". */
  SOME("部分", "some"),
  /** Above half, below 100 %: 多数, "most" (a majority; one of two is not). */
  MOST("多数", "most"),
  /** 100 %: 所有, "all". */
  ALL("所有", "all");

  private final String chinese;
  private final String english;

  Quantifier(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Returns the quantifier of {@code count} out of {@code total}.
   *
   * @throws IllegalArgumentException if {@code count} is not between 1 and {@code total}
   */
  public static Quantifier of(long count, long total) {
    if (count < 1 || count > total) {
      throw new IllegalArgumentException(
          "quantifier: count must be between 1 and the total " + total + ", was " + count);
    }
    if (count == total) {
      return ALL;
    }
    if (count * 10 < total) {
      return FEW;
    }
    return count * 2 <= total ? SOME : MOST;
  }

  /**
   * Returns the quantifier of {@code share}.
   *
   * @throws IllegalArgumentException if the share's numerator is 0
   */
  public static Quantifier of(Ratio share) {
    return of(share.numerator(), share.denominator());
  }

  /** Returns the word in {@code language}: 个别, 部分, 多数, 所有; or "a few", "some", "most", "all". */
  public String word(Language language) {
    return language == Language.ZH_CN ? chinese : english;
  }
}
