package io.github.zouliucheng.walk.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One walk (走流程): one leader, on one day, through one service point, as recorded on a walk record
 * form (走流程纪实表), with the problems it found.
 *
 * <p>Building fails with {@link IllegalStateException} naming the field and the value when: an
 * identifier is invalid; there is no matter or no form; {@link #endTime()} is before {@link
 * #startTime()}; the walk is marked {@linkplain #fourNoTwoStraight() 四不两直} but announced; or a
 * finding has a source other than {@link FindingSource#WALK}, or was found before the walk.
 *
 * <p>A walk with no findings is valid: it is what the bulletin calls an empty walk (空走), and
 * analytics count it. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Walk {

  Walk() {}

  /** Returns the walk's identifier, unique among the walks of a dataset. */
  public abstract String id();

  /** Returns the identifier of the leader who walked (a {@link Member}). */
  public abstract String leaderId();

  /** Returns the identifier of the leader's unit, the one whose walk this is. */
  public abstract String unitId();

  /** Returns the day of the walk. */
  public abstract LocalDate date();

  /** Returns the time the walk started, if recorded. */
  public abstract Optional<LocalTime> startTime();

  /** Returns the time the walk ended, if recorded. */
  public abstract Optional<LocalTime> endTime();

  /** Returns the service point walked. */
  public abstract ServicePoint servicePoint();

  /** Returns the matters experienced, at least one. */
  public abstract ImmutableList<Matter> matters();

  /** Returns the identity the leader took. */
  public abstract Role role();

  /** Returns how the leader went through the process. */
  public abstract Approach approach();

  /** Returns the forms of the walk, at least one. */
  public abstract ImmutableSet<WalkForm> forms();

  /** Returns whether the walk was announced (明查) or unannounced (暗访). */
  public abstract Visibility visibility();

  /**
   * Returns whether the walk was made in the 四不两直 manner: no notice, no greeting, no
   * accompaniment, no reception; straight to the grassroots and the scene. Such a walk is
   * necessarily unannounced. Default {@code false}.
   */
  @Value.Default
  public boolean fourNoTwoStraight() {
    return false;
  }

  /** Returns whether the walk covered the whole process or part of it. */
  public abstract Coverage coverage();

  /** Returns the problems found on the walk; empty for an empty walk (空走). */
  public abstract ImmutableList<Finding> findings();

  /** Returns free-text notes from the record form. */
  public abstract Optional<String> notes();

  /** Returns evidence attached by reference. */
  public abstract ImmutableList<Attachment> attachments();

  /** Returns a copy of this walk holding {@code findings} instead of its own. */
  public abstract Walk withFindings(Iterable<? extends Finding> findings);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("leaderId", leaderId());
    Checks.id("unitId", unitId());
    Checks.value(!matters().isEmpty(), "matters", "[]", "matters must hold at least one matter");
    Checks.value(!forms().isEmpty(), "forms", "[]", "forms must hold at least one form");
    if (startTime().isPresent() && endTime().isPresent()) {
      Checks.value(
          !endTime().get().isBefore(startTime().get()),
          "endTime",
          endTime().get(),
          "endTime (%s) must not be before startTime (%s)",
          endTime().get(),
          startTime().get());
    }
    Checks.value(
        !fourNoTwoStraight() || visibility() == Visibility.UNANNOUNCED,
        "fourNoTwoStraight",
        true,
        "fourNoTwoStraight (四不两直) requires visibility \"unannounced\", not \"%s\"",
        visibility().code());
    notes().ifPresent(n -> Checks.text("notes", n));
    for (int i = 0; i < findings().size(); i++) {
      Finding f = findings().get(i);
      if (f.source() != FindingSource.WALK) {
        throw new InvalidValueException(
            "findings/" + i + "/source",
            Rule.WRONG_SOURCE,
            f.source().code(),
            String.format(
                "findings/%d (%s) is held by a walk, so its source must be \"walk\", not \"%s\"",
                i, f.id(), f.source().code()));
      }
      Checks.value(
          !f.foundOn().isBefore(date()),
          "findings/" + i + "/foundOn",
          f.foundOn(),
          "findings/%d (%s) foundOn (%s) must not be before the walk's date (%s)",
          i,
          f.id(),
          f.foundOn(),
          date());
    }
  }

  /** Builds a {@link Walk}; each attribute may be set once, lists and sets may be added to. */
  public static final class Builder extends ImmutableWalk.Builder {
    Builder() {}

    /**
     * Builds the {@link Walk}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Walk build() {
      return Checks.built(super::build);
    }
  }
}
