package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows what the build checks: the example file and the broken file's problems. */
final class ReadmeTest {
  private static final Path MODEL_TEST_RESOURCES = Path.of("../walk-model/src/test/resources/json");

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  @Test
  void readme_showsTheExampleDatasetThatTheSchemaTestValidates() throws IOException {
    String example = Files.readString(MODEL_TEST_RESOURCES.resolve("example-dataset.json")).stripTrailing();

    assertThat(readme()).contains("```json\n" + example + "\n```");
  }

  @Test
  void readme_showsTheBrokenFilesProblemsAsTheReaderListsThem() throws IOException {
    String problems = Files.readString(MODEL_TEST_RESOURCES.resolve("broken-dataset.problems.txt")).stripTrailing();

    assertThat(readme()).contains("```\n" + problems + "\n```");
  }

  @Test
  void readme_bundledSampleIsTheExampleDataset() throws IOException {
    assertThat(Files.readString(Path.of("src/main/resources/samples/example-dataset.json")))
        .isEqualTo(Files.readString(MODEL_TEST_RESOURCES.resolve("example-dataset.json")));
  }

  @Test
  void readme_commandsComeFirstInOneBashBlock() throws IOException {
    String readme = readme();
    int block = readme.indexOf("```bash\n");

    assertThat(readme.substring(block, readme.indexOf("```\n", block + 8) + 4))
        .isEqualTo(
            "```bash\n"
                + "mvn -B -ntp -q -DskipTests -pl examples -am package exec:java\n"
                + "mvn -B -ntp verify\n"
                + "```\n");
    assertThat(Files.readString(Path.of("../.ci/run"))).contains("exec mvn -B -ntp verify\n");
  }
}
