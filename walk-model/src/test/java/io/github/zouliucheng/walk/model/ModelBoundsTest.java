package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bounds of the model's values: effects' magnitude and scale, a period's length, valid Unicode. */
final class ModelBoundsTest {

  private static Effect effect(String before, String after) {
    return Effect.of("窗口", new BigDecimal(before), new BigDecimal(after), "个");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+2147483647", "1e999999999", "1000000000000.1", "-1e13", "1.0000001", "1e-999999999"})
  void effect_beyondMagnitudeOrScale_failsOnTheFieldNamingTheValue(String value) {
    String shown = new BigDecimal(value).toString();
    assertInvalidNaming(() -> effect(value, "1"), "before", Rule.INVALID_VALUE, shown);
    assertInvalidNaming(() -> effect("1", value), "after", Rule.INVALID_VALUE, shown);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e12", "-1000000000000", "-999999999999.999999", "0.000001", "0E-6", "0E+999999"})
  void effect_withinTheBounds_isBuilt(String value) {
    assertThat(effect(value, value).after()).isEqualTo(new BigDecimal(value));
  }

  @Test
  void period_ofFiveYears_isTheLongest() {
    assertThat(Period.of(day("2023-01-01"), day("2027-12-31")).lengthInDays()).isEqualTo(1826);
    assertThat(Period.of(day("2024-03-01"), day("2029-02-28")).end()).isEqualTo(day("2029-02-28"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.of(day("2023-01-01"), day("2028-01-01")))
        .withMessageContaining("5 years")
        .withMessageContaining("2028-01-01");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.parse("0001-01-01/9999-12-31"))
        .withMessageContaining("0001-01-01/9999-12-31")
        .withMessageContaining("5 years");
  }

  @ParameterizedTest
  @ValueSource(strings = {"桦南县\ud800", "\udc00", "a\udbffb", "\ude00\ud83d"})
  void text_withALoneSurrogate_failsOnTheFieldShowingItEscaped(String text) {
    String shown = escaped(text);
    assertInvalidNaming(
            () -> Unit.builder().id("U1").name(text).kind(UnitKind.COUNTY).build(), "name", Rule.INVALID_VALUE, shown)
        .hasMessageContaining("valid Unicode");
    assertInvalidNaming(
        () -> Unit.builder().id("U" + text).name("县").kind(UnitKind.COUNTY).build(), "id", Rule.INVALID_VALUE, "U" + shown);
    assertInvalidNaming(
        () -> Fixtures.rectificationBuilder().addMeasures("ok", text).build(), "measures/1", Rule.INVALID_VALUE, shown);
    assertInvalidNaming(
        () -> Attachment.builder().uri(URI.create("https://example.org/" + text)).mediaType("image/jpeg").build(),
        "uri",
        Rule.INVALID_VALUE,
        "https://example.org/" + shown);
  }

  /** The text with each lone surrogate written as a backslash, u and four upper-case hex digits. */
  private static String escaped(String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        b.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    String shown = b.toString();
    return shown;
  }

  @Test
  void text_withSurrogatePairs_isBuilt() {
    assertThat(Unit.builder().id("U😀").name("桦南县😀").kind(UnitKind.COUNTY).build().name()).isEqualTo("桦南县😀");
  }
}
