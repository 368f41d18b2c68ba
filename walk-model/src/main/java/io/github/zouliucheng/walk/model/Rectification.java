package io.github.zouliucheng.walk.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rectification (整改) of one finding: how it is being fixed, by whom and by when, what was
 * done, what it achieved, and how far it has got.
 *
 * <h2>Lifecycle</h2>
 *
 * The status is derived from the dated steps, never stored on its own: {@link
 * RectificationStatus#OPEN open} until {@link #startedOn()}, {@link RectificationStatus#IN_PROGRESS
 * in progress} until {@link #rectifiedOn()}, {@link RectificationStatus#RECTIFIED rectified} until
 * {@link #closedOn()}, then {@link RectificationStatus#CLOSED closed out} (销号). Building fails with
 * {@link IllegalStateException} naming the fields and dates when the history is impossible: a step
 * dated before the one it follows, a step recorded without the one it needs (closed out but never
 * rectified), or a callback before the rectification. {@link Finding} adds the rules that involve
 * the day the problem was found.
 *
 * <p>A rectification marked done without measures or effects is <em>allowed</em> here: it is a true
 * record of a perfunctory rectification (整改敷衍), which analytics must be able to count. Reading a
 * dataset reports it as a warning.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rectification {

  Rectification() {}

  /** Returns whether the finding is fixed at once or on a schedule. */
  public abstract RectificationMode mode();

  /** Returns the deadline (整改时限), expected for scheduled rectifications. */
  public abstract Optional<LocalDate> deadline();

  /** Returns the person responsible (责任人), by name. */
  public abstract Optional<String> owner();

  /** Returns the identifier of the unit responsible (责任单位). */
  public abstract Optional<String> ownerUnitId();

  /** Returns the concrete measures taken (具体措施), in the order recorded. */
  public abstract ImmutableList<String> measures();

  /** Returns the measured effects (解决效果). */
  public abstract ImmutableList<Effect> effects();

  /** Returns the effect as free text, when it was not (only) measured. */
  public abstract Optional<String> effectNote();

  /** Returns the day work on the rectification started. */
  public abstract Optional<LocalDate> startedOn();

  /** Returns the day the problem was rectified. */
  public abstract Optional<LocalDate> rectifiedOn();

  /** Returns the day the rectification was verified and closed out (销号). */
  public abstract Optional<LocalDate> closedOn();

  /** Returns the call back to the citizen, if one was made (回访). */
  public abstract Optional<Callback> callback();

  /** Returns the status derived from the dated steps, as described in the class documentation. */
  public final RectificationStatus status() {
    if (closedOn().isPresent()) {
      return RectificationStatus.CLOSED;
    }
    if (rectifiedOn().isPresent()) {
      return RectificationStatus.RECTIFIED;
    }
    return startedOn().isPresent() ? RectificationStatus.IN_PROGRESS : RectificationStatus.OPEN;
  }

  /**
   * Checks if the problem counts as solved: rectified or closed out (the status is {@link
   * RectificationStatus#RECTIFIED} or {@link RectificationStatus#CLOSED}).
   */
  public final boolean isSolved() {
    return rectifiedOn().isPresent();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    for (int i = 0; i < measures().size(); i++) {
      Checks.text("measures/" + i, measures().get(i));
    }
    owner().ifPresent(o -> Checks.text("owner", o));
    ownerUnitId().ifPresent(u -> Checks.id("ownerUnitId", u));
    effectNote().ifPresent(n -> Checks.text("effectNote", n));
    if (closedOn().isPresent()) {
      if (rectifiedOn().isEmpty()) {
        throw Checks.history(
            "closedOn",
            closedOn().get(),
            "closedOn (%s) needs rectifiedOn: a rectification cannot be closed out before it is rectified",
            closedOn().get());
      }
      Checks.notBefore("closedOn", closedOn().get(), "rectifiedOn", rectifiedOn().get());
    }
    if (rectifiedOn().isPresent() && startedOn().isPresent()) {
      Checks.notBefore("rectifiedOn", rectifiedOn().get(), "startedOn", startedOn().get());
    }
    if (callback().isPresent()) {
      if (rectifiedOn().isEmpty()) {
        throw Checks.history(
            "callback/on",
            callback().get().on(),
            "callback on %s needs rectifiedOn: the citizen is called back after the rectification",
            callback().get().on());
      }
      Checks.notBefore("callback/on", callback().get().on(), "rectifiedOn", rectifiedOn().get());
    }
  }

  /** Builds a {@link Rectification}; each attribute may be set once, lists may be added to. */
  public static final class Builder extends ImmutableRectification.Builder {
    Builder() {}

    /**
     * Builds the {@link Rectification}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Rectification build() {
      return Checks.built(super::build);
    }
  }
}
