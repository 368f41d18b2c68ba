package io.github.zouliucheng.walk.sheet;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The identifiers the importer gives records that the sheet has no identifier for. Each one is a
 * function of the names the record is known by, folded by {@link Text#key(String)}: the same sheet
 * gives the same identifiers on every run and every machine, and re-ordering the rows does not
 * change them (except the number of a finding within its walk, which is its place in the walk).
 *
 * <ul>
 *   <li>unit: its name, {@code 桦南县};
 *   <li>member: unit and name, {@code 桦南县/王建国};
 *   <li>service point: its name, {@code 桦南县医保局办事窗口};
 *   <li>walk: member, date and a short hash of the place and matters, {@code
 *       桦南县/王建国/20230214/6f1c0a2b};
 *   <li>finding: the walk's identifier (or its 记录编号) and the finding's place in the walk, {@code
 *       …/20230214/6f1c0a2b#2}.
 * </ul>
 *
 * An identifier longer than the model's 64 characters keeps its first 55 and ends with {@code ~}
 * and a hash of the whole.
 */
final class Ids {
  static final int MAX_LENGTH = 64;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private Ids() {}

  static String unit(String unitName) {
    return fit(Text.key(unitName));
  }

  static String member(String unitName, String name) {
    return fit(Text.key(unitName) + "/" + Text.key(name));
  }

  static String servicePoint(String name) {
    return fit(Text.key(name));
  }

  static String walk(String unitName, String name, LocalDate date, String place, List<String> matters) {
    String where = Text.key(place) + "\n" + String.join("\n", matters.stream().map(Text::key).toArray(String[]::new));
    return fit(Text.key(unitName) + "/" + Text.key(name) + "/" + DAY.format(date) + "/" + hash(where).substring(0, 8));
  }

  static String finding(String walkId, int number) {
    return fit(walkId + "#" + number);
  }

  /** Returns {@code id} if it is short enough, else its first 55 characters, {@code ~} and a hash. */
  static String fit(String id) {
    if (id.codePointCount(0, id.length()) <= MAX_LENGTH) {
      return id;
    }
    int cut = id.offsetByCodePoints(0, MAX_LENGTH - 9);
    return id.substring(0, cut) + "~" + hash(id).substring(0, 8);
  }

  private static String hash(String s) {
    return Hashing.sha256().hashString(s, StandardCharsets.UTF_8).toString();
  }
}
