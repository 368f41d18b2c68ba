package io.github.zouliucheng.walk.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {

  @Test
  void withoutLeadIn_dropsTheClerksLeadInAndItsComma() {
    assertThat(Wording.withoutLeadIn("经体验发现，要求群众重复提交身份证复印件")).isEqualTo("要求群众重复提交身份证复印件");
    assertThat(Wording.withoutLeadIn("以普通群众身份办理时发现，社保卡申领仍需开具证明")).isEqualTo("社保卡申领仍需开具证明");
    assertThat(Wording.withoutLeadIn("走流程过程中发现座椅摆放不整齐")).isEqualTo("座椅摆放不整齐");
    assertThat(Wording.withoutLeadIn("暗访发现跨区域通办事项无法在本地受理")).isEqualTo("跨区域通办事项无法在本地受理");
    assertThat(Wording.withoutLeadIn("现场体验中发现收费窗口缺少饮水设施")).isEqualTo("收费窗口缺少饮水设施");
  }

  @Test
  void withoutLeadIn_keepsWhatOnlyLooksLikeOne() {
    // 发现 as the problem itself: the staff did not notice the fault
    assertThat(Wording.withoutLeadIn("工作人员未发现自助终端故障")).isEqualTo("工作人员未发现自助终端故障");
    // a lead-in ending past the first clause is part of the problem
    assertThat(Wording.withoutLeadIn("窗口少，群众排队时发现号已取完")).isEqualTo("窗口少，群众排队时发现号已取完");
    // too long to be a lead-in
    assertThat(Wording.withoutLeadIn("办理企业开办登记时需要分别到市场监管税务社保三个窗口排队提交材料时发现重复"))
        .startsWith("办理企业开办登记");
    // all lead-in: kept whole rather than emptied
    assertThat(Wording.withoutLeadIn("经体验发现。")).isEqualTo("经体验发现。");
    assertThat(Wording.withoutLeadIn("医保局办事窗口设置少")).isEqualTo("医保局办事窗口设置少");
  }

  @Test
  void distinct_dropsRepeatsIgnoringClosingPunctuation() {
    assertThat(Wording.distinct(List.of("建立热线工单跟踪回访机制", "增设窗口", "建立热线工单跟踪回访机制。", " 增设窗口")))
        .containsExactly("建立热线工单跟踪回访机制", "增设窗口");
  }
}
