package io.github.zouliucheng.walk.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;


/**
 * The whole HTML of the fixture bulletins, compared with the golden files in {@code
 * src/test/resources/io/github/zouliucheng/walk/report/html/golden/}. The golden files are the spec:
 * when the output changes on purpose, regenerate them with
 *
 * <pre>mvn -pl walk-report -am test -Dtest=HtmlRendererGoldenTest -Dgolden.update=true</pre>
 *
 * <p>and review the difference (and the pages in a browser) before committing.
 */
class HtmlRendererGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/io/github/zouliucheng/walk/report/html/golden");

  @Test
  void fragment_anonymousChinese() throws IOException {
    assertGolden("html-fragment-zh-anonymous.html", HtmlRenderer.fragment().render(ReportFixtures.bulletin()));
  }

  @Test
  void page_anonymousChinese() throws IOException {
    assertGolden("html-page-zh-anonymous.html", HtmlRenderer.page().render(ReportFixtures.bulletin()));
  }

  @Test
  void fragment_namedEnglishWithAllAppendices() throws IOException {
    assertGolden("html-fragment-en-named.html", HtmlRenderer.fragment().render(HtmlTesting.namedEnglish()));
  }

  @Test
  void page_namedEnglishWithAllAppendices() throws IOException {
    assertGolden("html-page-en-named.html", HtmlRenderer.page().render(HtmlTesting.namedEnglish()));
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file)
        .withFailMessage(
            "golden file %s is missing; generate it with -Dgolden.update=true and review it", file.toAbsolutePath())
        .exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual)
        .withFailMessage(
            "%s differs from the rendering (first difference at character %s). If the change is intended, regenerate "
                + "with: mvn -pl walk-report -am test -Dtest=HtmlRendererGoldenTest -Dgolden.update=true, then review the diff",
            name, firstDifference(expected, actual))
        .isEqualTo(expected);
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
