package io.github.zouliucheng.walk.report.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: whole outputs of the renderers, reviewed by eye and kept in the directory {@code
 * golden/} of the test resources of each renderer's package ({@code
 * src/test/resources/io/github/zouliucheng/walk/report/<renderer>/golden/}). They are the
 * specification of the layouts; a test compares the whole output with its file.
 *
 * <p>When an output changes on purpose, rewrite the files with {@code mvn -pl walk-report -am test
 * -Dtest='*GoldenTest' -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}, review the
 * diff ({@code git diff}), and commit it. The property is never set by default.
 */
public final class Golden {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  /**
   * Returns the directory of the golden files of the package of {@code test}, relative to the module
   * (Surefire's working directory).
   */
  public static Path directory(Class<?> test) {
    return Path.of("src/test/resources", test.getPackageName().replace('.', '/'), "golden");
  }

  /**
   * Checks that {@code actual} is the content of the golden file {@code name} of the package of
   * {@code test}, or rewrites the file when updating.
   */
  public static void assertMatches(Class<?> test, String name, String actual) {
    Path directory = directory(test);
    Path file = directory.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(directory);
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
                  + " mvn -pl walk-report -am test -Dtest=" + test.getSimpleName()
                  + " -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true, then review the diff and"
                  + " commit it",
              file)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
