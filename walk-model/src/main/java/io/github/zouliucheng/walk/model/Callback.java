package io.github.zouliucheng.walk.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A call back to the citizen after a rectification (回访): when, and what they said. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Callback {

  Callback() {}

  /** Returns the day of the call. */
  public abstract LocalDate on();

  /** Returns the citizen's verdict. */
  public abstract CallbackResult result();

  /** Returns a note for people, if any. */
  public abstract Optional<String> note();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Obtains a callback with no note. */
  public static Callback of(LocalDate on, CallbackResult result) {
    return builder().on(on).result(result).build();
  }

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.text("note", n));
  }

  /** Builds a {@link Callback}; each attribute may be set once. */
  public static final class Builder extends ImmutableCallback.Builder {
    Builder() {}

    /**
     * Builds the {@link Callback}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Callback build() {
      return Checks.built(super::build);
    }
  }
}
