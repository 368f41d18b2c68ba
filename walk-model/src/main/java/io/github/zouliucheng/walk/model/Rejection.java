package io.github.zouliucheng.walk.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A record left out of a dataset, with every reason. A rejected walk takes its findings with it; a
 * rejected finding of a walk leaves the walk in place without it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rejection {

  Rejection() {}

  /** Returns where the record is: a JSON pointer such as {@code /walks/3}, or a spreadsheet row. */
  public abstract String location();

  /** Returns what kind of record it is. */
  public abstract RecordKind kind();

  /** Returns the record's identifier, when it could be read. */
  public abstract Optional<String> id();

  /** Returns why it was rejected: at least one problem of severity {@link Severity#ERROR}. */
  public abstract ImmutableList<Problem> problems();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.value(
        problems().stream().anyMatch(p -> p.severity() == Severity.ERROR),
        "problems",
        problems(),
        "problems must hold at least one error: %s",
        problems());
  }

  /** Builds a {@link Rejection}; each attribute may be set once, problems may be added. */
  public static final class Builder extends ImmutableRejection.Builder {
    Builder() {}

    /**
     * Builds the {@link Rejection}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Rejection build() {
      return Checks.built(super::build);
    }
  }
}
