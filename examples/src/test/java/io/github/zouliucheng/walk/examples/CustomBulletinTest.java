package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import org.junit.jupiter.api.Test;

class CustomBulletinTest {

  @Test
  void theOfficesOptionsShowInTheBulletin() {
    Bulletin bulletin = CustomBulletin.build(SampleData.sampleCity());

    assertThat(bulletin.issuer()).isEqualTo("澜州市深化能力作风建设领导小组办公室");
    assertThat(bulletin.audience()).contains("各县（市）区、市直各部门");
    assertThat(bulletin.sections()).extracting(Section::id).containsExactly("overview", "problems", "requirements", "portal.contact");
    assertThat(bulletin.appendices()).hasSize(4);
    Section supervision = bulletin.section("requirements.supervision").orElseThrow();
    assertThat(((Paragraph) supervision.blocks().get(0)).text()).isEqualTo("“走流程”情况纳入2023年度绩效考核，占比不低于5%。");
    // two examples at most under each theme: the lead paragraph and two exemplars
    assertThat(bulletin.section("practice.wider").orElseThrow().blocks()).hasSize(3);
  }
}
