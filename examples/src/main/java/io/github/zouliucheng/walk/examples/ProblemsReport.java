package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The problems in the data as {@link BulletinCli} reports them: summarised on standard error, and
 * all of them in the {@code --problems} file, as JSON or as text.
 */
final class ProblemsReport {
  /** How many errors, and how many warnings, standard error lists; {@code --problems} writes all. */
  static final int SHOWN = 20;

  private ProblemsReport() {}

  /**
   * Prints {@code heading}, the first {@value #SHOWN} of {@code problems}, how many more there are
   * (pointing to {@code --problems} unless {@code toFile}), and how many break each rule, most first.
   */
  static void summarise(PrintStream err, String heading, List<Problem> problems, boolean toFile) {
    err.println(heading);
    problems.stream().limit(SHOWN).forEach(p -> err.println("  " + p));
    int more = problems.size() - SHOWN;
    if (more > 0) {
      err.printf(
          Locale.ROOT,
          "  ……另有%d条未列出 / %d more not listed%s%n",
          more,
          more,
          toFile ? "" : "（--problems FILE 写出全部 / --problems FILE writes them all）");
    }
    Map<Rule, Integer> byRule = new EnumMap<>(Rule.class);
    problems.forEach(p -> byRule.merge(p.rule(), 1, Integer::sum));
    StringBuilder line = new StringBuilder();
    byRule.entrySet().stream()
        .sorted(Map.Entry.<Rule, Integer>comparingByValue(Comparator.reverseOrder()))
        .forEach(
            e -> line.append(line.length() == 0 ? "" : "; ")
                .append(e.getKey().code())
                .append(' ')
                .append(e.getKey().zh())
                .append(" / ")
                .append(e.getKey().en())
                .append(": ")
                .append(e.getValue()));
    err.printf(Locale.ROOT, "  共%d条 / %d in all — %s%n", problems.size(), problems.size(), line);
  }

  /**
   * Writes {@code problems} to the {@code --problems} file, {@code problemsFile}, if one was asked for, and prints its
   * path; returns {@code false}, having said why, if it cannot be written.
   */
  static boolean writeProblems(Optional<Path> problemsFile, List<Problem> problems, PrintStream out, PrintStream err, AtomicFiles.Opener opener) {
    if (problemsFile.isEmpty()) {
      return true;
    }
    Path file = problemsFile.get();
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String content = name.toLowerCase(Locale.ROOT).endsWith(".json") ? problemsJson(problems) : problemsText(problems);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtomicFiles.writeAtomically(Map.of(file, AtomicFiles.text(content)), opener);
    } catch (IOException e) {
      err.println("无法写入 / cannot write to " + file + ": " + e);
      return false;
    }
    out.println(file.toAbsolutePath().normalize());
    return true;
  }

  /** Returns {@code problems} as text: {@link Problem#toString()}, one a line. */
  static String problemsText(List<Problem> problems) {
    StringBuilder s = new StringBuilder();
    problems.forEach(p -> s.append(p).append('\n'));
    return s.toString();
  }

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * Returns {@code problems} as JSON: an object with {@code errors} and {@code warnings} (counts) and
   * {@code problems}, an array of one object per problem in order, with {@code severity} and {@code
   * rule} (their codes), {@code location}, {@code recordId} and {@code value} (left out when
   * unknown) and {@code message}; compact, one problem a line.
   */
  static String problemsJson(List<Problem> problems) {
    StringWriter s = new StringWriter();
    long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), s)) {
      g.writeStartObject();
      g.writeNumberProperty("errors", errors);
      g.writeNumberProperty("warnings", problems.size() - errors);
      g.writeName("problems");
      g.writeStartArray();
      for (Problem p : problems) {
        g.writeRaw("\n");
        g.writeStartObject();
        g.writeStringProperty("severity", p.severity().code());
        g.writeStringProperty("rule", p.rule().code());
        g.writeStringProperty("location", p.location());
        if (p.recordId().isPresent()) {
          g.writeStringProperty("recordId", p.recordId().get());
        }
        if (p.value().isPresent()) {
          g.writeStringProperty("value", p.value().get());
        }
        g.writeStringProperty("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return s.append('\n').toString();
  }
}
