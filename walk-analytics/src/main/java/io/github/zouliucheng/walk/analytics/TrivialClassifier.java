package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.Walk;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides whether a finding is trivial (发现问题浮浅), by two explainable rules of the {@link Policy}:
 *
 * <ol>
 *   <li>{@link Judgment#TRIVIAL_CATEGORY}: the finding's category is one of {@link
 *       Policy#trivialCategories()}; the flag's detail is the category's code.
 *   <li>{@link Judgment#TRIVIAL_PHRASE}: the finding's description contains one of {@link
 *       Policy#trivialPhrases()}; the flag's detail is the phrase as the policy writes it, the first
 *       in policy order when several match.
 * </ol>
 *
 * <p>A finding is trivial when either rule matches; when both match it gets one flag per rule.
 *
 * <h2>Matching text</h2>
 *
 * Descriptions and phrases are both {@linkplain #normalize(CharSequence) normalised} before a phrase
 * is looked for: Unicode NFKC (so full-width letters, digits and punctuation equal their half-width
 * forms, and the ideographic space is a space), then every whitespace, space-separator and format
 * character (for example U+3000, U+00A0, U+200B) is removed. Matching is then exact, character by
 * character: it does not depend on the default locale and does not fold case. A phrase that is empty
 * once normalised would match everything, so it is ignored.
 *
 * <h2>Cost</h2>
 *
 * Phrases are normalised once and bucketed by their first character. Looking up a description costs
 * one pass over it: a bit set rejects most characters at once, and at the others only the phrases
 * that start with that character are tried, in policy order, until one matches. The
 * usual description (ASCII, CJK ideographs and common CJK punctuation, full-width ASCII forms) is
 * normalised without {@link Normalizer}, which is used only when another character appears.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class TrivialClassifier {
  private final boolean[] trivialCategory;
  private final ImmutableList<String> phrases;
  private final char[][] normalised;
  /** Distinct first characters of the normalised phrases, sorted. */
  private final char[] firsts;
  /** For each first character, the indices of the phrases starting with it, ascending. */
  private final int[][] byFirst;
  /** A bit per UTF-16 code unit: set when some phrase starts with it. */
  private final long[] startsSome = new long[1 << 10];

  TrivialClassifier(Policy policy) {
    this.trivialCategory = new boolean[FindingCategory.values().length];
    for (FindingCategory c : policy.trivialCategories()) {
      trivialCategory[c.ordinal()] = true;
    }
    this.phrases = policy.trivialPhrases();
    this.normalised = new char[phrases.size()][];
    TreeMap<Character, List<Integer>> buckets = new TreeMap<>();
    for (int i = 0; i < phrases.size(); i++) {
      char[] p = normalize(phrases.get(i)).toCharArray();
      normalised[i] = p;
      if (p.length > 0) {
        buckets.computeIfAbsent(p[0], k -> new ArrayList<>()).add(i);
      }
    }
    this.firsts = new char[buckets.size()];
    this.byFirst = new int[buckets.size()][];
    int k = 0;
    for (var e : buckets.entrySet()) {
      firsts[k] = e.getKey();
      startsSome[e.getKey() >>> 6] |= 1L << e.getKey();
      byFirst[k] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      k++;
    }
  }

  /** Checks if {@code finding} is trivial by either rule. */
  boolean isTrivial(Finding finding) {
    return categoryMatches(finding) || phraseIndex(finding.description()) >= 0;
  }

  /** Checks if {@code finding}'s category is one of the policy's trivial categories. */
  boolean categoryMatches(Finding finding) {
    return trivialCategory[finding.category().ordinal()];
  }

  /**
   * Returns the first phrase of the policy, in policy order and as the policy writes it, that the
   * normalised {@code description} contains.
   */
  Optional<String> phrase(CharSequence description) {
    int i = phraseIndex(description);
    return i < 0 ? Optional.empty() : Optional.of(phrases.get(i));
  }

  /**
   * Returns the flags of {@code finding}, found on {@code walk} if present: none when it is not
   * trivial, one per rule that matched otherwise (category first).
   */
  List<Flag> flags(Finding finding, Optional<Walk> walk) {
    boolean category = categoryMatches(finding);
    int phrase = phraseIndex(finding.description());
    if (!category && phrase < 0) {
      return List.of();
    }
    ImmutableSortedSet<String> findingIds = ImmutableSortedSet.of(finding.id());
    ImmutableSortedSet<String> walkIds =
        walk.map(w -> ImmutableSortedSet.of(w.id())).orElse(ImmutableSortedSet.of());
    ImmutableSortedSet<String> memberIds =
        walk.map(w -> ImmutableSortedSet.of(w.leaderId())).orElse(ImmutableSortedSet.of());
    ImmutableSortedSet<String> unitIds =
        walk.map(w -> ImmutableSortedSet.of(w.unitId(), finding.responsibleUnitId()))
            .orElse(ImmutableSortedSet.of(finding.responsibleUnitId()));
    List<Flag> flags = new ArrayList<>(2);
    if (category) {
      flags.add(flag(Judgment.TRIVIAL_CATEGORY, finding, finding.category().code(), walkIds, findingIds, memberIds, unitIds, walk));
    }
    if (phrase >= 0) {
      flags.add(flag(Judgment.TRIVIAL_PHRASE, finding, phrases.get(phrase), walkIds, findingIds, memberIds, unitIds, walk));
    }
    return flags;
  }

  private static Flag flag(
      Judgment judgment,
      Finding finding,
      String detail,
      ImmutableSortedSet<String> walkIds,
      ImmutableSortedSet<String> findingIds,
      ImmutableSortedSet<String> memberIds,
      ImmutableSortedSet<String> unitIds,
      Optional<Walk> walk) {
    return Flag.of(judgment, finding.id())
        .addWords(detail)
        .ownerUnitIds(walk.map(w -> ImmutableSortedSet.of(w.unitId())).orElse(ImmutableSortedSet.of(finding.responsibleUnitId())))
        .ownerMemberIds(memberIds)
        .walkIds(walkIds)
        .findingIds(findingIds)
        .memberIds(memberIds)
        .unitIds(unitIds)
        .build();
  }

  /** Returns the index of the first policy phrase the description contains, or -1. */
  int phraseIndex(CharSequence description) {
    if (firsts.length == 0) {
      return -1;
    }
    char[] text = normalizedChars(description);
    int length = text.length;
    int best = Integer.MAX_VALUE;
    for (int at = 0; at < length && best > 0; at++) {
      char c = text[at];
      if ((startsSome[c >>> 6] & 1L << c) == 0) {
        continue;
      }
      int bucket = Arrays.binarySearch(firsts, c);
      for (int p : byFirst[bucket]) {
        if (p >= best) {
          break;
        }
        if (startsWith(text, length, at, normalised[p])) {
          best = p;
          break;
        }
      }
    }
    return best == Integer.MAX_VALUE ? -1 : best;
  }

  private static boolean startsWith(char[] text, int length, int at, char[] phrase) {
    if (length - at < phrase.length) {
      return false;
    }
    for (int i = 1; i < phrase.length; i++) {
      if (text[at + i] != phrase[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code text} in NFKC with every whitespace, space-separator and format character removed:
   * the form in which phrases are looked for.
   */
  static String normalize(CharSequence text) {
    return new String(normalizedChars(text));
  }

  private static char[] normalizedChars(CharSequence text) {
    int n = text.length();
    char[] out = new char[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7f || c >= 0x4e00 && c <= 0x9fff || c >= 0x3400 && c <= 0x4dbf || stableCjkPunctuation(c)) {
        out[k++] = c;
      } else if (c >= 0xff01 && c <= 0xff5e) {
        out[k++] = (char) (c - 0xfee0); // full-width ASCII: its NFKC form is the ASCII character
      } else if (c == ' ' || c == '\u3000' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f) {
        // whitespace, removed
      } else {
        return slowNormalized(text);
      }
    }
    return k == n ? out : Arrays.copyOf(out, k);
  }

  /** Checks if {@code c} is common CJK punctuation that NFKC leaves unchanged. */
  private static boolean stableCjkPunctuation(char c) {
    return c == '\u3001' // 、
        || c == '\u3002' // 。
        || c >= '\u300a' && c <= '\u3011' // 《》「」『』【】
        || c >= '\u2018' && c <= '\u2019' // ‘’
        || c >= '\u201c' && c <= '\u201d'; // “”
  }

  private static char[] slowNormalized(CharSequence text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(nfkc.length());
    nfkc.codePoints().filter(cp -> !invisible(cp)).forEach(b::appendCodePoint);
    char[] out = new char[b.length()];
    b.getChars(0, b.length(), out, 0);
    return out;
  }

  /** Checks if {@code codePoint} is removed before matching: whitespace, a space separator or a format character. */
  static boolean invisible(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.FORMAT;
  }
}
