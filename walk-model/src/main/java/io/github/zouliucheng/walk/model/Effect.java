package io.github.zouliucheng.walk.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measured effect of a rectification (解决效果): an indicator with its value before and after, for
 * example service windows 2 → 4, or approval time 3 → 0 working days ("same day").
 *
 * <p>Values keep their scale: {@code 2.50} stays {@code 2.50} through JSON. Both values are bounded,
 * so that every one prints in a few characters: a magnitude of at most {@link #MAX_MAGNITUDE}
 * (10<sup>12</sup>) and at most {@value #MAX_SCALE} decimals; building an effect beyond them fails
 * with an {@link InvalidValueException} on {@code before} or {@code after} naming the value.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Effect {

  /** The largest magnitude of {@link #before()} and {@link #after()}: 10<sup>12</sup>, included. */
  public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(12);

  /** The most decimals (the largest {@link BigDecimal#scale() scale}) of a value. */
  public static final int MAX_SCALE = 6;

  Effect() {}

  /** Returns what was measured, for example {@code "医保办事窗口"}. */
  public abstract String indicator();

  /** Returns the value before the rectification. */
  public abstract BigDecimal before();

  /** Returns the value after the rectification. */
  public abstract BigDecimal after();

  /** Returns the unit of both values, for example {@code "个"} or {@code "工作日"}. */
  public abstract String unit();

  /** Returns a note for people, for example {@code "当日受理、当日审批"}. */
  public abstract Optional<String> note();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Obtains an effect with no note. */
  public static Effect of(String indicator, BigDecimal before, BigDecimal after, String unit) {
    return builder().indicator(indicator).before(before).after(after).unit(unit).build();
  }

  @Value.Check
  void check() {
    Checks.text("indicator", indicator());
    Checks.text("unit", unit());
    Checks.decimal("before", before(), MAX_SCALE, MAX_MAGNITUDE);
    Checks.decimal("after", after(), MAX_SCALE, MAX_MAGNITUDE);
    note().ifPresent(n -> Checks.text("note", n));
  }

  /** Builds an {@link Effect}; each attribute may be set once. */
  public static final class Builder extends ImmutableEffect.Builder {
    Builder() {}

    /**
     * Builds the {@link Effect}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Effect build() {
      return Checks.built(super::build);
    }
  }
}
