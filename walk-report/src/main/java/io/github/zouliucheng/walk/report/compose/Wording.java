package io.github.zouliucheng.walk.report.compose;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleans the user's words before a sentence quotes them: drops the clerk's own lead-in ("经体验发现，")
 * where the sentence already says how the leader came upon the problem ("…时发现，"), and drops
 * repeated measures and matters, so that no sentence stutters.
 */
final class Wording {
  /**
   * The endings of a clerk's lead-in: the first clause of a description that ends in one, at most
   * {@value #MAX_LEAD_IN} characters long and without a negation, says how the problem was found,
   * not what it is ("以普通群众身份办理时发现，…", "走流程过程中发现…", "暗访发现…").
   */
  static final ImmutableList<String> LEAD_IN_ENDINGS =
      ImmutableList.of(
          "时发现", "中发现", "后发现", "经体验发现", "体验发现", "暗访发现", "检查发现", "走访发现", "调研发现",
          "时看到", "中看到", "时了解到", "中了解到");

  /** The longest lead-in dropped, in characters, its ending and punctuation included. */
  static final int MAX_LEAD_IN = 20;

  private static final String CLAUSE_ENDS = "，,。；;：:！!？?";
  private static final ImmutableList<String> NEGATIONS = ImmutableList.of("未", "没", "不", "无");

  private Wording() {}

  /**
   * Returns {@code text} without its lead-in, if it starts with one (see {@link #LEAD_IN_ENDINGS});
   * otherwise {@code text} itself. Never returns an empty text: a description that is all lead-in is
   * kept whole.
   */
  static String withoutLeadIn(String text) {
    int clauseEnd = text.length();
    for (int i = 0; i < text.length(); i++) {
      if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        clauseEnd = i;
        break;
      }
    }
    int best = -1;
    for (String ending : LEAD_IN_ENDINGS) {
      int at = text.indexOf(ending);
      if (at >= 0 && at + ending.length() <= clauseEnd && at + ending.length() <= MAX_LEAD_IN) {
        best = Math.max(best, at + ending.length());
      }
    }
    if (best < 0) {
      return text;
    }
    String lead = text.substring(0, best);
    for (String negation : NEGATIONS) {
      if (lead.contains(negation)) {
        return text;
      }
    }
    int rest = best;
    while (rest < text.length() && CLAUSE_ENDS.indexOf(text.charAt(rest)) >= 0) {
      rest++;
    }
    return rest < text.length() ? text.substring(rest) : text;
  }

  /**
   * Returns {@code items} without repeats, in their first order: two items are the same when they
   * are equal once trimmed and stripped of a closing punctuation mark.
   */
  static List<String> distinct(List<String> items) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> kept = new ArrayList<>(items.size());
    for (String item : items) {
      if (seen.add(sentenceBody(item.strip()))) {
        kept.add(item);
      }
    }
    return kept;
  }

  /** Returns {@code text} without its closing punctuation, to be continued in a sentence. */
  static String sentenceBody(String text) {
    String t = text;
    while (!t.isEmpty() && "。.；;，,".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
