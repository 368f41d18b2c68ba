package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.examples.BulletinCli.Output;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.office.docx.OfficialDocument;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed command line of {@link BulletinCli}; {@link #parse(String[])} reads it. */
final class CliOptions {
  /** A wrong option or value; the message says which and why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  Optional<Path> input = Optional.empty();
  Optional<Period> period = Optional.empty();
  Set<Output> formats = EnumSet.of(Output.HTML, Output.PAGE, Output.MARKDOWN, Output.JSON, Output.DOCX, Output.XLSX);
  Path out = Path.of("target", "bulletin");
  Language language = Language.ZH_CN;
  boolean named;
  Optional<LocalDate> asOf = Optional.empty();
  Optional<LocalDate> issuedOn = Optional.empty();
  Optional<String> issuer = Optional.empty();
  Optional<String> title = Optional.empty();
  /** The 公文 options, each applied to the {@link OfficialDocument} builder when the run starts. */
  final Map<String, String> official = new LinkedHashMap<>();
  boolean redact = true;
  boolean keepGoing;
  Optional<Path> problems = Optional.empty();
  boolean debug;
  boolean help;

  static CliOptions parse(String[] args) throws UsageException {
    CliOptions o = new CliOptions();
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
        case "--debug":
          o.debug = true;
          break;
        case "--input":
          o.input = Optional.of(path(arg, value(args, ++i, arg)));
          break;
        case "--out":
          o.out = path(arg, value(args, ++i, arg));
          break;
        case "--problems":
          o.problems = Optional.of(path(arg, value(args, ++i, arg)));
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
        case "--mark":
        case "--doc-number":
        case "--addressee":
        case "--copied-to":
        case "--printed-by":
        case "--printed-on":
        case "--copy-number":
        case "--classification":
        case "--urgency":
          o.official.put(arg, value(args, ++i, arg));
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

  private static Path path(String option, String text) throws UsageException {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new UsageException("选项 " + option + " 的路径无效 / option " + option + " needs a path: " + e.getMessage());
    }
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
            "未知格式 / unknown format: \"" + part + "\"; 可选 / choose from html, page, md, txt, json, docx, xlsx, all");
      }
      formats.add(format.get());
    }
    return formats;
  }
}
