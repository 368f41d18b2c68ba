package io.github.zouliucheng.walk.report.office.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of this package, as walk-report keeps them: whole outputs reviewed by eye, in {@code
 * src/test/resources/io/github/zouliucheng/walk/report/office/docx/golden/}. When an output changes
 * on purpose, rewrite them with {@code mvn -pl walk-report-office test -Dtest=DocxGoldenTest
 * -Dgolden.update=true}, review the diff and commit it.
 */
final class Golden {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path directory = Path.of("src/test/resources", Golden.class.getPackageName().replace('.', '/'), "golden");
    Path file = directory.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(directory);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s is missing; create it with -Dgolden.update=true and review it", file).exists();
      assertThat(actual)
          .as("output differs from golden file %s; if intended, rewrite it with mvn -pl walk-report-office test"
              + " -Dtest=DocxGoldenTest -Dgolden.update=true, review the diff and commit it", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
