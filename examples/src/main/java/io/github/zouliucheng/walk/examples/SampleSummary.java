package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.json.WalkJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main job until the bulletin arrives: loads the bundled sample (or the JSON file named as the
 * first argument), validates it, and prints what it holds. Exits with status 1 and the list of
 * problems when the file is not valid.
 */
public final class SampleSummary {
  /** The class-path location of the bundled sample. */
  public static final String SAMPLE = "/samples/example-dataset.json";

  private SampleSummary() {}

  /** Loads the sample or {@code args[0]} and prints its summary; exits 1 on invalid input. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      DatasetResult result = args.length > 0 ? read(Path.of(args[0])) : readSample();
      out.print(summary(args.length > 0 ? args[0] : "bundled sample " + SAMPLE, result));
      if (!result.rejections().isEmpty()) {
        System.exit(1);
      }
    } catch (InvalidDatasetException e) {
      out.println("无法读取数据 / cannot read the data:");
      e.problems().forEach(p -> out.println("  " + p));
      System.exit(1);
    } catch (IOException e) {
      out.println("无法读取文件 / cannot read the file: " + e);
      System.exit(1);
    }
  }

  static DatasetResult readSample() {
    try (InputStream in = SampleSummary.class.getResourceAsStream(SAMPLE)) {
      return WalkJson.reader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DatasetResult read(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new IOException("no such file: " + path);
    }
    return WalkJson.reader().read(path);
  }

  /** Returns the summary of what was read, in Chinese then English, ending with a line feed. */
  static String summary(String source, DatasetResult result) {
    Dataset d = result.dataset();
    long counties = d.roster().units().stream().filter(u -> u.kind() == UnitKind.COUNTY).count();
    long departments = d.roster().units().size() - counties;
    long walkers = d.walks().stream().map(Walk::leaderId).distinct().count();
    long found = d.allFindings().count();
    long solved = d.allFindings().filter(Finding::isSolved).count();
    StringBuilder s = new StringBuilder();
    s.append("数据来源 / source: ").append(source).append('\n');
    s.append(
        String.format(
            "%s：县（市）区%d个、市直部门%d家，班子成员%d名，其中%d名“走流程”%d次；发现问题%d个（其中来自其他渠道%d个），已解决%d个。\n",
            d.period(),
            counties,
            departments,
            d.roster().members().size(),
            walkers,
            d.walks().size(),
            found,
            d.findings().size(),
            solved));
    s.append(
        String.format(
            "%s: %d counties/districts and %d municipal departments, %d team members, of whom %d"
                + " walked %d times; %d problems found (%d from other channels), %d solved.\n",
            d.period(),
            counties,
            departments,
            d.roster().members().size(),
            walkers,
            d.walks().size(),
            found,
            d.findings().size(),
            solved));
    if (!result.rejections().isEmpty() || !result.warnings().isEmpty()) {
      s.append(
          String.format(
              "问题 / problems: %d records rejected, %d warnings\n",
              result.rejections().size(), result.warnings().size()));
      for (Problem p : result.problems()) {
        s.append("  ").append(p).append('\n');
      }
    }
    return s.toString();
  }
}
