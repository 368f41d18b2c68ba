package io.github.zouliucheng.walk.model;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A matter (体验事项) experienced on a walk: what the leader tried to get done, how hard it is, and
 * which boundaries it crosses. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Matter {

  Matter() {}

  /** Returns the matter's name, for example {@code "申请法律援助"}. */
  public abstract String name();

  /** Returns whether the matter is simple or complex. */
  public abstract Complexity complexity();

  /** Returns the boundaries the matter crosses; empty when it stays inside one office. */
  public abstract ImmutableSet<Crossing> crossings();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Obtains a matter that crosses no boundary. */
  public static Matter of(String name, Complexity complexity) {
    return builder().name(name).complexity(complexity).build();
  }

  @Value.Check
  void check() {
    Checks.text("name", name());
  }

  /** Builds a {@link Matter}; each attribute may be set once, crossings may be added. */
  public static final class Builder extends ImmutableMatter.Builder {
    Builder() {}

    /**
     * Builds the {@link Matter}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Matter build() {
      return Checks.built(super::build);
    }
  }
}
