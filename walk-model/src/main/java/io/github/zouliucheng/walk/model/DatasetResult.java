package io.github.zouliucheng.walk.model;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The outcome of assembling or reading a dataset leniently: the dataset of every valid record, the
 * records left out with their reasons, and the warnings about records kept.
 *
 * <p>Nothing valid is dropped and nothing invalid is kept: every input record is either in {@link
 * #dataset()} or in {@link #rejections()} (a rejected walk's findings go with it). Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class DatasetResult {

  DatasetResult() {}

  /** Returns the dataset of the records that passed every rule. */
  public abstract Dataset dataset();

  /** Returns the records left out, in input order. */
  public abstract ImmutableList<Rejection> rejections();

  /** Returns the problems of severity {@link Severity#WARNING} about records that were kept. */
  public abstract ImmutableList<Problem> warnings();

  /** Checks if no record was rejected and nothing was warned about. */
  public final boolean isClean() {
    return rejections().isEmpty() && warnings().isEmpty();
  }

  /** Returns every error, in input order, then every warning. */
  public final ImmutableList<Problem> problems() {
    return Stream.concat(errors().stream(), warnings().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the errors behind the rejections, in input order. */
  public final ImmutableList<Problem> errors() {
    return rejections().stream()
        .flatMap(r -> r.problems().stream())
        .filter(p -> p.severity() == Severity.ERROR)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the dataset if no record was rejected; warnings do not count.
   *
   * @throws InvalidDatasetException listing every error, if a record was rejected
   */
  public final Dataset orElseThrow() {
    if (!rejections().isEmpty()) {
      throw new InvalidDatasetException(errors());
    }
    return dataset();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableDatasetResult.Builder {
    Builder() {}

    /**
     * Builds the {@link DatasetResult}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public DatasetResult build() {
      return Checks.built(super::build);
    }
  }
}
