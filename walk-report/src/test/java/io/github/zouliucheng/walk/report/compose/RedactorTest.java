package io.github.zouliucheng.walk.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.testing.AllText;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;


class RedactorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // resident ID numbers, 18 digits (last may be X) and the old 15: only the last four kept
        "身份证号11010519491231002X已登记 | 身份证号**************002X已登记",
        "身份证号110105194912310021 | 身份证号**************0021",
        "旧证号110105491231002 | 旧证号***********1002",
        // mobile numbers: the first three and last four kept, whatever the separators
        "联系电话13812345678 | 联系电话138****5678",
        "联系电话 138-1234-5678 | 联系电话 138****5678",
        "联系电话 138 1234 5678。 | 联系电话 138****5678。",
        "联系电话+86 13812345678 | 联系电话138****5678",
        "全角１３８１２３４５６７８ | 全角１３８****５６７８",
        // landlines with an area code
        "窗口电话0451-8888 1234 | 窗口电话0451-****1234",
        "窗口电话010-12345678 | 窗口电话010-****5678",
        // bank cards: the last four kept
        "卡号6222021234567890123 | 卡号***************0123",
        // e-mail: the first character of the local part kept
        "来信zhang.san@example.com反映 | 来信z***@example.com反映",
      })
  void masksPersonalData(String text, String masked) {
    assertThat(Redactor.redact(text)).isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "审批时限由3个工作日缩减为当日",
        "2023年3月1日至2023年3月31日",
        "投入资金120000元，维修窗户35扇",
        "工单编号20230301，12345热线",
        "研发资金归集金额从300万元提升到1200万元",
        "编号202303011234", // twelve digits: not a mobile number inside a longer run
        "138123456789", // twelve digits starting like a mobile number
      })
  void leavesOrdinaryNumbersAlone(String text) {
    assertThat(Redactor.redact(text)).isEqualTo(text);
  }

  @Test
  void masksEveryOccurrence() {
    assertThat(Redactor.redact("甲13812345678，乙13987654321"))
        .isEqualTo("甲138****5678，乙139****4321");
  }

  @Test
  void composedBulletinsAreRedactedByDefaultAndNotWhenTurnedOff() {
    var dataset = ReportFixtures.dataset(text -> text + "（联系人手机13812345678，身份证11010519491231002X）");
    var analysis = io.github.zouliucheng.walk.analytics.WalkAnalytics.analyze(dataset);

    Bulletin published = Bulletin.builder(dataset, analysis).criticism(Criticism.NAMED).build();
    Bulletin internal =
        Bulletin.builder(dataset, analysis).criticism(Criticism.NAMED).redactPersonalData(false).build();

    assertThat(published.redacted()).isTrue();
    assertThat(internal.redacted()).isFalse();
    String publishedText = AllText.of(published);
    String internalText = AllText.of(internal);
    assertThat(publishedText).contains("138****5678", "**************002X").doesNotContain("13812345678", "11010519491231002X");
    assertThat(internalText).contains("13812345678", "11010519491231002X");
  }
}
