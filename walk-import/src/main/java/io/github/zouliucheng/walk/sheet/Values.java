package io.github.zouliucheng.walk.sheet;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.zouliucheng.walk.model.Coded;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Rule;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of cells: dates and times in their common Chinese spellings, yes/no, the words
 * of the model's enums, and lists. Each failure is a {@link BadCell} whose reason completes the
 * sentence "header "value" …".
 */
final class Values {

  /** The spellings of dates, for messages. */
  static final String DATE_SPELLINGS = "2023-01-05, 2023/1/5, 2023.1.5, 2023年1月5日 or 20230105";

  private static final Pattern DATE_SEPARATED =
      Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern DATE_CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?");
  private static final Pattern DATE_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern TRAILING_TIME =
      Pattern.compile("(.*\\S)\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  private static final Pattern TIME_COLON = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  private static final Pattern TIME_CHINESE =
      Pattern.compile("(\\d{1,2})[时点](?:(\\d{1,2})分?|(半))?");
  private static final Pattern EFFECT =
      Pattern.compile(
          "(.*?\\S)\\s*[:：]\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*(?:→|->|=>|－>|—>)\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*(\\S.*)",
          Pattern.DOTALL);
  private static final Splitter PARTS =
      Splitter.onPattern("[;；\\r\\n]+").trimResults(CharMatcher.whitespace()).omitEmptyStrings();
  private static final ImmutableSet<String> YES =
      ImmutableSet.of("是", "是的", "y", "yes", "true", "1", "√", "✓", "✔", "有");
  private static final ImmutableSet<String> NO =
      ImmutableSet.of("否", "不是", "n", "no", "false", "0", "×", "✗", "✘", "无");
  private static final ImmutableSet<String> NONE =
      ImmutableSet.of("无", "否", "没有", "不涉及", "-", "—", "--", "/", "未突破");

  /** A cell whose value breaks its column's rule. */
  static final class BadCell extends Exception {
    private static final long serialVersionUID = 1L;

    private final Rule rule;

    BadCell(Rule rule, String reason) {
      super(reason, null, false, false);
      this.rule = rule;
    }

    /** Returns the rule broken. */
    Rule rule() {
      return rule;
    }
  }

  private Values() {}

  /** Returns the cell's text without surrounding spaces. */
  static String text(SheetCell cell) {
    return Text.clean(cell.text());
  }

  /**
   * Reads a date: a date cell at midnight, an 8-digit number {@code 20230105}, or text in one of
   * {@link #DATE_SPELLINGS}, optionally followed by the time {@code 0:00} that spreadsheets add.
   */
  static LocalDate date(SheetCell cell) throws BadCell {
    switch (cell.type()) {
      case DATE_TIME:
        LocalDateTime dt = cell.dateTime().orElseThrow();
        requireMidnight(dt.toLocalTime());
        return dt.toLocalDate();
      case NUMBER:
        BigDecimal n = cell.number().orElseThrow();
        if (n.scale() <= 0 && n.precision() - n.scale() == 8) {
          return dateText(n.toPlainString());
        }
        throw new BadCell(
            Rule.INVALID_VALUE,
            "is a number, not a date; format the cell as a date or write it as " + DATE_SPELLINGS);
      default:
        return dateText(text(cell));
    }
  }

  private static LocalDate dateText(String text) throws BadCell {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    Matcher time = TRAILING_TIME.matcher(s);
    if (time.matches()) {
      requireMidnight(
          clock(
              Integer.parseInt(time.group(2)),
              Integer.parseInt(time.group(3)),
              time.group(4) == null ? 0 : Integer.parseInt(time.group(4))));
      s = time.group(1);
    }
    s = s.replaceAll("\\s+", "");
    for (Pattern p : List.of(DATE_CHINESE, DATE_COMPACT)) {
      Matcher m = p.matcher(s);
      if (m.matches()) {
        return day(m.group(1), m.group(2), m.group(3));
      }
    }
    Matcher m = DATE_SEPARATED.matcher(s);
    if (m.matches()) {
      return day(m.group(1), m.group(3), m.group(4));
    }
    throw new BadCell(Rule.INVALID_VALUE, "is not a date; write it as " + DATE_SPELLINGS);
  }

  private static LocalDate day(String year, String month, String day) throws BadCell {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new BadCell(
          Rule.INVALID_VALUE,
          String.format("is not a day of the calendar (year %s, month %s, day %s)", year, month, day));
    }
  }

  private static void requireMidnight(LocalTime t) throws BadCell {
    if (!t.equals(LocalTime.MIDNIGHT)) {
      throw new BadCell(
          Rule.INVALID_VALUE,
          "has a time of day (" + t + "); give the date alone and the time in 开始时间/结束时间");
    }
  }

  /**
   * Reads a time of day: a date-formatted cell's time, or text such as {@code 8:40}, {@code
   * 08:40:30}, {@code 8时40分}, {@code 8点半}, optionally after 上午, 下午, 晚上 and the like.
   */
  static LocalTime time(SheetCell cell) throws BadCell {
    if (cell.type() == SheetCell.Type.DATE_TIME) {
      return cell.dateTime().orElseThrow().toLocalTime();
    }
    String s = Normalizer.normalize(text(cell), Normalizer.Form.NFKC).replaceAll("\\s+", "");
    int lateHours = 0; // what a prefix adds to hours before noon
    int lateBefore = 12;
    for (String prefix : List.of("上午", "早上", "凌晨", "中午", "下午", "晚上")) {
      if (s.startsWith(prefix)) {
        if (!prefix.equals("上午") && !prefix.equals("早上") && !prefix.equals("凌晨")) {
          lateHours = 12;
          lateBefore = prefix.equals("中午") ? 11 : 12; // 中午11:30 stays before noon
        }
        s = s.substring(prefix.length());
        break;
      }
    }
    int hour;
    int minute;
    int second = 0;
    Matcher colon = TIME_COLON.matcher(s);
    Matcher chinese = TIME_CHINESE.matcher(s);
    if (colon.matches()) {
      hour = Integer.parseInt(colon.group(1));
      minute = Integer.parseInt(colon.group(2));
      second = colon.group(3) == null ? 0 : Integer.parseInt(colon.group(3));
    } else if (chinese.matches()) {
      hour = Integer.parseInt(chinese.group(1));
      minute =
          chinese.group(3) != null ? 30 : chinese.group(2) == null ? 0 : Integer.parseInt(chinese.group(2));
    } else {
      throw new BadCell(Rule.INVALID_VALUE, "is not a time of day; write it as 8:40, 14:30 or 8时40分");
    }
    if (hour < lateBefore) {
      hour += lateHours;
    }
    return clock(hour, minute, second);
  }

  private static LocalTime clock(int hour, int minute, int second) throws BadCell {
    try {
      return LocalTime.of(hour, minute, second);
    } catch (DateTimeException e) {
      throw new BadCell(
          Rule.INVALID_VALUE,
          String.format("is not a time of day (hour %d, minute %d, second %d)", hour, minute, second));
    }
  }

  /** Reads yes or no: 是/否, Y/N, yes/no, true/false, 1/0, √/×, or a true/false cell. */
  static boolean yesNo(SheetCell cell) throws BadCell {
    if (cell.type() == SheetCell.Type.BOOLEAN) {
      return cell.bool().orElseThrow();
    }
    String key = Text.key(cell.text());
    if (YES.contains(key)) {
      return true;
    }
    if (NO.contains(key)) {
      return false;
    }
    throw new BadCell(Rule.INVALID_VALUE, "is not yes or no; write 是 or 否");
  }

  /** Reads one word of {@code labels}. */
  static <E extends Enum<E> & Coded> E one(Labels<E> labels, String word) throws BadCell {
    Optional<E> e = labels.find(word);
    if (e.isEmpty()) {
      throw new BadCell(
          Rule.UNKNOWN_CODE, "is not one of the allowed values; expected " + labels.expected());
    }
    return e.get();
  }

  /**
   * Reads several words of {@code labels}, separated by 、，,/+| or spaces (and by ；; when {@code
   * semicolons} is true). A label that holds a separator itself ({@code 内部科室、部门之间走}) is
   * read whole: at each place the longest word that fits is taken. The words come back in the
   * order written, without repeats.
   */
  static <E extends Enum<E> & Coded> ImmutableList<E> several(
      Labels<E> labels, String text, boolean semicolons) throws BadCell {
    String s = Text.key(text);
    String separators = semicolons ? "、,/+|;" : "、,/+|";
    List<E> found = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (separators.indexOf(s.charAt(i)) >= 0) {
        i++;
        continue;
      }
      String best = null;
      for (Map.Entry<String, E> e : labels.byKey().entrySet()) {
        if (s.startsWith(e.getKey(), i) && (best == null || e.getKey().length() > best.length())) {
          best = e.getKey();
        }
      }
      if (best != null) {
        E e = labels.byKey().get(best);
        if (!found.contains(e)) {
          found.add(e);
        }
        i += best.length();
      } else {
        int end = i;
        while (end < s.length() && separators.indexOf(s.charAt(end)) < 0) {
          end++;
        }
        unknown.add(s.substring(i, end));
        i = end;
      }
    }
    if (!unknown.isEmpty()) {
      throw new BadCell(
          Rule.UNKNOWN_CODE,
          String.format(
              "holds %s, which %s not one of the allowed values; expected %s",
              String.join("、", unknown),
              unknown.size() == 1 ? "is" : "are",
              labels.expected()));
    }
    return ImmutableList.copyOf(found);
  }

  /** Checks if {@code text} says "none" (无, 否, 没有, 不涉及, -, /), as a list of crossings may. */
  static boolean none(String text) {
    return NONE.contains(Text.key(text));
  }

  /** Returns the parts of {@code text} separated by ；; or line breaks, trimmed, empty ones left out. */
  static ImmutableList<String> parts(String text) {
    return ImmutableList.copyOf(PARTS.split(text));
  }

  /**
   * Returns the effect {@code part} records as {@code 指标：前→后单位} (for example {@code
   * 医保办事窗口：2→4个}), if it has that shape.
   */
  static Optional<Effect> effect(String part) {
    Matcher m = EFFECT.matcher(part);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        Effect.of(m.group(1), new BigDecimal(m.group(2)), new BigDecimal(m.group(3)), m.group(4).strip()));
  }
}
