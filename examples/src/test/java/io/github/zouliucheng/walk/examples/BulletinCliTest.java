package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job's command line: what it writes, what it says, and its exit status. */
class BulletinCliTest {
  @TempDir Path dir;

  /** The outcome of one run. */
  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        BulletinCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void withoutArgumentsItWritesTheSampleCitysBulletinInFourFormats() throws IOException {
    Path out = dir.resolve("bulletin");

    Run run = run("--out", out.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(BulletinCli.OK);
    assertThat(run.out().lines())
        .containsExactly(
            out.resolve("bulletin.html").toAbsolutePath().toString(),
            out.resolve("bulletin-page.html").toAbsolutePath().toString(),
            out.resolve("bulletin.md").toAbsolutePath().toString(),
            out.resolve("bulletin.json").toAbsolutePath().toString());
    assertThat(Files.readString(out.resolve("bulletin.html"))).startsWith("<article").contains("2023年第一季度，全市");
    assertThat(Files.readString(out.resolve("bulletin-page.html"))).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(out.resolve("bulletin.md"))).startsWith("# 关于2023年第一季度领导干部“走流程”情况的通报");
    assertThat(Files.readString(out.resolve("bulletin.json"))).contains("\"format\": \"walk-bulletin/1\"");
    assertThat(run.err()).contains("通报已写入 / bulletin written to");
  }

  @Test
  void theSummaryLineGivesTheBulletinsFiguresAndOtherChannelsApart() throws IOException {
    Run run = run("--out", dir.toString(), "--format", "md");

    String markdown = Files.readString(dir.resolve("bulletin.md"));
    Matcher overall = Pattern.compile("“走流程”(\\d+)次，发现问题(\\d+)个").matcher(markdown);
    assertThat(overall.find()).as(markdown.substring(0, 400)).isTrue();
    Matcher summary = Pattern.compile("“走流程”(\\d+)次，发现问题(\\d+)个，其他渠道问题(\\d+)个").matcher(run.err());
    assertThat(summary.find()).as(run.err()).isTrue();
    // the walks and the problems found on them are the bulletin's; the other channels are said apart
    assertThat(summary.group(1)).isEqualTo(overall.group(1));
    assertThat(summary.group(2)).isEqualTo(overall.group(2));
    assertThat(markdown).contains("其他渠道" + summary.group(3) + "个");
  }

  @Test
  void formatsLanguageAndCriticismAreChosen() throws IOException {
    Run run = run("--out", dir.toString(), "--format", "txt,json", "--lang", "en", "--named");

    assertThat(run.status()).as(run.err()).isEqualTo(BulletinCli.OK);
    assertThat(run.out().lines()).hasSize(2);
    assertThat(Files.readString(dir.resolve("bulletin.json"))).contains("\"language\": \"en\"", "\"criticism\": \"named\"");
    assertThat(Files.readString(dir.resolve("bulletin.txt"))).contains("Bulletin on leaders walking the process in Q1 2023");
  }

  @Test
  void aPeriodInsideTheDataReportsOnlyItsWalks() throws Exception {
    Run run = run("--out", dir.toString(), "--format", "json", "--period", "2023-02");

    assertThat(run.status()).as(run.err()).isEqualTo(BulletinCli.OK);
    Dataset february = BulletinCli.restrict(SampleData.sampleCity(), Optional.of(Period.parse("2023-02")));
    assertThat(february.walks()).isNotEmpty().allMatch(w -> w.date().getMonthValue() == 2);
    assertThat(Files.readString(dir.resolve("bulletin.json")))
        .contains("\"period\": \"2023-02\"", "\"walks\": " + february.walks().size() + ",");
  }

  @Test
  void largeInputsGetAProgressLine() throws IOException {
    Path input = dir.resolve("city.json");
    try (var in = BulletinCliTest.class.getResourceAsStream(SampleData.SAMPLE_CITY)) {
      Files.copy(in, input);
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    // any file counts as large with a threshold of one byte
    BulletinCli.read(Optional.of(input), new PrintStream(err, true, StandardCharsets.UTF_8), 1);

    String progress = err.toString(StandardCharsets.UTF_8);
    assertThat(progress).startsWith("\r读取中 / reading: ").endsWith("\r读取中 / reading: 100% (1 MiB)\n");
    assertThat(Files.size(input)).isBetween(1L << 20, (2L << 20) - 1);
  }

  @Test
  void helpIsPrinted() {
    Run run = run("--help");

    assertThat(run.status()).isEqualTo(BulletinCli.OK);
    assertThat(run.out()).isEqualTo(BulletinCli.HELP);
    assertThat(run.out()).contains("--input", "--period", "--format", "--out", "--lang");
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    assertThat(run("--colour")).isEqualTo(new Run(BulletinCli.USAGE, "", "未知选项 / unknown option: --colour（--help 查看用法 / see --help）\n"));
    assertThat(run("--out")).isEqualTo(new Run(BulletinCli.USAGE, "", "选项 --out 缺少取值 / option --out needs a value\n"));
    Run period = run("--period", "2023-Q5");
    assertThat(period.status()).isEqualTo(BulletinCli.USAGE);
    assertThat(period.err()).startsWith("无法识别的期间 / unknown period: not a valid period: \"2023-Q5\"");
    Run format = run("--format", "pdf");
    assertThat(format.err()).isEqualTo("未知格式 / unknown format: \"pdf\"; 可选 / choose from html, page, md, txt, json, all\n");
    assertThat(run("--lang", "fr").err())
        .isEqualTo("不支持的语言 / unsupported language: language: \"fr\" is not offered; the bulletin is written in zh-CN or en\n");
    assertThat(run("--as-of", "31/03/2023").err())
        .isEqualTo("选项 --as-of 的日期无效 / option --as-of needs a date such as 2023-03-31, was \"31/03/2023\"\n");
  }

  @Test
  void warningsAreListedAndTheRecordsKept() {
    Run run = run("--out", dir.toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(BulletinCli.OK);
    assertThat(run.err())
        .startsWith("数据提示（记录保留） / warnings (records kept) in 内置示例 / bundled sample /samples/sample-city-2023q1.json:\n  warning ")
        .contains("rectified_without_measures")
        .doesNotContain("数据问题 / problems");
  }

  @Test
  void aPeriodOutsideTheDataIsAUsageError() {
    Run run = run("--out", dir.toString(), "--period", "2023-Q2");

    assertThat(run.status()).isEqualTo(BulletinCli.USAGE);
    assertThat(run.err()).endsWith("期间 2023-Q2 不在数据的期间 2023-Q1 之内 / period 2023-Q2 is outside the data's period 2023-Q1\n");
  }

  @Test
  void aMissingInputIsAnIoError() {
    Path missing = dir.resolve("no-such.json");

    Run run = run("--input", missing.toString());

    assertThat(run.status()).isEqualTo(BulletinCli.IO);
    assertThat(run.err()).isEqualTo("找不到文件 / no such file: " + missing + "\n");
  }

  @Test
  void anUnwritableOutputIsAnIoError() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");

    Run run = run("--out", file.toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(BulletinCli.IO);
    assertThat(run.err()).contains("\n无法写入 / cannot write to " + file);
  }

  @Test
  void invalidDataIsListedAndStopsTheRunUnlessToldToGoOn() throws IOException {
    Path input = dir.resolve("broken.json");
    Files.writeString(input, BROKEN, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    Run stopped = run("--input", input.toString(), "--out", out.toString());
    assertThat(out).doesNotExist();
    Run kept = run("--input", input.toString(), "--out", out.toString(), "--keep-going", "--format", "json");

    assertThat(stopped.status()).isEqualTo(BulletinCli.INVALID_DATA);
    assertThat(stopped.err())
        .contains("数据问题 / problems in " + input + ":", "/walks/1/leaderId", "nobody", "1 条记录被拒绝 / 1 records rejected")
        .endsWith("改正数据，或用 --keep-going 以有效记录生成通报 / fix the data, or use --keep-going\n");
    assertThat(kept.status()).as(kept.err()).isEqualTo(BulletinCli.OK);
    assertThat(Files.readString(out.resolve("bulletin.json"))).contains("\"walks\": 1,");
  }

  @Test
  void malformedJsonIsInvalidData() throws IOException {
    Path input = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"walk-dataset/1\", \"period\": ", StandardCharsets.UTF_8);

    Run run = run("--input", input.toString());

    assertThat(run.status()).isEqualTo(BulletinCli.INVALID_DATA);
    assertThat(run.err()).startsWith("无法读取数据 / cannot read the data in " + input + ":\n  ");
  }

  /** One good walk, and one led by somebody not on the roster. */
  private static final String BROKEN =
      String.join(
          "\n",
          "{",
          "  \"format\": \"walk-dataset/1\",",
          "  \"period\": \"2023-Q1\",",
          "  \"roster\": {",
          "    \"units\": [{\"id\": \"qc\", \"name\": \"青川县\", \"kind\": \"county\"}],",
          "    \"members\": [{\"id\": \"qc-01\", \"name\": \"王立新\", \"title\": \"县长\", \"unitId\": \"qc\", \"principal\": true}]",
          "  },",
          "  \"walks\": [",
          walk("w1", "qc-01") + ",",
          walk("w2", "nobody"),
          "  ]",
          "}",
          "");

  private static String walk(String id, String leader) {
    return "    {\"id\": \"" + id + "\", \"leaderId\": \"" + leader + "\", \"unitId\": \"qc\", \"date\": \"2023-02-01\","
        + " \"servicePoint\": {\"id\": \"hall\", \"name\": \"青川县政务服务中心\", \"kind\": \"service_hall\"},"
        + " \"matters\": [{\"name\": \"咨询\", \"complexity\": \"simple\"}], \"role\": \"leader\", \"approach\": \"experienced\","
        + " \"forms\": [\"on_site\"], \"visibility\": \"announced\", \"coverage\": \"part\", \"findings\": []}";
  }
}
