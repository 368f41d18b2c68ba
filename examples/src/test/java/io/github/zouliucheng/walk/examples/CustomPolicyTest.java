package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomPolicyTest {

  @Test
  void aWiderWindowFindsAtLeastTheClustersOfTheDefaultOne() {
    String printed = CustomPolicy.run(SampleData.sampleCity());

    String[] lines = printed.split("\n");
    assertThat(lines).hasSize(5);
    long[] clustered = numbers(lines[1]);
    long[] clusters = numbers(lines[2]);
    long[] trivial = numbers(lines[3]);
    // walks within one day of each other are within three days of each other
    assertThat(clustered[1]).isGreaterThanOrEqualTo(clustered[0]);
    // the sample's trivial findings use the default phrases, so two more phrases change nothing
    assertThat(trivial[1]).isEqualTo(trivial[0]);
    assertThat(clusters[0]).isPositive();
  }

  private static long[] numbers(String line) {
    String[] parts = line.trim().split("\\s+");
    return new long[] {Long.parseLong(parts[parts.length - 2]), Long.parseLong(parts[parts.length - 1])};
  }
}
