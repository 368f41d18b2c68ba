package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The README shows each example's code exactly as compiled (the part between its README markers)
 * and exactly what it prints.
 */
final class ExamplesReadmeTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Quickstart", "CustomBulletin", "CustomPolicy", "CompareQuarters", "ImportSpreadsheet", "EmbedInPortal"})
  void readme_showsTheExampleAsCompiled(String example) throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/zouliucheng/walk/examples/" + example + ".java"));
    Matcher m = Pattern.compile("// README:begin\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL).matcher(source);
    assertThat(m.find()).as("markers in %s.java", example).isTrue();

    assertThat(readme()).contains("```java\n" + m.group(1).stripIndent() + "\n```");
  }

  @Test
  void readme_showsWhatTheCustomPolicyExamplePrints() throws IOException {
    assertThat(readme()).contains("```\n" + CustomPolicy.run(SampleData.sampleCity()) + "```");
  }

  @Test
  void readme_showsWhatTheQuarterComparisonPrints() throws IOException {
    assertThat(readme())
        .contains("```\n" + CompareQuarters.run(SampleData.sampleCity(), SampleData.sampleCitySecondQuarter()) + "```");
  }

  @Test
  void readme_showsWhatTheImportExamplePrints() throws IOException {
    assertThat(readme()).contains("```\n" + ImportSpreadsheet.run() + "```");
  }

  @Test
  void readme_showsTheMainJobsHelp() throws IOException {
    assertThat(readme()).contains("```\n" + BulletinCli.HELP + "```");
  }
}
