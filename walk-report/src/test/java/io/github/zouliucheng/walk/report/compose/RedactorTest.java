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
        // resident ID numbers written in groups, or in full-width forms
        "身份证110105 19491231 057X号 | 身份证**************057X号",
        "身份证110105-19491231-068X号 | 身份证**************068X号",
        "身份证110105.19491231.0021 | 身份证**************0021",
        "身份证1101 0519 4912 3100 2X | 身份证**************002X",
        "证号１１０１０５１９４９１２３１００２Ｘ | 证号**************００２Ｘ",
        "证号１１０１０５－１９４９１２３１－００２ｘ | 证号**************００２ｘ",
        // mobile numbers with dots, full-width forms, spaces and the country code
        "手机138.9999.0009。 | 手机138****0009。",
        "手机１３８－９９９９－０００９ | 手机１３８****０００９",
        "手机１３８９９９９０００９ | 手机１３８****０００９",
        "手机138 9999 0009 | 手机138****0009",
        "手机+86 138 9999 0009 | 手机138****0009",
        "手机+86-138-9999-0009 | 手机138****0009",
        "手机0086 13899990009 | 手机138****0009",
        "手机0086-138-9999-0009 | 手机138****0009",
        "手机(+86)13899990009 | 手机138****0009",
        "手机＋８６　１３８９９９９０００９ | 手机１３８****０００９",
        "手机138 – 9999 – 0009 | 手机138****0009",
        // landlines: the area code in parentheses, run together, in groups, in full-width forms
        "电话(0451)12340014 | 电话0451-****0014",
        "电话（0451）12340014 | 电话0451-****0014",
        "电话(0451) 1234-0014 | 电话0451-****0014",
        "电话（０４５１）１２３４００１４ | 电话０４５１-****００１４",
        "电话045112340015 | 电话0451-****0015",
        "电话01012345678 | 电话010-****5678",
        "电话0451-1234-0015 | 电话0451-****0015",
        "电话0451.1234.0015 | 电话0451-****0015",
        "电话０４５１－１２３４－００１５ | 电话０４５１-****００１５",
        "电话0451-1234567转8 | 电话0451-****4567转8",
        "电话+86 451 1234 0014 | 电话0451-****0014",
        "电话+86-10-12345678 | 电话010-****5678",
        // bank cards in groups of four, before a landline could take them
        "卡号6222-0202-1234-0019 | 卡号************0019",
        "卡号6222 0202 1234 0019 | 卡号************0019",
        "卡号6222.0202.1234.0019 | 卡号************0019",
        "卡号６２２２－０２０２－１２３４－００１９ | 卡号************００１９",
        "卡号6222 0202 1234 5678 901 | 卡号***************8901",
        "卡号6222020212340019 | 卡号************0019",
        // e-mail addresses with a Chinese domain, in full-width letters, with a full-width at sign
        "来信zhang@例子.中国反映 | 来信z***@例子.中国反映",
        "来信zhang@例子。中国 | 来信z***@例子。中国",
        "来信ｚｈａｎｇｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ | 来信ｚ***＠ｅｘａｍｐｌｅ．ｃｏｍ",
        "来信zhangsan＠example.com | 来信z***＠example.com",
        "来信li.si_88@163.com | 来信l***@163.com",
        "来信13899990009@qq.com | 来信1***@qq.com",
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
        "金额1,234.56元，另有1,234,567.89元",
        "2023-03-15、2023.03.15、2023/03/15、20230315、2023年3月15日",
        "2023-03-01至2023-03-31，2023.3.1-2023.3.31",
        "增长12.5%，下降0.5个百分点，共350万元",
        "2020 2021 2022 2023年连续四年", // four years in a row are not a card
        "工作时间8:30-17:30，拨打12345",
        "文号2023-0301-1234", // twelve digits in groups of four: neither card nor landline
        "本地号码12340014", // eight digits without an area code: see the Javadoc
        "第1 2 3 4 5 6 7 8 9 10批",
      })
  void leavesOrdinaryNumbersAlone(String text) {
    assertThat(Redactor.redact(text)).isEqualTo(text);
  }

  @Test
  void masksEveryOccurrence() {
    assertThat(Redactor.redact("甲13812345678，乙13987654321"))
        .isEqualTo("甲138****5678，乙139****4321");
    assertThat(Redactor.redact("甲13812345678 13987654321")).isEqualTo("甲138****5678 139****4321");
    assertThat(Redactor.redact("电话0451-12340014 13899990009，卡号6222 0202 1234 0019 2023年"))
        .isEqualTo("电话0451-****0014 138****0009，卡号************0019 2023年");
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
