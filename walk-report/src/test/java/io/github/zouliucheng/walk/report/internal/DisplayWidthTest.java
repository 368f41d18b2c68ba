package io.github.zouliucheng.walk.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Display widths: two columns for wide and full-width characters, none for marks, one otherwise. */
final class DisplayWidthTest {

  @Test
  void of_countsWideAndFullWidthCharactersTwice() {
    assertThat(DisplayWidth.of("abc 123")).isEqualTo(7);
    assertThat(DisplayWidth.of("青川县")).isEqualTo(6);
    assertThat(DisplayWidth.of("县（市）区")).as("full-width parentheses").isEqualTo(10);
    assertThat(DisplayWidth.of("、。：；！")).as("CJK and full-width punctuation").isEqualTo(10);
    assertThat(DisplayWidth.of("\u3000")).as("ideographic space").isEqualTo(2);
    assertThat(DisplayWidth.of("ＡＢ１")).as("full-width Latin").isEqualTo(6);
    assertThat(DisplayWidth.of("ｱｲ")).as("half-width katakana").isEqualTo(2);
    assertThat(DisplayWidth.of("한국")).as("Hangul syllables").isEqualTo(4);
    assertThat(DisplayWidth.of("かな")).as("kana").isEqualTo(4);
  }

  @Test
  void of_countsSupplementaryCharactersByCodePoint() {
    assertThat(DisplayWidth.of("𠮷")).as("CJK extension B").isEqualTo(2);
    assertThat(DisplayWidth.of("😀")).as("emoji").isEqualTo(2);
    assertThat("𠮷".length()).isEqualTo(2);
  }

  @Test
  void of_countsMarksAndFormatCharactersAsNothing() {
    assertThat(DisplayWidth.of("e\u0301")).as("combining acute accent").isEqualTo(1);
    assertThat(DisplayWidth.of("a\u200Bb")).as("zero-width space").isEqualTo(2);
  }

  @Test
  void of_countsAmbiguousCharactersOnce() {
    assertThat(DisplayWidth.of("“走”")).isEqualTo(4);
    assertThat(DisplayWidth.of("…—·")).isEqualTo(3);
  }

  @Test
  void pad_fillsToTheWidthInColumns() {
    assertThat(DisplayWidth.padRight("县", 5)).isEqualTo("县   ");
    assertThat(DisplayWidth.padLeft("县", 5)).isEqualTo("   县");
    assertThat(DisplayWidth.padRight("青川县", 4)).as("never cut").isEqualTo("青川县");
  }
}
