package io.github.zouliucheng.walk.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A period's walk records: the period, the roster, the walks with their findings, and the findings
 * that reached the rectification list from other sources.
 *
 * <h2>Validity</h2>
 *
 * A dataset is valid as a whole, or it is not built: building fails with {@link
 * InvalidDatasetException} listing every problem when identifiers repeat (findings share one space
 * of identifiers, whether held by walks or by the dataset), a reference names no record (a walk's
 * leader or unit, a finding's responsible unit, a rectification's owner unit), a walk's leader is
 * not on the roster of the unit the walk names, a walk is dated outside the period, or a finding
 * held by the dataset has source {@link FindingSource#WALK}. To keep the valid records of bad input
 * and learn what was wrong with the others, use {@link DatasetAssembler}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dataset {

  Dataset() {}

  /** Returns the period the records cover. */
  public abstract Period period();

  /** Returns the units and their leadership-team members. */
  public abstract Roster roster();

  /** Returns the walks, in the order given. */
  public abstract ImmutableList<Walk> walks();

  /** Returns the findings from sources other than walks, in the order given. */
  public abstract ImmutableList<Finding> findings();

  /** Returns every finding: those of the walks, in walk order, then those from other sources. */
  public final Stream<Finding> allFindings() {
    return Stream.concat(walks().stream().flatMap(w -> w.findings().stream()), findings().stream());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an empty dataset for {@code period}. */
  public static Dataset empty(Period period) {
    return builder().period(period).roster(Roster.empty()).build();
  }

  @Value.Check
  void check() {
    if (DatasetAssembler.PARTITIONED.get() != null) {
      return;
    }
    List<Problem> errors = DatasetAssembler.from(this).partition().errors();
    if (!errors.isEmpty()) {
      throw new InvalidDatasetException(errors);
    }
  }

  /** Builds a {@link Dataset}; the period and roster are set once, walks and findings may be added. */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}

    /**
     * Builds the {@link Dataset}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     * @throws InvalidDatasetException if the dataset is not valid as a whole, listing every problem
     */
    @Override
    public Dataset build() {
      return Checks.built(super::build);
    }
  }
}
