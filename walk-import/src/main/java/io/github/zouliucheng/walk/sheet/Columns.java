package io.github.zouliucheng.walk.sheet;

/** Spreadsheet column names: A, B, …, Z, AA, AB, …. */
final class Columns {
  private Columns() {}

  /** Returns the name of the column at {@code index} (from 0): 0 is A, 26 is AA. */
  static String letter(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("column index must not be negative: " + index);
    }
    StringBuilder s = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      s.append((char) ('A' + (n - 1) % 26));
    }
    return s.reverse().toString();
  }

  /** Returns the index (from 0) of the column named {@code letter}: A is 0, AA is 26. */
  static int index(String letter) {
    int n = 0;
    for (int i = 0; i < letter.length(); i++) {
      n = n * 26 + (letter.charAt(i) - 'A' + 1);
    }
    return n - 1;
  }
}
