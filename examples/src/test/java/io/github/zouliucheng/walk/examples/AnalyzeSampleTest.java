package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class AnalyzeSampleTest {

  private static String run() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      AnalyzeSample.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  /** The README shows the code as compiled and the output as printed. */
  @Test
  void readme_showsTheCodeAndItsOutput() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/zouliucheng/walk/examples/AnalyzeSample.java"));
    Matcher m = Pattern.compile("// README:begin\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL).matcher(source);
    assertThat(m.find()).isTrue();
    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains(m.group(1).stripIndent()).contains("```\n" + run() + "```\n");
  }

  @Test
  void main_printsTheOverallSentenceFirst() {
    assertThat(run())
        .startsWith("2023-Q1：1个县（市）区、1家市直部门2名党政班子成员“走流程”2次，发现问题1个，解决问题1个。\n");
  }
}
