package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.BulletinBuilder;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.office.docx.DocxRenderer;
import io.github.zouliucheng.walk.report.office.docx.OfficialDocument;
import io.github.zouliucheng.walk.report.office.ledger.Ledger;
import io.github.zouliucheng.walk.report.html.HtmlRenderer;
import io.github.zouliucheng.walk.report.json.JsonRenderer;
import io.github.zouliucheng.walk.report.markdown.MarkdownRenderer;
import io.github.zouliucheng.walk.report.text.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The main job: reads a walk dataset (the bundled sample city unless {@code --input} names a file),
 * analyses it, and writes the bulletin as an HTML fragment, a standalone HTML page, Markdown, JSON
 * and a 公文 in DOCX, and the period's ledgers (台账) in XLSX (or the formats {@code --format}
 * names) into one folder, printing where. Run it with {@code
 * --help} for the options.
 *
 * <p>Exit status, one for each way a run ends:
 *
 * <ul>
 *   <li>{@value #OK}: the bulletin was written (warnings, and with {@code --keep-going} rejected
 *       records, do not change it);
 *   <li>{@value #INVALID_DATA}: the data has problems (records rejected without {@code
 *       --keep-going}, or a file that cannot be read as a dataset at all, such as malformed JSON);
 *   <li>{@value #USAGE}: a wrong option, period, date, language or value;
 *   <li>{@value #IO}: the input cannot be read, or an output (the bulletin or the {@code --problems}
 *       file) cannot be written;
 *   <li>{@value #OUT_OF_MEMORY}: the heap was too small to read, analyse, compose or render the
 *       data; one line says to give the JVM more with {@code -Xmx} ({@code MAVEN_OPTS} for {@code mvn
 *       exec:java}), about 1 GB per 100,000 walks to be safe;
 *   <li>{@value #INTERNAL}: an unexpected exception or error, a bug: one line names its type and
 *       the first line of its message; {@code --debug} adds the stack trace.
 * </ul>
 *
 * <p>Messages go to standard error in Chinese and English; standard output gets the paths written,
 * one a line. Problems in the data are summarised on standard error: the first 20 errors and the
 * first 20 warnings, how many more there are, and the count of each rule; {@code --problems FILE}
 * writes all of them, errors then warnings in input order, as JSON when {@code FILE} ends in {@code
 * .json} ({@code {"errors": E, "warnings": W, "problems": [...]}}, each problem with its {@code
 * severity}, {@code rule}, {@code location}, {@code recordId} and {@code value} when known, and
 * {@code message}) and otherwise as text, one {@link Problem#toString() problem} a line. The
 * problems file is written whenever the data was read far enough to have problems listed, including
 * runs that stop with {@value #INVALID_DATA}, and is written (with none) when there are none.
 *
 * <p>Outputs are never written in place. Each file is written to a temporary file in its own folder
 * ({@code .NAME.RANDOM.tmp}), forced to disk, and moved over its name with an atomic rename (a
 * plain replacing move where the file system has none). The bulletin's formats are all rendered and
 * all written to temporary files before the first is moved into place, so a failure while rendering
 * or writing any of them (a full disk, say) leaves every file of the previous run as it was and no
 * partial file behind: the temporary files are deleted. Only a failure of the renames themselves,
 * after every file was written, could leave the formats moved before it new and the others old;
 * each file is then still whole.
 *
 * <p>Input files of 8 MiB or more are read with progress on standard error:
 * on a terminal ({@code System.console() != null}) one line rewritten with {@code "\r"} every
 * second; otherwise, for logs, one plain line when reading starts and one when it ends.
 */
public final class BulletinCli {
  /** Exit status of a successful run. */
  public static final int OK = 0;
  /** Exit status when the data is invalid. */
  public static final int INVALID_DATA = 1;
  /** Exit status for a wrong option or value. */
  public static final int USAGE = 2;
  /** Exit status when a file cannot be read or written. */
  public static final int IO = 3;
  /** Exit status when the heap is too small for the data. */
  public static final int OUT_OF_MEMORY = 4;
  /** Exit status of an unexpected exception: a bug in this program or the libraries. */
  public static final int INTERNAL = 5;

  /** The class-path location of the bundled sample city, read when no {@code --input} is given. */
  public static final String SAMPLE_CITY = SampleData.SAMPLE_CITY;

  static final String HELP =
      String.join(
          "\n",
          "用法 / usage: walk-bulletin [选项 / options]",
          "",
          "读取“走流程”数据，分析并生成通报；默认使用内置的示例城市数据。",
          "Reads walk records, analyses them and writes the bulletin; the bundled sample city by default.",
          "",
          "  --input FILE      数据文件（walk-dataset/1 JSON） / the dataset file",
          "  --period P        通报期间 / the period: 2023-Q1, 2023-03, 2023, 2023-01-01/2023-03-31",
          "                    默认为数据的期间 / default: the data's period",
          "  --format LIST     html,page,md,txt,json,docx,xlsx 或 all，逗号分隔 / comma-separated, or all",
          "                    默认 / default: html,page,md,json,docx,xlsx",
          "  --out DIR         输出目录 / output folder (default: target/bulletin)",
          "  --lang zh|en      语言 / language (default: zh)",
          "  --named           点名通报问题（默认不点名） / name units in the problems (default: anonymous)",
          "  --as-of DATE      统计截止日期 / reference date (default: the period's last day)",
          "  --issued-on DATE  印发日期 / date of issue (default: the reference date)",
          "  --issuer TEXT     印发单位 / issuing office",
          "  --title TEXT      标题 / title",
          "  --mark TEXT       公文发文机关标志 / the 公文's issuing mark (default: the issuer + 文件)",
          "  --doc-number TEXT 发文字号，如 澜深办〔2023〕3号 / document number, e.g. 澜深办〔2023〕3号",
          "  --addressee TEXT  主送机关 / addressee",
          "  --copied-to TEXT  抄送机关 / copied to",
          "  --printed-by TEXT 印发机关 / printing office (default: the issuer)",
          "  --printed-on DATE 印发日期 / date of printing (default: the date of issue)",
          "  --copy-number N   份号 / copy number",
          "  --classification TEXT  密级，如 秘密★1年 / classification",
          "  --urgency TEXT    紧急程度：特急、加急 / urgency",
          "  --no-redaction    不遮蔽个人信息（仅供内部使用） / keep personal data (internal use only)",
          "  --keep-going      数据有误时仍以有效记录生成通报 / build from the valid records despite problems",
          "  --problems FILE   写出全部数据问题和提示，.json 结尾为 JSON，否则每行一条 /",
          "                    write every problem and warning: JSON if FILE ends in .json, else one a line",
          "  --debug           内部错误时打印堆栈 / print the stack trace of an internal error",
          "  --help            显示本帮助 / show this help",
          "",
          "退出码 / exit status: 0 成功 ok, 1 数据有误 invalid data, 2 参数有误 usage, 3 读写失败 I/O,",
          "                      4 内存不足 out of memory (-Xmx), 5 内部错误 internal error",
          "");

  /** An output format of the command line, with its file name. */
  enum Output {
    HTML("html", "bulletin.html"),
    PAGE("page", "bulletin-page.html"),
    MARKDOWN("md", "bulletin.md"),
    TEXT("txt", "bulletin.txt"),
    JSON("json", "bulletin.json"),
    /** The bulletin as a 公文 (GB/T 9704), for Word and WPS. */
    DOCX("docx", "bulletin.docx"),
    /** The ledgers (台账) of the period, complete, for Excel. */
    XLSX("xlsx", "ledger.xlsx");

    final String option;
    final String fileName;

    Output(String option, String fileName) {
      this.option = option;
      this.fileName = fileName;
    }

    /**
     * Returns the content of this format. The text formats and the DOCX are rendered here, at once;
     * the ledger, which grows with the data, is streamed when the content is written.
     */
    AtomicFiles.Content content(Bulletin bulletin, OfficialDocument document, Ledger ledger) throws IOException {
      switch (this) {
        case HTML:
          return AtomicFiles.text(HtmlRenderer.fragment().render(bulletin));
        case PAGE:
          return AtomicFiles.text(HtmlRenderer.page().render(bulletin));
        case MARKDOWN:
          return AtomicFiles.text(MarkdownRenderer.create().render(bulletin));
        case TEXT:
          return AtomicFiles.text(TextRenderer.create().render(bulletin));
        case JSON:
          return AtomicFiles.text(JsonRenderer.create().render(bulletin));
        case DOCX:
          ByteArrayOutputStream docx = new ByteArrayOutputStream();
          DocxRenderer.render(bulletin, document, docx);
          byte[] bytes = docx.toByteArray();
          return out -> out.write(bytes);
        case XLSX:
          return ledger::write;
        default:
          throw new IllegalStateException("format: no content for " + this);
      }
    }
  }

  private BulletinCli() {}

  /** Reads the dataset of a run; {@link DatasetInput#read(Optional, PrintStream, long, boolean)} in production. */
  @FunctionalInterface
  interface Loader {
    DatasetResult load(Optional<Path> input, PrintStream err, boolean terminal) throws IOException;
  }

  /** What a run depends on besides its arguments and streams; tests replace parts of it. */
  record Seams(Loader loader, AtomicFiles.Opener opener, boolean terminal) {
    /** The real file system and terminal. */
    static Seams system() {
      return new Seams(
          (input, err, terminal) -> DatasetInput.read(input, err, DatasetInput.PROGRESS_THRESHOLD, terminal), AtomicFiles::openSynced, System.console() != null);
    }

    Seams withLoader(Loader loader) {
      return new Seams(loader, opener, terminal);
    }

    Seams withOpener(AtomicFiles.Opener opener) {
      return new Seams(loader, opener, terminal);
    }
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /** Runs the command line with {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Seams.system());
  }

  /**
   * Runs the command line with {@code args} on {@code seams}, printing to {@code out} and {@code
   * err}; returns the exit status. Never throws: an {@link OutOfMemoryError} gives {@value
   * #OUT_OF_MEMORY}, any other unexpected {@link RuntimeException} or {@link Error} {@value
   * #INTERNAL}.
   */
  static int run(String[] args, PrintStream out, PrintStream err, Seams seams) {
    CliOptions options;
    try {
      options = CliOptions.parse(args);
    } catch (CliOptions.UsageException e) {
      err.println(e.getMessage());
      return USAGE;
    }
    if (options.help) {
      out.print(HELP);
      return OK;
    }
    try {
      // the data lives in execute's frame only: once it has thrown, the heap is free again
      return execute(options, out, err, seams);
    } catch (OutOfMemoryError e) {
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      return OUT_OF_MEMORY;
    } catch (RuntimeException | Error e) {
      String message = Optional.ofNullable(e.getMessage()).map(m -> m.lines().findFirst().orElse("")).orElse("");
      err.println(
          "内部错误 / internal error: " + e.getClass().getName() + (message.isEmpty() ? "" : ": " + message)
              + (options.debug ? "" : "（--debug 打印堆栈 / --debug prints the stack trace）"));
      if (options.debug) {
        e.printStackTrace(err);
      }
      return INTERNAL;
    }
  }

  /** Returns the one line printed when the heap of {@code maxHeap} bytes was too small. */
  static String outOfMemory(long maxHeap) {
    long mib = maxHeap >> 20;
    return String.format(
        Locale.ROOT,
        "内存不足（当前最大堆 %d MiB）：请用 -Xmx 加大堆内存（mvn exec:java 运行时设 MAVEN_OPTS=\"-Xmx8g\"），"
            + "每10万次“走流程”约需0.75 GB，稳妥起见按1 GB计 / out of memory (max heap %d MiB): give the JVM more with -Xmx"
            + " (MAVEN_OPTS=\"-Xmx8g\" for the mvn exec:java command); about 1 GB per 100,000 walks to be safe",
        mib,
        mib);
  }

  private static int execute(CliOptions options, PrintStream out, PrintStream err, Seams seams) {
    long started = System.nanoTime();
    DatasetResult result;
    String source = options.input.map(Path::toString).orElse("内置示例 / bundled sample " + SAMPLE_CITY);
    try {
      result = seams.loader().load(options.input, err, seams.terminal());
    } catch (NoSuchFileException e) {
      err.println("找不到文件 / no such file: " + e.getFile());
      return IO;
    } catch (IOException e) {
      err.println("无法读取 / cannot read " + source + ": " + e.getMessage());
      return IO;
    } catch (InvalidDatasetException e) {
      ProblemsReport.summarise(err, "无法读取数据 / cannot read the data in " + source + ":", e.problems(), options.problems.isPresent());
      return ProblemsReport.writeProblems(options.problems, e.problems(), out, err, seams.opener()) ? INVALID_DATA : IO;
    }
    if (!result.errors().isEmpty()) {
      ProblemsReport.summarise(err, "数据问题 / problems in " + source + ":", result.errors(), options.problems.isPresent());
    }
    if (!result.warnings().isEmpty()) {
      ProblemsReport.summarise(err, "数据提示（记录保留） / warnings (records kept) in " + source + ":", result.warnings(), options.problems.isPresent());
    }
    if (!ProblemsReport.writeProblems(options.problems, result.problems(), out, err, seams.opener())) {
      return IO;
    }
    if (!result.rejections().isEmpty()) {
      err.printf(
          Locale.ROOT,
          "%d 条记录被拒绝 / %d records rejected%s%n",
          result.rejections().size(),
          result.rejections().size(),
          options.keepGoing ? "；以其余记录继续 / going on with the others" : "");
      if (!options.keepGoing) {
        err.println("改正数据，或用 --keep-going 以有效记录生成通报 / fix the data, or use --keep-going");
        return INVALID_DATA;
      }
    }
    Dataset dataset;
    try {
      dataset = restrict(result.dataset(), options.period);
    } catch (CliOptions.UsageException e) {
      err.println(e.getMessage());
      return USAGE;
    }
    result = null; // the rejections and warnings are not needed any more
    LocalDate asOf = options.asOf.orElse(dataset.period().end());
    Analysis analysis = WalkAnalytics.analyze(dataset, io.github.zouliucheng.walk.analytics.Policy.defaults(), asOf);
    BulletinBuilder builder =
        Bulletin.builder(dataset, analysis)
            .language(options.language)
            .criticism(options.named ? Criticism.NAMED : Criticism.ANONYMOUS)
            .redactPersonalData(options.redact);
    try {
      options.issuedOn.ifPresent(builder::issuedOn);
      options.issuer.ifPresent(builder::issuer);
      options.title.ifPresent(builder::title);
    } catch (IllegalArgumentException e) {
      err.println("参数有误 / bad value: " + e.getMessage());
      return USAGE;
    }
    OfficialDocument document;
    try {
      document = officialDocument(options);
    } catch (IllegalArgumentException e) {
      err.println("参数有误 / bad value: " + e.getMessage());
      return USAGE;
    }
    Bulletin bulletin = builder.build();
    // every format but the streamed ledger is rendered before any file is touched
    Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
    Ledger ledger = Ledger.of(dataset, analysis).withLanguage(options.language);
    try {
      for (Output format : options.formats) {
        files.put(options.out.resolve(format.fileName), format.content(bulletin, document, ledger));
      }
    } catch (IOException e) {
      err.println("无法生成 / cannot render: " + e);
      return IO;
    }
    try {
      Files.createDirectories(options.out);
      AtomicFiles.writeAtomically(files, seams.opener());
    } catch (IOException e) {
      err.println("无法写入 / cannot write to " + options.out + ": " + e);
      return IO;
    }
    // the bulletin's own figures: problems found on walks, and those of other channels apart
    long onWalks = bulletin.overall().found();
    long otherChannels = analysis.rectification().findings() - analysis.participation().findingsOnWalks();
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf(
        Locale.ROOT,
        "%s：“走流程”%d次，发现问题%d个，其他渠道问题%d个；用时%.1f秒 / %d walks, %d problems found on them, %d from other channels, %.1f s%n",
        dataset.period(),
        bulletin.overall().walks(),
        onWalks,
        otherChannels,
        seconds,
        bulletin.overall().walks(),
        onWalks,
        otherChannels,
        seconds);
    err.println("通报已写入 / bulletin written to " + options.out.toAbsolutePath().normalize() + ":");
    for (Path file : files.keySet()) {
      out.println(file.toAbsolutePath().normalize());
    }
    return OK;
  }

  /**
   * Returns the 公文 options of the command line as a document.
   *
   * @throws IllegalArgumentException naming the option for a value GB/T 9704 cannot hold
   */
  static OfficialDocument officialDocument(CliOptions options) {
    OfficialDocument.Builder b = OfficialDocument.builder();
    for (Map.Entry<String, String> option : options.official.entrySet()) {
      String v = option.getValue();
      try {
        switch (option.getKey()) {
          case "--mark" -> b.issuingMark(v);
          case "--doc-number" -> b.documentNumber(v);
          case "--addressee" -> b.addressee(v);
          case "--copied-to" -> b.copiedTo(v);
          case "--printed-by" -> b.printedBy(v);
          case "--printed-on" -> b.printedOn(LocalDate.parse(v));
          case "--copy-number" -> b.copyNumber(Integer.parseInt(v));
          case "--classification" -> b.classification(v);
          case "--urgency" -> b.urgency(v);
          default -> throw new IllegalStateException("official option: " + option.getKey());
        }
      } catch (DateTimeException | NumberFormatException e) {
        throw new IllegalArgumentException(option.getKey() + ": not a valid value: \"" + v + "\"", e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(option.getKey() + ": " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  /**
   * Returns the part of {@code dataset} in {@code period}: its walks dated in the period and its
   * other findings found in it, with the whole roster. Without a period, the dataset as it is.
   */
  static Dataset restrict(Dataset dataset, Optional<Period> period) throws CliOptions.UsageException {
    if (period.isEmpty() || period.get().sameDays(dataset.period())) {
      return dataset;
    }
    Period p = period.get();
    if (!dataset.period().contains(p.start()) || !dataset.period().contains(p.end())) {
      throw new CliOptions.UsageException(
          "期间 " + p + " 不在数据的期间 " + dataset.period() + " 之内 / period " + p + " is outside the data's period "
              + dataset.period());
    }
    Dataset.Builder builder = Dataset.builder().period(p).roster(dataset.roster());
    for (Walk walk : dataset.walks()) {
      if (p.contains(walk.date())) {
        builder.addWalks(walk);
      }
    }
    for (Finding finding : dataset.findings()) {
      if (p.contains(finding.foundOn())) {
        builder.addFindings(finding);
      }
    }
    return builder.build();
  }
}
