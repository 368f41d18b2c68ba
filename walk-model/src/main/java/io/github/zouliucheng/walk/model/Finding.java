package io.github.zouliucheng.walk.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem found (发现问题): on a walk, or through another channel that feeds the unit's
 * rectification list (petitions, public opinion, the 12345 hotline, inspection tours, audits).
 *
 * <p>A finding found on a walk is held by its {@link Walk} and has source {@link FindingSource#WALK};
 * the others are held by the {@link Dataset} and have any other source. Building fails with {@link
 * IllegalStateException} naming the fields and dates when the rectification's history starts before
 * the problem was found (started, rectified or closed out, called back, or given a deadline, before
 * {@link #foundOn()}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /** Returns the finding's identifier, unique among all findings of a dataset. */
  public abstract String id();

  /** Returns where the finding came from. */
  public abstract FindingSource source();

  /** Returns the problem in words, as recorded. */
  public abstract String description();

  /** Returns the category of the problem. */
  public abstract FindingCategory category();

  /** Returns the identifier of the unit responsible for fixing it. */
  public abstract String responsibleUnitId();

  /** Returns the priority grade (重、轻、缓), if graded. */
  public abstract Optional<Priority> priority();

  /** Returns the day the problem was found or received. */
  public abstract LocalDate foundOn();

  /** Returns the reference of the source record, for example a petition or hotline ticket number. */
  public abstract Optional<String> sourceReference();

  /** Returns the rectification, absent while nothing has been recorded for it. */
  public abstract Optional<Rectification> rectification();

  /** Returns the rectification's status; {@link RectificationStatus#OPEN} when there is none. */
  public final RectificationStatus status() {
    return rectification().map(Rectification::status).orElse(RectificationStatus.OPEN);
  }

  /** Checks if the problem counts as solved: see {@link Rectification#isSolved()}. */
  public final boolean isSolved() {
    return rectification().map(Rectification::isSolved).orElse(false);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.text("description", description());
    Checks.id("responsibleUnitId", responsibleUnitId());
    sourceReference().ifPresent(r -> Checks.text("sourceReference", r));
    if (rectification().isPresent()) {
      Rectification r = rectification().get();
      r.deadline().ifPresent(d -> Checks.notBefore("rectification/deadline", d, "foundOn", foundOn()));
      r.startedOn()
          .ifPresent(d -> Checks.notBefore("rectification/startedOn", d, "foundOn", foundOn()));
      r.rectifiedOn()
          .ifPresent(d -> Checks.notBefore("rectification/rectifiedOn", d, "foundOn", foundOn()));
    }
  }

  /** Builds a {@link Finding}; each attribute may be set once. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}

    /**
     * Builds the {@link Finding}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Finding build() {
      return Checks.built(super::build);
    }
  }
}
