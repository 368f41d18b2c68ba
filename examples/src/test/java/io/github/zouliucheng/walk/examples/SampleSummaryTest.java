package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.DatasetResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class SampleSummaryTest {

  @Test
  void summary_bundledSample_countsWhatItHolds() {
    DatasetResult sample = SampleSummary.readSample();

    assertThat(SampleSummary.summary("bundled sample", sample))
        .isEqualTo(
            "数据来源 / source: bundled sample\n"
                + "2023-Q1：县（市）区1个、市直部门1家，班子成员3名，其中2名“走流程”2次；发现问题2个（其中来自其他渠道1个），已解决1个。\n"
                + "2023-Q1: 1 counties/districts and 1 municipal departments, 3 team members, of whom 2"
                + " walked 2 times; 2 problems found (1 from other channels), 1 solved.\n");
  }

  @Test
  void summary_brokenFile_listsItsProblems() throws IOException {
    DatasetResult broken = SampleSummary.read(Path.of("../walk-model/src/test/resources/json/broken-dataset.json"));

    String summary = SampleSummary.summary("broken", broken);

    assertThat(summary)
        .contains("问题 / problems: 8 records rejected, 1 warnings\n")
        .contains("  error /walks/1/forms/1 (walk W-2) unknown_code: forms \"offline\" is not a known code");
  }

  @Test
  void read_missingFile_failsWithItsName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SampleSummary.read(Path.of("no-such.json")))
        .isInstanceOf(IOException.class)
        .hasMessage("no such file: no-such.json");
  }
}
