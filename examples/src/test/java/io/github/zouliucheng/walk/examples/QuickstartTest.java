package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.json.WalkJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class QuickstartTest {

  @Test
  void run_printsTrueAndTheOverallSentence() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String json;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      json = Quickstart.run();
    } finally {
      System.setOut(saved);
    }

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            ("true\n"
                    + "2023年第一季度，全市1个县（市）区、0家市直部门1名党政班子成员“走流程”1次，发现问题1个，解决问题1个。\n")
                .replace("\n", System.lineSeparator()));
    assertThat(WalkJson.fromJson(json).walks()).hasSize(1);
  }
}
