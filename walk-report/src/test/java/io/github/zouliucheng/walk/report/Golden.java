package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: whole outputs of the renderers, reviewed by eye and kept in {@code
 * src/test/resources/io/github/zouliucheng/walk/report/golden/}. They are the specification of the
 * layouts; a test compares the whole output with its file.
 *
 * <p>When an output changes on purpose, rewrite the files with {@code mvn -pl walk-report -am test
 * -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}, review the
 * diff ({@code git diff}), and commit it. The property is never set by default.
 */
final class Golden {
  /** The directory of the golden files, relative to the module (Surefire's working directory). */
  static final Path DIRECTORY = Path.of("src/test/resources/io/github/zouliucheng/walk/report/golden");

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  /** Checks that {@code actual} is the content of the golden file {@code name}, or rewrites the file when updating. */
  static void assertMatches(String name, String actual) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s is missing; create it with -Dgolden.update=true and review it", file)
          .exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual)
          .as(
              "output differs from golden file %s; if the change is intended, rewrite the golden files with"
                  + " mvn -pl walk-report -am test -Dtest=GoldenFilesTest"
                  + " -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true, then review the diff and"
                  + " commit it",
              file)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
