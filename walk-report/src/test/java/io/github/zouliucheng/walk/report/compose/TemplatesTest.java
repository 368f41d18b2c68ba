package io.github.zouliucheng.walk.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.internal.Messages;
import io.github.zouliucheng.walk.report.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every sentence pattern of the bulletin, listed with one rendered example in Chinese and in English,
 * in {@code golden/templates.md}: the file an editor reviews against the source bulletin's sentence
 * patterns. The examples are rendered with the arguments of one invented county's quarter; where a
 * placeholder holds names in a named pattern ({@code units}, {@code members}, {@code groups}), it
 * gets names there.
 */
class TemplatesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  /** The arguments of the examples, by placeholder: Chinese, then English. */
  private static final Map<String, String[]> ARGUMENTS = new HashMap<>();

  private static void arg(String name, String zh, String en) {
    ARGUMENTS.put(name, new String[] {zh, en});
  }

  static {
    arg("period", "2023年第一季度", "Q1 2023");
    arg("issuer", "市深化能力作风建设领导小组办公室", "the office of the city's leading group");
    arg("counties", "12", "12");
    arg("departments", "45", "45");
    arg("members", "320", "320");
    arg("walks", "572", "572");
    arg("found", "748", "748");
    arg("solved", "613", "613");
    arg("roster", "340", "340");
    arg("walked", "320", "320");
    arg("share", "94.1%", "94.1%");
    arg("as_of", "2023年3月31日", "31 March 2023");
    arg("closed", "314", "314");
    arg("start", "2023年1月1日", "1 January 2023");
    arg("end", "2023年3月31日", "31 March 2023");
    arg("days", "61", "61");
    arg("months", "24", "24");
    arg("peak_day", "2023年3月15日", "15 March 2023");
    arg("peak", "38", "38");
    arg("units", "3", "3");
    arg("online", "17.2%", "17.2%");
    arg("findings", "805", "805");
    arg("walk_found", "748", "748");
    arg("other", "57", "57");
    arg("open", "46", "46");
    arg("overdue", "22", "22");
    arg("count", "3", "3");
    arg("total", "106", "106");
    arg("shown", "30", "30");
    arg("number", "1", "1");
    arg("window", "1", "1");
    arg("clusters", "7", "7");
    arg("groups", "2", "2");
    arg("empty", "49", "49");
    arg("trivial", "7", "7");
    arg("unit", "桦南县", "桦南县");
    arg("point", "县政务服务中心", "县政务服务中心");
    arg("matter", "退休人员医保待遇核定", "退休人员医保待遇核定");
    arg("manner", "采取“四不两直”方式，以普通办事群众身份", ", unannounced and in the “four nos, two straights” manner, as an ordinary citizen,");
    arg("visit", "到县政务服务中心亲自办理退休人员医保待遇核定", "handled 退休人员医保待遇核定 in person at 县政务服务中心");
    arg("problem", "医保窗口设置少，办事群众等待时间较长", "医保窗口设置少，办事群众等待时间较长");
    arg("action", "，随即医保窗口由2个增加到4个，平均等待时间由40分钟减少到15分钟。", "; they 医保窗口由2个增加到4个; 平均等待时间 fell from 40 分钟 to 15 分钟.");
    arg("measures", "医保窗口由2个增加到4个", "医保窗口由2个增加到4个");
    arg("effects", "平均等待时间由40分钟减少到15分钟", "平均等待时间 fell from 40 分钟 to 15 分钟");
    arg("indicator", "平均等待时间", "平均等待时间");
    arg("before", "40", "40");
    arg("after", "15", "15");
    arg("change", "减少", "fell");
    arg("note", "已整改到位", "已整改到位");
    arg("subject", "部分县（市）区和市直部门", "some counties, districts and municipal departments");
    arg("quantifier", "部分", "some");
    arg("kinds", "“走流程”存在“空走”现象、班子成员未“走流程”", "empty walks and team members who did not walk");
    arg("kind", "“走流程”时间安排比较扎堆", "Walks clustered in time");
    arg("heading", "压实落靠责任", "Make responsibility real");
    arg("label", "未开展暗访", "unit with no unannounced walk");
    arg("names", "桦南县、市医保局", "桦南县 and 市医保局");
    arg("from", "1月31日", "31 January");
    arg("to", "2月1日", "1 February");
    arg("date", "3月15日", "15 March");
    arg("complex", "37.4%", "37.4%");
    arg("crossing", "56.8%", "56.8%");
    arg("citizen", "42.0%", "42.0%");
    arg("unannounced", "50.5%", "50.5%");
    arg("whole", "62.1%", "62.1%");
    arg("grassroots", "18.0%", "18.0%");
    arg("cross_linked", "14.5%", "14.5%");
    arg("quotes", "“大厅卫生清扫不够彻底”“灭火器摆放不规范”", "“大厅卫生清扫不够彻底” and “灭火器摆放不规范”");
    arg("text", "大厅卫生清扫不够彻底", "大厅卫生清扫不够彻底");
    arg("judgment", "标注已整改但无具体措施", "marked rectified with no measures");
    arg("clause", "“等候区座椅不足”标注已整改但无具体措施", "“等候区座椅不足” (marked rectified with no measures)");
    arg("clauses", "“等候区座椅不足”标注已整改但无具体措施，“公证事项办理时间过长”逾期未整改",
        "“等候区座椅不足” (marked rectified with no measures), “公证事项办理时间过长” (not solved by its deadline)");
  }

  /** Names for the placeholders that hold names in the named patterns. */
  private static final Map<String, String[]> NAMED = Map.of(
      "units", new String[] {"桦南县、市医保局等3个单位", "3 units, among them 桦南县 and 市医保局"},
      "members", new String[] {"桦南县副县长张伟、市医保局副局长周敏等5名领导干部", "5 leaders, among them 桦南县副县长张伟 and 市医保局副局长周敏"},
      "groups", new String[] {"桦南县“大厅卫生清扫不够彻底”、市医保局“灭火器摆放不规范”", "桦南县, “大厅卫生清扫不够彻底”; 市医保局, “灭火器摆放不规范”"});

  @Test
  void everyPatternWithOneRenderedExample() throws IOException {
    Messages zh = Messages.of(Messages.BULLETIN, Language.ZH_CN);
    Messages en = Messages.of(Messages.BULLETIN, Language.EN);
    StringBuilder file = new StringBuilder();
    file.append("# The sentence patterns of the bulletin\n\n")
        .append("Every key of `bulletin_zh.properties`, in its order, with its Chinese and English example.\n")
        .append("Generated by `TemplatesTest`; review it against the source bulletin's sentence patterns.\n");
    for (String key : keysInFileOrder()) {
      file.append("\n## ").append(key).append("\n\n");
      file.append("- ").append(render(zh, key, 0)).append('\n');
      file.append("- ").append(render(en, key, 1)).append('\n');
    }
    Golden.assertMatches(TemplatesTest.class, "templates.md", file.toString());
  }

  private static String render(Messages messages, String key, int language) {
    Matcher m = PLACEHOLDER.matcher(messages.get(key));
    Map<String, String> arguments = new HashMap<>();
    while (m.find()) {
      String name = m.group(1);
      String[] values =
          key.equals("practice.effect") && name.equals("unit")
              ? new String[] {"分钟", "分钟"} // the effect's unit of measure, not a unit of government
              : key.contains("named") && NAMED.containsKey(name) ? NAMED.get(name) : ARGUMENTS.get(name);
      assertThat(values).as("an example argument for {%s} of %s", name, key).isNotNull();
      arguments.put(name, values[language]);
    }
    return arguments.isEmpty() ? messages.get(key) : messages.format(key, arguments);
  }

  /** Returns the keys of the Chinese bundle in the order of its file. */
  private static List<String> keysInFileOrder() throws IOException {
    List<String> keys = new ArrayList<>();
    try (InputStream in = Messages.class.getResourceAsStream(Messages.BULLETIN + "_zh.properties")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int eq = line.indexOf('=');
        if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
          keys.add(line.substring(0, eq));
        }
      }
    }
    return keys;
  }
}
