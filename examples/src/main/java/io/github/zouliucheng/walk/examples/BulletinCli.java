package io.github.zouliucheng.walk.examples;

import com.google.common.io.CountingInputStream;
import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.json.WalkJson;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.BulletinBuilder;
import io.github.zouliucheng.walk.report.BulletinRenderer;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.html.HtmlRenderer;
import io.github.zouliucheng.walk.report.json.JsonRenderer;
import io.github.zouliucheng.walk.report.markdown.MarkdownRenderer;
import io.github.zouliucheng.walk.report.text.TextRenderer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The main job: reads a walk dataset (the bundled sample city unless {@code --input} names a file),
 * analyses it, and writes the bulletin as an HTML fragment, a standalone HTML page, Markdown and
 * JSON (or the formats {@code --format} names) into one folder, printing where. Run it with {@code
 * --help} for the options.
 *
 * <p>Exit status: {@value #OK} on success; {@value #INVALID_DATA} when the data has problems (the
 * list is printed; {@code --keep-going} builds the bulletin from the valid records instead);
 * {@value #USAGE} for a wrong option, period, date or language; {@value #IO} when the input cannot
 * be read or the output cannot be written. Messages go to standard error in Chinese and English;
 * standard output gets the paths written, one a line.
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

  /** The class-path location of the bundled sample city, read when no {@code --input} is given. */
  public static final String SAMPLE_CITY = SampleData.SAMPLE_CITY;

  /** Inputs at least this large get a progress line while they are read. */
  static final long PROGRESS_THRESHOLD = 8L << 20;

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
          "  --format LIST     html,page,md,txt,json 或 all，逗号分隔 / comma-separated, or all",
          "                    默认 / default: html,page,md,json",
          "  --out DIR         输出目录 / output folder (default: target/bulletin)",
          "  --lang zh|en      语言 / language (default: zh)",
          "  --named           点名通报问题（默认不点名） / name units in the problems (default: anonymous)",
          "  --as-of DATE      统计截止日期 / reference date (default: the period's last day)",
          "  --issued-on DATE  印发日期 / date of issue (default: the reference date)",
          "  --issuer TEXT     印发单位 / issuing office",
          "  --title TEXT      标题 / title",
          "  --no-redaction    不遮蔽个人信息（仅供内部使用） / keep personal data (internal use only)",
          "  --keep-going      数据有误时仍以有效记录生成通报 / build from the valid records despite problems",
          "  --help            显示本帮助 / show this help",
          "",
          "退出码 / exit status: 0 成功 ok, 1 数据有误 invalid data, 2 参数有误 usage, 3 读写失败 I/O",
          "");

  /** An output format of the command line, with its file name. */
  enum Output {
    HTML("html", "bulletin.html"),
    PAGE("page", "bulletin-page.html"),
    MARKDOWN("md", "bulletin.md"),
    TEXT("txt", "bulletin.txt"),
    JSON("json", "bulletin.json");

    final String option;
    final String fileName;

    Output(String option, String fileName) {
      this.option = option;
      this.fileName = fileName;
    }

    BulletinRenderer renderer() {
      switch (this) {
        case HTML:
          return HtmlRenderer.fragment();
        case PAGE:
          return HtmlRenderer.page();
        case MARKDOWN:
          return MarkdownRenderer.create();
        case TEXT:
          return TextRenderer.create();
        default:
          return JsonRenderer.create();
      }
    }
  }

  /** A wrong option or value; the message says which and why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The parsed command line. */
  static final class Options {
    Optional<Path> input = Optional.empty();
    Optional<Period> period = Optional.empty();
    Set<Output> formats = EnumSet.of(Output.HTML, Output.PAGE, Output.MARKDOWN, Output.JSON);
    Path out = Path.of("target", "bulletin");
    Language language = Language.ZH_CN;
    boolean named;
    Optional<LocalDate> asOf = Optional.empty();
    Optional<LocalDate> issuedOn = Optional.empty();
    Optional<String> issuer = Optional.empty();
    Optional<String> title = Optional.empty();
    boolean redact = true;
    boolean keepGoing;
    boolean help;

    static Options parse(String[] args) throws UsageException {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help":
          case "-h":
            o.help = true;
            break;
          case "--named":
            o.named = true;
            break;
          case "--no-redaction":
            o.redact = false;
            break;
          case "--keep-going":
            o.keepGoing = true;
            break;
          case "--input":
            o.input = Optional.of(Path.of(value(args, ++i, arg)));
            break;
          case "--out":
            o.out = Path.of(value(args, ++i, arg));
            break;
          case "--period":
            o.period = Optional.of(period(value(args, ++i, arg)));
            break;
          case "--format":
            o.formats = formats(value(args, ++i, arg));
            break;
          case "--lang":
            o.language = language(value(args, ++i, arg));
            break;
          case "--as-of":
            o.asOf = Optional.of(date(arg, value(args, ++i, arg)));
            break;
          case "--issued-on":
            o.issuedOn = Optional.of(date(arg, value(args, ++i, arg)));
            break;
          case "--issuer":
            o.issuer = Optional.of(value(args, ++i, arg));
            break;
          case "--title":
            o.title = Optional.of(value(args, ++i, arg));
            break;
          default:
            throw new UsageException("未知选项 / unknown option: " + arg + "（--help 查看用法 / see --help）");
        }
      }
      return o;
    }

    private static String value(String[] args, int i, String option) throws UsageException {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new UsageException("选项 " + option + " 缺少取值 / option " + option + " needs a value");
      }
      return args[i];
    }

    private static Period period(String text) throws UsageException {
      try {
        return Period.parse(text);
      } catch (IllegalArgumentException e) {
        throw new UsageException("无法识别的期间 / unknown period: " + e.getMessage());
      }
    }

    private static LocalDate date(String option, String text) throws UsageException {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw new UsageException(
            "选项 " + option + " 的日期无效 / option " + option + " needs a date such as 2023-03-31, was \"" + text + "\"");
      }
    }

    private static Language language(String text) throws UsageException {
      try {
        return Language.ofTag(text);
      } catch (IllegalArgumentException e) {
        throw new UsageException("不支持的语言 / unsupported language: " + e.getMessage());
      }
    }

    private static Set<Output> formats(String text) throws UsageException {
      Set<Output> formats = EnumSet.noneOf(Output.class);
      for (String part : text.split(",", -1)) {
        String name = part.strip().toLowerCase(Locale.ROOT);
        if (name.equals("all")) {
          formats.addAll(EnumSet.allOf(Output.class));
          continue;
        }
        Optional<Output> format = EnumSet.allOf(Output.class).stream().filter(f -> f.option.equals(name)).findFirst();
        if (format.isEmpty()) {
          throw new UsageException(
              "未知格式 / unknown format: \"" + part + "\"; 可选 / choose from html, page, md, txt, json, all");
        }
        formats.add(format.get());
      }
      return formats;
    }
  }

  private BulletinCli() {}

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
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      err.println(e.getMessage());
      return USAGE;
    }
    if (options.help) {
      out.print(HELP);
      return OK;
    }
    long started = System.nanoTime();
    DatasetResult result;
    String source = options.input.map(Path::toString).orElse("内置示例 / bundled sample " + SAMPLE_CITY);
    try {
      result = read(options.input, err);
    } catch (NoSuchFileException e) {
      err.println("找不到文件 / no such file: " + e.getFile());
      return IO;
    } catch (IOException e) {
      err.println("无法读取 / cannot read " + source + ": " + e.getMessage());
      return IO;
    } catch (InvalidDatasetException e) {
      err.println("无法读取数据 / cannot read the data in " + source + ":");
      e.problems().forEach(p -> err.println("  " + p));
      return INVALID_DATA;
    }
    if (!result.errors().isEmpty()) {
      err.println("数据问题 / problems in " + source + ":");
      result.errors().forEach(p -> err.println("  " + p));
    }
    if (!result.warnings().isEmpty()) {
      err.println("数据提示（记录保留） / warnings (records kept) in " + source + ":");
      result.warnings().forEach(p -> err.println("  " + p));
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
    } catch (UsageException e) {
      err.println(e.getMessage());
      return USAGE;
    }
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
    Bulletin bulletin = builder.build();
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(options.out);
      for (Output format : options.formats) {
        Path file = options.out.resolve(format.fileName);
        Files.writeString(file, format.renderer().render(bulletin), StandardCharsets.UTF_8);
        written.add(file);
      }
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
    for (Path file : written) {
      out.println(file.toAbsolutePath().normalize());
    }
    return OK;
  }

  /** Reads the input, printing a progress line for files of {@link #PROGRESS_THRESHOLD} bytes or more. */
  static DatasetResult read(Optional<Path> input, PrintStream err) throws IOException {
    return read(input, err, PROGRESS_THRESHOLD);
  }

  /** Reads the input, printing a progress line for files of {@code threshold} bytes or more. */
  static DatasetResult read(Optional<Path> input, PrintStream err, long threshold) throws IOException {
    if (input.isEmpty()) {
      try (InputStream in = BulletinCli.class.getResourceAsStream(SAMPLE_CITY)) {
        if (in == null) {
          throw new NoSuchFileException(SAMPLE_CITY);
        }
        return WalkJson.reader().read(in);
      }
    }
    Path path = input.get();
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(path.toString());
    }
    long size = Files.size(path);
    try (CountingInputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16))) {
      if (size < threshold) {
        return WalkJson.reader().read(in);
      }
      Progress progress = new Progress(in, size, err);
      progress.start();
      try {
        return WalkJson.reader().read(in);
      } finally {
        progress.finish();
      }
    }
  }

  /** Prints how much of a large input has been read, once a second, on one line. */
  private static final class Progress extends Thread {
    private final CountingInputStream in;
    private final long size;
    private final PrintStream err;
    private volatile boolean done;

    Progress(CountingInputStream in, long size, PrintStream err) {
      super("walk-bulletin-progress");
      setDaemon(true);
      this.in = in;
      this.size = size;
      this.err = err;
    }

    @Override
    public void run() {
      while (!done) {
        err.printf(
            Locale.ROOT, "\r读取中 / reading: %3d%% (%d / %d MiB)", in.getCount() * 100 / size, in.getCount() >> 20, size >> 20);
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() {
      done = true;
      interrupt();
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      err.printf(Locale.ROOT, "\r读取中 / reading: 100%% (%d MiB)%n", size >> 20);
    }
  }

  /**
   * Returns the part of {@code dataset} in {@code period}: its walks dated in the period and its
   * other findings found in it, with the whole roster. Without a period, the dataset as it is.
   */
  static Dataset restrict(Dataset dataset, Optional<Period> period) throws UsageException {
    if (period.isEmpty() || period.get().sameDays(dataset.period())) {
      return dataset;
    }
    Period p = period.get();
    if (!dataset.period().contains(p.start()) || !dataset.period().contains(p.end())) {
      throw new UsageException(
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
