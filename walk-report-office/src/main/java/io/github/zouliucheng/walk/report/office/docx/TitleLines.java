package io.github.zouliucheng.walk.report.office.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a title into lines by sense, as GB/T 9704 asks of a title (回行时，要做到词意完整，排列对称，长短适宜):
 * the fewest lines that fit, broken only at natural points (after 关于…年, 季度 or 月, before a
 * quotation or before 情况的通报 and the like), and among those the most even; a point inside a word
 * is used only when no natural point fits, and never inside a number, a Latin word or a quotation.
 */
final class TitleLines {
  private static final int UNBREAKABLE = 1_000_000;
  private static final int AWKWARD = 1_000;

  private TitleLines() {}

  /** Returns the lines of {@code title} for a line of {@code width} half-ems. */
  static List<String> split(String title, int width) {
    int[] codePoints = title.codePoints().toArray();
    int n = codePoints.length;
    int[] prefix = new int[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + Widths.of(codePoints[i]);
    }
    if (prefix[n] <= width) {
      return List.of(title);
    }
    int[] penalty = new int[n + 1];
    boolean inQuote = false;
    for (int i = 1; i < n; i++) {
      if (codePoints[i - 1] == '“') {
        inQuote = true;
      }
      if (codePoints[i - 1] == '”') {
        inQuote = false;
      }
      penalty[i] = penalty(codePoints, i, inQuote);
    }
    // best[i]: lines, penalty and widest line of the best breaking of the first i characters
    long[] best = new long[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    best[0] = 0;
    for (int end = 1; end <= n; end++) {
      int cost = end == n ? 0 : penalty[end];
      if (cost >= UNBREAKABLE) {
        continue;
      }
      for (int start = end - 1; start >= 0; start--) {
        int lineWidth = prefix[end] - prefix[start];
        if (lineWidth > width && end - start > 1) {
          break;
        }
        if (best[start] == Long.MAX_VALUE) {
          continue;
        }
        long lines = (best[start] >>> 40) + 1;
        long penalties = Math.min(((best[start] >>> 12) & 0xFFFFFFFL) + cost, 0xFFFFFFFL);
        long widest = Math.max(best[start] & 0xFFF, Math.min(lineWidth, 0xFFF));
        long candidate = (lines << 40) | (penalties << 12) | widest;
        if (candidate < best[end]) {
          best[end] = candidate;
          from[end] = start;
        }
      }
    }
    if (best[n] == Long.MAX_VALUE) {
      return List.of(title);
    }
    List<String> lines = new ArrayList<>();
    for (int end = n; end > 0; end = from[end]) {
      lines.add(0, new String(codePoints, from[end], end - from[end]));
    }
    return lines;
  }

  /** Returns the cost of a break before character {@code i}. */
  private static int penalty(int[] text, int i, boolean inQuote) {
    int before = text[i - 1];
    int after = text[i];
    if (isWordChar(before) && isWordChar(after)) {
      return UNBREAKABLE;
    }
    if (isClosing(after) || before == '“' || before == '《' || before == '（') {
      return UNBREAKABLE;
    }
    if (inQuote) {
      return UNBREAKABLE;
    }
    if (i == 2 && before == '于' && text[0] == '关') {
      return 0;
    }
    if (before == '年' || before == '度' || before == '月' || before == '”' || before == '》' || before == '、'
        || before == '，' || after == '“' || after == '《' || startsWith(text, i, "情况的通报")
        || startsWith(text, i, "的通报") || startsWith(text, i, "关于")) {
      return 0;
    }
    return AWKWARD;
  }

  private static boolean startsWith(int[] text, int i, String word) {
    int[] codePoints = word.codePoints().toArray();
    if (i + codePoints.length > text.length) {
      return false;
    }
    for (int k = 0; k < codePoints.length; k++) {
      if (text[i + k] != codePoints[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(int c) {
    return (c < 0x80 && Character.isLetterOrDigit(c)) || c == '.' || c == '%';
  }

  private static boolean isClosing(int c) {
    return "，。、；：？！”’）》〕】…—%".indexOf(c) >= 0;
  }
}
