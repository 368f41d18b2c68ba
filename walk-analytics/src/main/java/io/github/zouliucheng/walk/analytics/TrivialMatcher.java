package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides whether a finding's description is trivial (发现问题浮浅) by the words of a {@link
 * TrivialLexicon}, and says which words decided it.
 *
 * <h2>The rule</h2>
 *
 * The description and every lexicon entry are {@linkplain TrivialText normalised} (NFKC, whitespace
 * removed), and entries are looked for as exact substrings. An occurrence that lies inside a longer
 * occurrence of a {@linkplain TrivialLexicon#masks() mask} is not seen: in 卫生健康委 there is no
 * 卫生, in 身份 no 份. The description is cut into clauses at {@code ，。；、：！？} (and their ASCII
 * forms {@code ,;:!?}); two words are <em>close</em> when they lie in one clause, do not overlap and
 * have at most {@value #WINDOW} characters between them. A <em>topic</em> is an {@linkplain
 * TrivialLexicon#objects() object} or a {@linkplain TrivialLexicon#fixtures() fixture}. Then, in this
 * order:
 *
 * <ol>
 *   <li>If an {@linkplain TrivialLexicon#exclusions() exclusion} occurs anywhere, the description is
 *       not trivial: a finding that names a wait, a process step, trips or materials, a hazard,
 *       service information or harm to citizens is substantive even where it also speaks of dirt or
 *       posters (the labelling guide's "passing mentions"). Exclusions act on the whole text, not per
 *       clause, so that a mixed finding is never flagged, with two exceptions, both the clerk's
 *       wrapping rather than a finding:
 *       <ul>
 *         <li>an exclusion in the <em>lead-in</em>, the text before the end of the first {@linkplain
 *             TrivialLexicon#leadIns() lead-in} ("办理社保卡时发现", "以企业身份走流程时发现"), provided the
 *             lead-in comes before every other word of the lexicon and holds no digit (a lead-in
 *             that counts minutes, copies or trips reports a finding);
 *         <li>an exclusion in the <em>span</em> of an {@linkplain TrivialLexicon#assurances()
 *             assurance} ("业务办理正常", "不影响办事"): its clause, cut further at 但 and 却 so
 *             that "不影响办理，但需排队" keeps its veto. An assurance right after a negation (不, 未,
 *             没, 无, 非, 不能, 未能, 没能, 无法, 没法, 难以) is no assurance but an exclusion,
 *             reported as the assurance: "复印机不能正常使用" is vetoed by 正常使用.
 *       </ul>
  *   <li>If a {@linkplain TrivialLexicon#failures() failure} has a fixture as its nearest close topic
 *       (a fixture winning a tie), the description is not trivial: too few seats, an extinguisher
 *       expired or missing.
 *   <li>If a {@linkplain TrivialLexicon#phrases() phrase} occurs, it is trivial by {@link
 *       TrivialRule#PHRASE}.
 *   <li>If an object is close to a {@linkplain TrivialLexicon#deficiencies() deficiency}, a
 *       {@linkplain TrivialLexicon#blemishes() blemish} or a failure, or a fixture close to a
 *       blemish, in either order, it is trivial by {@link TrivialRule#WORDING}. When the
 *       description holds an assurance, a fixture close to a deficiency is trivial too: wear the
 *       clerk says does not stop use ("柜门松动，不影响使用") is the guide's minor wear.
 * </ol>
 *
 * <h2>Which words are reported</h2>
 *
 * The result is deterministic. Occurrences are ordered by where they start, then longer first, then
 * by lexicon order (the lists in the order of the table in {@link TrivialLexicon}, then the entry's
 * index in its list). The phrase reported is the first occurrence in that order. The pair reported
 * is taken from the first clause that has one; within it, the pair with the fewest characters
 * between its words, then the one whose earlier word comes first in that order, then the one whose
 * later word does. Its {@linkplain TrivialMatch#words() words} are the topic, then the other word,
 * as the lexicon writes them.
 *
 * <h2>Cost</h2>
 *
 * Entries are normalised once and bucketed by their first character. A description costs one
 * pass: a bit set rejects most characters at once; at the others only the entries starting with
 * that character are compared. Exclusions, assurances and the lead-in are kept as positions and
 * weighed after the pass. Failures and pairs are then
 * looked at among the few occurrences of one clause.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class TrivialMatcher {
  /** The most characters between the two words of a pair. */
  static final int WINDOW = 10;


  /* The lists; the reported ones (phrases to failures) numbered in the order of TrivialLexicon's table. */
  private static final int MASK = 0;
  private static final int EXCLUSION = 1;
  private static final int PHRASE = 2;
  private static final int OBJECT = 3;
  private static final int FIXTURE = 4;
  private static final int DEFICIENCY = 5;
  private static final int BLEMISH = 6;
  private static final int FAILURE = 7;
  private static final int ASSURANCE = 8;
  private static final int LEAD_IN = 9;

  private final TrivialLexicon lexicon;
  /** Per entry: its list, its text as the lexicon writes it, and normalised. */
  private final int[] kinds;
  private final String[] written;
  private final char[][] normalised;
  /** Distinct first characters of the normalised entries, sorted. */
  private final char[] firsts;
  /**
   * For each first character, its entries: masks first, then the others by length descending, list
   * and index.
   */
  private final int[][] byFirst;
  /** A bit per UTF-16 code unit: set when some entry starts with it. */
  private final long[] startsSome = new long[1 << 10];

  /** Makes a matcher of {@code lexicon}. */
  TrivialMatcher(TrivialLexicon lexicon) {
    this.lexicon = lexicon;
    List<Integer> kindList = new ArrayList<>();
    List<String> writtenList = new ArrayList<>();
    List<char[]> normalisedList = new ArrayList<>();
    List<ImmutableList<String>> lists =
        List.of(
            lexicon.masks(),
            lexicon.exclusions(),
            lexicon.phrases(),
            lexicon.objects(),
            lexicon.fixtures(),
            lexicon.deficiencies(),
            lexicon.blemishes(),
            lexicon.failures(),
            lexicon.assurances(),
            lexicon.leadIns());
    for (int kind = 0; kind < lists.size(); kind++) {
      Set<String> seen = new HashSet<>();
      for (String entry : lists.get(kind)) {
        String n = TrivialText.normalize(entry);
        if (seen.add(n)) { // a duplicate once normalised can never come first: dropped
          kindList.add(kind);
          writtenList.add(entry);
          normalisedList.add(n.toCharArray());
        }
      }
    }
    this.kinds = kindList.stream().mapToInt(Integer::intValue).toArray();
    this.written = writtenList.toArray(new String[0]);
    this.normalised = normalisedList.toArray(new char[0][]);
    TreeMap<Character, List<Integer>> buckets = new TreeMap<>();
    for (int e = 0; e < normalised.length; e++) {
      buckets.computeIfAbsent(normalised[e][0], k -> new ArrayList<>()).add(e);
    }
    Comparator<Integer> order =
        Comparator.<Integer>comparingInt(e -> kinds[e] == MASK ? 0 : 1)
            .thenComparingInt(e -> -normalised[e].length)
            .thenComparingInt(e -> e); // entries are numbered by list, then index
    this.firsts = new char[buckets.size()];
    this.byFirst = new int[buckets.size()][];
    int k = 0;
    for (var b : buckets.entrySet()) {
      char c = b.getKey();
      firsts[k] = c;
      startsSome[c >>> 6] |= 1L << c;
      byFirst[k] = b.getValue().stream().sorted(order).mapToInt(Integer::intValue).toArray();
      k++;
    }
  }

  /** Returns the matcher of {@link TrivialLexicon#defaults()}. */
  static TrivialMatcher defaults() {
    return TrivialLexicon.defaults().matcher();
  }

  /** Returns the lexicon this matcher uses. */
  TrivialLexicon lexicon() {
    return lexicon;
  }

  /** Returns why {@code description} is trivial, or empty when it is not. */
  Optional<TrivialMatch> match(CharSequence description) {
    Scan s = scan(description);
    if (s.vetoingExclusion() >= 0 || s.fixtureFails() >= 0) {
      return Optional.empty();
    }
    if (s.phrase >= 0) {
      return Optional.of(TrivialMatch.of(TrivialRule.PHRASE, ImmutableList.of(written[s.phrase])));
    }
    return s.pair();
  }

  /**
   * Returns what vetoes {@code description}, as the lexicon writes it, or empty when nothing does:
   * the first exclusion outside the lead-in and outside every assurance's span; or else the first failure (in the order of the class documentation) whose
   * nearest close topic is a fixture, as that fixture and the failure. This is why a description
   * with trivial wording is not flagged.
   */
  Optional<ImmutableList<String>> veto(CharSequence description) {
    Scan s = scan(description);
    int exclusion = s.vetoingExclusion();
    if (exclusion >= 0) {
      return Optional.of(ImmutableList.of(written[exclusion]));
    }
    int failure = s.fixtureFails();
    return failure < 0
        ? Optional.empty()
        : Optional.of(ImmutableList.of(written[s.entries[s.nearest(failure)]], written[s.entries[failure]]));
  }

  private Scan scan(CharSequence description) {
    char[] text = TrivialText.normalizedChars(description);
    Scan s = new Scan();
    int length = text.length;
    int clause = 0;
    int span = 0; // clauses, cut further at 但 and 却: the reach of an assurance
    int maskEnd = 0; // the furthest end of a mask started so far
    int maskEndStart = 0; // the earliest start of a mask reaching maskEnd
    for (int at = 0; at < length; at++) {
      char c = text[at];
      if (separator(c)) {
        clause++;
        span++;
        continue;
      }
      if (c == '\u4f46' || c == '\u5374') { // 但, 却
        span++;
      }
      if ((startsSome[c >>> 6] & 1L << c) == 0) {
        continue;
      }
      for (int e : byFirst[Arrays.binarySearch(firsts, c)]) {
        char[] entry = normalised[e];
        if (!startsWith(text, length, at, entry)) {
          continue;
        }
        int end = at + entry.length;
        int kind = kinds[e];
        if (kind == MASK) {
          if (end > maskEnd) {
            maskEnd = end;
            maskEndStart = at;
          }
          continue;
        }
        if (end < maskEnd || end == maskEnd && maskEndStart < at) {
          continue; // inside a longer mask
        }
        if (kind == EXCLUSION) {
          s.addExclusion(e, at, span);
        } else if (kind == ASSURANCE) {
          if (negated(text, at)) {
            s.addExclusion(e, at, span); // "不能正常使用" states that something could not be done
          } else {
            s.assure(span);
          }
        } else if (kind == LEAD_IN) {
          if (s.leadInEnd < 0 && s.count == 0 && s.phrase < 0) { // only the first, before any trivial word
            s.leadInEnd = digitBefore(text, end) ? 0 : end;
          }
        } else if (kind == PHRASE) {
          if (s.phrase < 0) {
            s.phrase = e;
          }
        } else {
          s.add(e, at, end, clause);
        }
      }
    }
    return s;
  }

  /** Checks if a negation (不, 未, 没, 无, 非, 不能, 未能, 没能, 无法, 没法, 难以) ends right before {@code at}. */
  private static boolean negated(char[] text, int at) {
    if (at >= 1 && "\u4e0d\u672a\u6ca1\u65e0\u975e".indexOf(text[at - 1]) >= 0) {
      return true;
    }
    if (at < 2) {
      return false;
    }
    String two = new String(text, at - 2, 2);
    return NEGATIONS.contains(two);
  }

  private static final Set<String> NEGATIONS = Set.of("不能", "未能", "没能", "无法", "没法", "难以");

  /** Checks if an ASCII digit occurs before {@code end}: such a lead-in counts something. */
  private static boolean digitBefore(char[] text, int end) {
    for (int i = 0; i < end; i++) {
      if (text[i] >= '0' && text[i] <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean separator(char c) {
    switch (c) {
      case ',':
      case '\u3002': // 。
      case ';':
      case '\u3001': // 、
      case ':':
      case '!':
      case '?':
        return true;
      default:
        return false;
    }
  }

  private static boolean startsWith(char[] text, int length, int at, char[] entry) {
    if (length - at < entry.length) {
      return false;
    }
    for (int i = 1; i < entry.length; i++) {
      if (text[at + i] != entry[i]) {
        return false;
      }
    }
    return true;
  }

  /** What one pass over a description found; occurrences in the order of the class documentation. */
  private final class Scan {
    int phrase = -1;
    /** The end of the lead-in, 0 when a lead-in holds a digit, -1 when there is none. */
    int leadInEnd = -1;
    /** The exclusions seen, with where they start and their span. */
    int exclusionCount;
    int[] exclusions = new int[4];
    int[] exclusionStarts = new int[4];
    int[] exclusionSpans = new int[4];
    /** The spans holding an assurance. */
    final java.util.BitSet assured = new java.util.BitSet();

    void addExclusion(int entry, int start, int span) {
      if (exclusionCount == exclusions.length) {
        exclusions = Arrays.copyOf(exclusions, exclusionCount * 2);
        exclusionStarts = Arrays.copyOf(exclusionStarts, exclusionCount * 2);
        exclusionSpans = Arrays.copyOf(exclusionSpans, exclusionCount * 2);
      }
      exclusions[exclusionCount] = entry;
      exclusionStarts[exclusionCount] = start;
      exclusionSpans[exclusionCount] = span;
      exclusionCount++;
    }

    void assure(int span) {
      assured.set(span);
    }

    boolean anyAssurance() {
      return !assured.isEmpty();
    }

    /**
     * Returns the first exclusion that is neither in the lead-in nor in an assurance's span, or -1
     * when there is none.
     */
    int vetoingExclusion() {
      for (int x = 0; x < exclusionCount; x++) {
        if (exclusionStarts[x] < leadInEnd || assured.get(exclusionSpans[x])) {
          continue;
        }
        return exclusions[x];
      }
      return -1;
    }

    int count;
    int[] entries = new int[8];
    int[] starts = new int[8];
    int[] ends = new int[8];
    int[] clauses = new int[8];

    void add(int entry, int start, int end, int clause) {
      if (count == entries.length) {
        entries = Arrays.copyOf(entries, count * 2);
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        clauses = Arrays.copyOf(clauses, count * 2);
      }
      entries[count] = entry;
      starts[count] = start;
      ends[count] = end;
      clauses[count] = clause;
      count++;
    }

    /**
     * Returns the first failure whose nearest close topic is a fixture, a fixture winning a tie, or
     * -1 when there is none.
     */
    int fixtureFails() {
      for (int f = 0; f < count; f++) {
        if (kinds[entries[f]] == FAILURE) {
          int t = nearest(f);
          if (t >= 0 && kinds[entries[t]] == FIXTURE) {
            return f;
          }
        }
      }
      return -1;
    }

    /**
     * Returns the topic closest to occurrence {@code f} in its clause, at most {@value #WINDOW}
     * characters away and not overlapping it: of several equally close, a fixture, then the first in
     * order; -1 when there is none.
     */
    int nearest(int f) {
      int best = -1;
      int bestGap = Integer.MAX_VALUE;
      for (int t = 0; t < count; t++) {
        int kind = kinds[entries[t]];
        if (clauses[t] != clauses[f] || kind != OBJECT && kind != FIXTURE) {
          continue;
        }
        int gap = gap(t, f);
        if (gap < 0 || gap > WINDOW) {
          continue;
        }
        if (gap < bestGap || gap == bestGap && kind == FIXTURE && kinds[entries[best]] != FIXTURE) {
          best = t;
          bestGap = gap;
        }
      }
      return best;
    }

    /** Returns the characters between occurrences {@code a} and {@code b}; negative when they overlap. */
    int gap(int a, int b) {
      return starts[a] <= starts[b] ? starts[b] - ends[a] : starts[a] - ends[b];
    }

    Optional<TrivialMatch> pair() {
      for (int from = 0, to; from < count; from = to) {
        to = from + 1;
        while (to < count && clauses[to] == clauses[from]) {
          to++;
        }
        int bestA = -1;
        int bestB = -1;
        int bestGap = Integer.MAX_VALUE;
        for (int a = from; a < to; a++) {
          for (int b = a + 1; b < to && starts[b] - ends[a] <= WINDOW; b++) {
            int gap = starts[b] - ends[a];
            if (gap >= 0 && gap < bestGap && pairs(kinds[entries[a]], kinds[entries[b]], anyAssurance())) {
              bestA = a;
              bestB = b;
              bestGap = gap;
            }
          }
        }
        if (bestA >= 0) {
          boolean topicFirst = kinds[entries[bestA]] == OBJECT || kinds[entries[bestA]] == FIXTURE;
          int topic = topicFirst ? bestA : bestB;
          int other = topicFirst ? bestB : bestA;
          return Optional.of(
              TrivialMatch.of(TrivialRule.WORDING, ImmutableList.of(written[entries[topic]], written[entries[other]])));
        }
      }
      return Optional.empty();
    }
  }

  /*
   * An object with a deficiency, a blemish or a failure; a fixture with a blemish, or with a
   * deficiency when the description holds an assurance; in either order.
   */
  private static boolean pairs(int x, int y, boolean assured) {
    return topicWith(x, y, assured) || topicWith(y, x, assured);
  }

  private static boolean topicWith(int topic, int other, boolean assured) {
    return topic == OBJECT && (other == DEFICIENCY || other == BLEMISH || other == FAILURE)
        || topic == FIXTURE && (other == BLEMISH || assured && other == DEFICIENCY);
  }
}
