package io.github.zouliucheng.walk.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Dataset;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * A dataset written as sheets by {@link SheetWriter}, in any of the spellings the importer accepts,
 * reads back as the same dataset.
 */
final class RoundTripProperties {

  @Test
  void recordsAndRosterWrittenAsCsv_readBackAsTheSameDataset() {
    qt().withExamples(100)
        .forAll(SheetGenerators.datasets(false), longs().all())
        .checkAssert(
            (dataset, seed) -> {
              SheetWriter writer = new SheetWriter(dataset, seed);
              String records = writer.records(false);
              String roster = writer.roster();
              SheetImport.Result result = read(dataset, records, roster);
              assertThat(result.errors()).as("%s%n%s", records, roster).isEmpty();
              assertThat(result.dataset()).as("%s%n%s", records, roster).isEqualTo(dataset);
            });
  }

  @Test
  void recordsAlone_readBackAsTheSameDataset_whenEveryoneWalked() {
    qt().withExamples(100)
        .forAll(SheetGenerators.datasets(true), longs().all())
        .checkAssert(
            (dataset, seed) -> {
              String records = new SheetWriter(dataset, seed).records(true);
              SheetImport.Result result = read(dataset, records, null);
              assertThat(result.errors()).as(records).isEmpty();
              assertThat(result.dataset()).as(records).isEqualTo(dataset);
            });
  }

  private static SheetImport.Result read(Dataset dataset, String records, String roster) {
    try {
      CsvImport csv = CsvImport.records(new StringReader(records), "走流程纪实").period(dataset.period());
      return (roster == null ? csv : csv.roster(new StringReader(roster), "班子成员")).read();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
