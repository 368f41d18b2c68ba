package io.github.zouliucheng.walk.report.office.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleLinesTest {
  private static final int WIDTH = 40;

  @Test
  void aShortTitleStaysOnOneLine() {
    assertThat(TitleLines.split("关于“走流程”情况的通报", WIDTH)).containsExactly("关于“走流程”情况的通报");
  }

  @Test
  void theSeedTitleBreaksBeforeTheQuotation() {
    assertThat(TitleLines.split("关于2023年第一季度领导干部“走流程”情况的通报", WIDTH))
        .containsExactly("关于2023年第一季度领导干部", "“走流程”情况的通报");
  }

  @Test
  void linesNeverExceedTheWidthNorBreakANumberOrAQuotation() {
    String title = "关于2023年第一季度全市各县（市）区和市直各部门党政领导班子成员开展“走流程”工作及问题整改落实情况的通报";
    List<String> lines = TitleLines.split(title, WIDTH);
    assertThat(String.join("", lines)).isEqualTo(title);
    assertThat(lines).hasSizeGreaterThan(1);
    for (String line : lines) {
      assertThat(Widths.of(line)).isLessThanOrEqualTo(WIDTH);
      assertThat(line).doesNotStartWith("”").doesNotStartWith("，").doesNotEndWith("“");
    }
    assertThat(String.join("|", lines)).doesNotContain("20|23").doesNotContain("走|流程");
  }
}
