package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.json.WalkJson;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The main job's command line: what it writes, what it says, and its exit status. */
class BulletinCliTest {
  @TempDir Path dir;

  /** The outcome of one run. */
  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    return run(BulletinCli.Seams.system(), args);
  }

  private static Run run(BulletinCli.Seams seams, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        BulletinCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            seams);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Opens the real temporary file, whose stream fails as a full disk does after {@code limit} bytes. */
  private static OutputStream fullAfter(Path temp, long limit) throws IOException {
    return new FilterOutputStream(AtomicFiles.openSynced(temp)) {
      long written;

      @Override
      public void write(int b) throws IOException {
        if (written++ >= limit) {
          throw new IOException("No space left on device");
        }
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          write(b[i]);
        }
      }
    };
  }

  /** The files in {@code folder} and their contents, as Base64 so that binary formats compare too. */
  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new HashMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
      }
    }
    return files;
  }

  @Test
  void theOfficialDocumentsOptionsReachTheDocxAndABadOneIsAUsageError() throws IOException {
    Run good = run("--out", dir.toString(), "--format", "docx", "--doc-number", "澜深办〔2023〕3号", "--copied-to", "市纪委监委");

    assertThat(good.status()).as(good.err()).isEqualTo(BulletinCli.OK);
    try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(dir.resolve("bulletin.docx")))) {
      String text = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
      assertThat(text).contains("澜深办〔2023〕3号");
    }
    Run bad = run("--out", dir.toString(), "--format", "docx", "--doc-number", "澜深办2023第3号");
    assertThat(bad.status()).isEqualTo(BulletinCli.USAGE);
    assertThat(bad.err()).contains("参数有误 / bad value: --doc-number: ");
  }

  @Test
  void withoutArgumentsItWritesTheSampleCitysBulletinInFiveFormatsAndItsLedger() throws IOException {
    Path out = dir.resolve("bulletin");

    Run run = run("--out", out.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(BulletinCli.OK);
    assertThat(run.out().lines())
        .containsExactly(
            out.resolve("bulletin.html").toAbsolutePath().toString(),
            out.resolve("bulletin-page.html").toAbsolutePath().toString(),
            out.resolve("bulletin.md").toAbsolutePath().toString(),
            out.resolve("bulletin.json").toAbsolutePath().toString(),
            out.resolve("bulletin.docx").toAbsolutePath().toString(),
            out.resolve("ledger.xlsx").toAbsolutePath().toString());
    assertThat(Files.readString(out.resolve("bulletin.html"))).startsWith("<article").contains("2023年第一季度，全市");
    try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(out.resolve("bulletin.docx")))) {
      assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).anySatisfy(t -> assertThat(t).startsWith("关于2023年第一季度领导干部"));
    }
    try (XSSFWorkbook ledger = new XSSFWorkbook(Files.newInputStream(out.resolve("ledger.xlsx")))) {
      assertThat(ledger.getSheetAt(0).getSheetName()).isEqualTo("各单位情况");
    }
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
  void largeInputsGetAProgressLineOnATerminalAndPlainLinesOtherwise() throws IOException {
    Path input = dir.resolve("city.json");
    try (var in = BulletinCliTest.class.getResourceAsStream(SampleData.SAMPLE_CITY)) {
      Files.copy(in, input);
    }
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    // any file counts as large with a threshold of one byte
    DatasetInput.read(Optional.of(input), new PrintStream(terminal, true, StandardCharsets.UTF_8), 1, true);
    DatasetInput.read(Optional.of(input), new PrintStream(log, true, StandardCharsets.UTF_8), 1, false);

    assertThat(terminal.toString(StandardCharsets.UTF_8))
        .startsWith("\r读取中 / reading: ")
        .endsWith("\r读取中 / reading: 100% (1 MiB)\n");
    assertThat(log.toString(StandardCharsets.UTF_8)).isEqualTo("读取中 / reading: 1 MiB\n读取中 / reading: 100% (1 MiB)\n");
    assertThat(Files.size(input)).isBetween(1L << 20, (2L << 20) - 1);
  }

  @Test
  void helpIsPrinted() throws IOException {
    Run run = run("--help");

    assertThat(run.status()).isEqualTo(BulletinCli.OK);
    assertThat(run.out()).isEqualTo(BulletinCli.HELP);
    assertThat(run.out()).contains("--input", "--period", "--format", "--out", "--lang", "--problems FILE", "--debug");
    assertThat(Files.readString(Path.of("../README.md"))).as("the README shows the help as it is").contains("```\n" + BulletinCli.HELP + "```\n");
  }

  @Test
  void everyExitStatusHasARunAndTheHelpNamesIt() throws Exception {
    BulletinCli.Seams oom = BulletinCli.Seams.system().withLoader((input, err, terminal) -> { throw new OutOfMemoryError("Java heap space"); });
    BulletinCli.Seams bug = BulletinCli.Seams.system().withLoader((input, err, terminal) -> { throw new IllegalStateException("boom"); });
    Map<Integer, Run> runs =
        Map.of(
            BulletinCli.OK, run("--out", dir.toString(), "--format", "md"),
            BulletinCli.INVALID_DATA, run("--input", Files.writeString(dir.resolve("bad.json"), "{").toString()),
            BulletinCli.USAGE, run("--colour"),
            BulletinCli.IO, run("--input", dir.resolve("missing.json").toString()),
            BulletinCli.OUT_OF_MEMORY, run(oom, "--out", dir.toString()),
            BulletinCli.INTERNAL, run(bug, "--out", dir.toString()));

    runs.forEach((status, run) -> assertThat(run.status()).as(run.err()).isEqualTo(status));
    TreeSet<Integer> declared = new TreeSet<>();
    for (Field field : BulletinCli.class.getFields()) {
      if (field.getType() == int.class && Modifier.isStatic(field.getModifiers())) {
        declared.add(field.getInt(null) );
      }
    }
    assertThat(declared).containsExactly(0, 1, 2, 3, 4, 5).isEqualTo(new TreeSet<>(runs.keySet()));
    assertThat(BulletinCli.HELP)
        .contains("0 成功 ok", "1 数据有误 invalid data", "2 参数有误 usage", "3 读写失败 I/O", "4 内存不足 out of memory", "5 内部错误 internal error");
  }

  @Test
  void tooSmallAHeapIsItsOwnStatusWithOneLineOnHowMuchToGive() {
    BulletinCli.Seams oom = BulletinCli.Seams.system().withLoader((input, err, terminal) -> { throw new OutOfMemoryError("Java heap space"); });

    Run run = run(oom, "--out", dir.resolve("out").toString());

    assertThat(run.status()).isEqualTo(BulletinCli.OUT_OF_MEMORY).isNotEqualTo(BulletinCli.INVALID_DATA);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("内存不足（当前最大堆 ")
        .contains("-Xmx", "MAVEN_OPTS=\"-Xmx8g\"", "每10万次“走流程”约需0.75 GB，稳妥起见按1 GB计", "about 1 GB per 100,000 walks to be safe")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anOutOfMemoryErrorWhileWritingLeavesNoTemporaryFile() throws IOException {
    BulletinCli.Seams oom = BulletinCli.Seams.system().withOpener(temp -> {
      Files.createFile(temp);
      throw new OutOfMemoryError("Java heap space");
    });

    Run run = run(oom, "--out", dir.toString());

    assertThat(run.status()).isEqualTo(BulletinCli.OUT_OF_MEMORY);
    assertThat(contents(dir)).isEmpty();
  }

  @Test
  void anUnexpectedExceptionIsAnInternalErrorOfOneLineWithItsStackTraceOnlyUnderDebug() {
    BulletinCli.Seams bug =
        BulletinCli.Seams.system().withLoader((input, err, terminal) -> { throw new IllegalStateException("boom\nsecond line"); });

    Run quiet = run(bug, "--out", dir.toString());
    Run debug = run(bug, "--out", dir.toString(), "--debug");

    assertThat(quiet.status()).isEqualTo(BulletinCli.INTERNAL);
    assertThat(quiet.err())
        .isEqualTo("内部错误 / internal error: java.lang.IllegalStateException: boom（--debug 打印堆栈 / --debug prints the stack trace）\n");
    assertThat(debug.status()).isEqualTo(BulletinCli.INTERNAL);
    assertThat(debug.err()).startsWith("内部错误 / internal error: java.lang.IllegalStateException: boom\njava.lang.IllegalStateException: boom").contains("\tat ");
  }

  @Test
  void aFullDiskLeavesThePreviousRunsFilesAndNoPartialFile() throws IOException {
    assertThat(run("--out", dir.toString()).status()).isEqualTo(BulletinCli.OK);
    Map<String, String> before = contents(dir);
    assertThat(before)
        .containsOnlyKeys("bulletin.html", "bulletin-page.html", "bulletin.md", "bulletin.json", "bulletin.docx", "ledger.xlsx");

    // the English bulletin would replace every file; the disk fills up 1,000 bytes into the first
    Run full = run(BulletinCli.Seams.system().withOpener(temp -> fullAfter(temp, 1_000)), "--out", dir.toString(), "--lang", "en");

    assertThat(full.status()).isEqualTo(BulletinCli.IO);
    assertThat(full.err()).contains("无法写入 / cannot write to " + dir + ": java.io.IOException: No space left on device");
    assertThat(full.out()).isEmpty();
    assertThat(contents(dir)).isEqualTo(before);
  }

  @Test
  void aFailureInTheThirdFormatMovesNoneOfTheFirstTwo() throws IOException {
    assertThat(run("--out", dir.toString()).status()).isEqualTo(BulletinCli.OK);
    Map<String, String> before = contents(dir);
    AtomicInteger opened = new AtomicInteger();

    Run failed =
        run(
            BulletinCli.Seams.system().withOpener(temp -> fullAfter(temp, opened.incrementAndGet() == 3 ? 10 : Long.MAX_VALUE)),
            "--out", dir.toString(), "--lang", "en");

    assertThat(opened).hasValue(3);
    assertThat(failed.status()).isEqualTo(BulletinCli.IO);
    assertThat(contents(dir)).isEqualTo(before);
  }

  @Test
  void aFailedFirstRunLeavesNoFileAtAll() throws IOException {
    Path out = dir.resolve("out");

    Run failed = run(BulletinCli.Seams.system().withOpener(temp -> fullAfter(temp, 0)), "--out", out.toString(), "--format", "all");

    assertThat(failed.status()).isEqualTo(BulletinCli.IO);
    assertThat(contents(out)).isEmpty();
  }

  @Test
  void writesReplaceTheFilesWhole() throws IOException {
    Files.writeString(dir.resolve("bulletin.md"), "an old and much longer bulletin ".repeat(10_000));

    Run run = run("--out", dir.toString(), "--format", "md");

    assertThat(run.status()).isEqualTo(BulletinCli.OK);
    assertThat(contents(dir)).containsOnlyKeys("bulletin.md");
    assertThat(Files.readString(dir.resolve("bulletin.md"))).startsWith("# 关于").doesNotContain("an old");
  }

  @Test
  void manyWarningsAreSummarisedAndTheProblemsFileHasThemAll() throws IOException {
    Path input = Files.writeString(dir.resolve("warned.json"), warned(30), StandardCharsets.UTF_8);
    Path json = dir.resolve("problems.json");
    Path text = dir.resolve("problems.txt");

    Run summary = run("--input", input.toString(), "--out", dir.toString(), "--format", "md", "--keep-going");
    Run toJson = run("--input", input.toString(), "--out", dir.toString(), "--format", "md", "--keep-going", "--problems", json.toString());
    Run toText = run("--input", input.toString(), "--out", dir.toString(), "--format", "md", "--keep-going", "--problems", text.toString());

    assertThat(summary.status()).as(summary.err()).isEqualTo(BulletinCli.OK);
    List<String> lines = summary.err().lines().toList();
    assertThat(lines.stream().filter(l -> l.startsWith("  warning "))).hasSize(ProblemsReport.SHOWN);
    assertThat(lines.stream().filter(l -> l.startsWith("  error "))).hasSize(1);
    assertThat(lines)
        .contains(
            "  ……另有10条未列出 / 10 more not listed（--problems FILE 写出全部 / --problems FILE writes them all）",
            "  共30条 / 30 in all — rectified_without_measures 标注已整改但无整改措施 / rectified with no measures: 30",
            "  共1条 / 1 in all — unknown_reference 引用对象不存在 / unknown reference: 1");
    assertThat(toJson.err()).contains("  ……另有10条未列出 / 10 more not listed\n");
    assertThat(toJson.out().lines().findFirst()).hasValue(json.toAbsolutePath().toString());

    var expected = WalkJson.reader().read(input).problems();
    assertThat(expected).hasSize(31);
    assertThat(Files.readAllLines(text)).isEqualTo(expected.stream().map(Object::toString).toList());
    JsonNode problems = new ObjectMapper().readTree(Files.readString(json));
    assertThat(problems.get("errors").asInt()).isEqualTo(1);
    assertThat(problems.get("warnings").asInt()).isEqualTo(30);
    assertThat(problems.get("problems")).hasSize(31);
    JsonNode error = problems.get("problems").get(0);
    assertThat(error.get("severity").asString()).isEqualTo("error");
    assertThat(error.get("rule").asString()).isEqualTo("unknown_reference");
    assertThat(error.get("location").asString()).isEqualTo(expected.get(0).location());
    assertThat(error.get("recordId").asString()).isEqualTo(expected.get(0).recordId().orElseThrow());
    assertThat(error.get("value").asString()).isEqualTo("nobody");
    assertThat(error.get("message").asString()).isEqualTo(expected.get(0).message());
    JsonNode warning = problems.get("problems").get(30);
    assertThat(warning.get("rule").asString()).isEqualTo("rectified_without_measures");
    assertThat(warning.has("value")).isEqualTo(expected.get(30).value().isPresent());
  }

  @Test
  void theProblemsFileIsWrittenWhenTheRunStopsOnInvalidData() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), BROKEN, StandardCharsets.UTF_8);
    Path malformed = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"walk-dataset/1\", \"period\": ", StandardCharsets.UTF_8);
    Path problems = dir.resolve("p/problems.txt");

    Run stopped = run("--input", broken.toString(), "--out", dir.resolve("out").toString(), "--problems", problems.toString());
    String listed = Files.readString(problems);
    Run unreadable = run("--input", malformed.toString(), "--out", dir.resolve("out").toString(), "--problems", problems.toString());

    assertThat(stopped.status()).isEqualTo(BulletinCli.INVALID_DATA);
    assertThat(listed).startsWith("error /walks/1/leaderId (walk w2) unknown_reference: ").endsWith("\n").hasLineCount(1);
    assertThat(unreadable.status()).isEqualTo(BulletinCli.INVALID_DATA);
    assertThat(Files.readString(problems)).startsWith("error ").contains("malformed_json");
    assertThat(contents(problems.getParent())).containsOnlyKeys("problems.txt");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    assertThat(run("--colour")).isEqualTo(new Run(BulletinCli.USAGE, "", "未知选项 / unknown option: --colour（--help 查看用法 / see --help）\n"));
    assertThat(run("--out")).isEqualTo(new Run(BulletinCli.USAGE, "", "选项 --out 缺少取值 / option --out needs a value\n"));
    Run period = run("--period", "2023-Q5");
    assertThat(period.status()).isEqualTo(BulletinCli.USAGE);
    assertThat(period.err()).startsWith("无法识别的期间 / unknown period: not a valid period: \"2023-Q5\"");
    Run format = run("--format", "pdf");
    assertThat(format.err()).isEqualTo("未知格式 / unknown format: \"pdf\"; 可选 / choose from html, page, md, txt, json, docx, xlsx, all\n");
    assertThat(run("--lang", "fr").err())
        .isEqualTo("不支持的语言 / unsupported language: language: \"fr\" is not offered; the bulletin is written in zh-CN or en\n");
    assertThat(run("--out", "a\0b").status()).isEqualTo(BulletinCli.USAGE);
    assertThat(run("--problems", "a\0b").err()).startsWith("选项 --problems 的路径无效 / option --problems needs a path: ");
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

  /** {@code count} walks, each with a finding marked rectified with no measures, and one led by nobody on the roster. */
  private static String warned(int count) {
    String walks =
        IntStream.rangeClosed(1, count)
            .mapToObj(
                i -> walk("g" + i, "qc-01").replace(
                    "\"findings\": []",
                    "\"findings\": [{\"id\": \"f" + i + "\", \"source\": \"walk\", \"description\": \"灭火器摆放不规范\","
                        + " \"category\": \"housekeeping\", \"responsibleUnitId\": \"qc\", \"foundOn\": \"2023-02-01\","
                        + " \"rectification\": {\"mode\": \"immediate\", \"rectifiedOn\": \"2023-02-01\"}}]"))
            .collect(Collectors.joining(",\n"));
    return BROKEN.replace(walk("w1", "qc-01") + ",", walks + ",");
  }

  private static String walk(String id, String leader) {
    return "    {\"id\": \"" + id + "\", \"leaderId\": \"" + leader + "\", \"unitId\": \"qc\", \"date\": \"2023-02-01\","
        + " \"servicePoint\": {\"id\": \"hall\", \"name\": \"青川县政务服务中心\", \"kind\": \"service_hall\"},"
        + " \"matters\": [{\"name\": \"咨询\", \"complexity\": \"simple\"}], \"role\": \"leader\", \"approach\": \"experienced\","
        + " \"forms\": [\"on_site\"], \"visibility\": \"announced\", \"coverage\": \"part\", \"findings\": []}";
  }
}
