package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The README's comparison example: analyses two quarters and prints, figure by figure, what
 * improved and what got worse. Each figure knows which way is better: more members walking and
 * more problems solved are better; more clustered, trivial or empty walks are worse.
 */
public final class CompareQuarters {
  private CompareQuarters() {}

  /** Which way of a figure is better. */
  public enum Better {
    /** A higher value is better. */
    HIGHER,
    /** A lower value is better. */
    LOWER
  }

  /** What became of one figure between two quarters. */
  public enum Verdict {
    /** The figure moved the better way. */
    IMPROVED("改善", "improved"),
    /** The figure moved the worse way. */
    WORSE("退步", "worse"),
    /** The figure did not move. */
    UNCHANGED("持平", "unchanged");

    final String zh;
    final String en;

    Verdict(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }
  }

  /** A share of walks, members or problems, and which way is better. */
  public record Figure(String zh, String en, Better better, Function<Analysis, Ratio> share) {}

  /** One figure in both quarters, and the verdict. */
  public record Change(Figure figure, Ratio before, Ratio after, Verdict verdict) {}

  /** The figures compared, in the order of the bulletin. */
  public static final List<Figure> FIGURES =
      List.of(
          new Figure("班子成员参与率", "members who walked", Better.HIGHER, a -> a.participation().membersWalked()),
          new Figure("扎堆单位", "clustered units", Better.LOWER, a -> a.scheduling().unitsClustered()),
          new Figure("复杂事项走流程", "walks of complex matters", Better.HIGHER, a -> a.depth().complexWalks()),
          new Figure("浮浅问题", "trivial findings", Better.LOWER, a -> a.depth().trivialFindings()),
          new Figure("以普通群众身份走", "walks as ordinary citizens", Better.HIGHER, a -> a.modes().citizenWalks()),
          new Figure("网上体验走", "online walks", Better.HIGHER, a -> a.modes().onlineWalks()),
          new Figure("“空走”", "empty walks", Better.LOWER, a -> a.accountability().emptyWalks()),
          new Figure("问题解决率", "problems solved", Better.HIGHER, a -> a.participation().solvedOnWalks()),
          new Figure("逾期未整改", "overdue rectifications", Better.LOWER, a -> a.rectification().overdue()));

  /** Returns every figure of {@link #FIGURES} in both analyses with its verdict. */
  public static List<Change> compare(Analysis before, Analysis after) {
    return FIGURES.stream()
        .map(f -> change(f, f.share().apply(before), f.share().apply(after)))
        .toList();
  }

  private static Change change(Figure figure, Ratio before, Ratio after) {
    return new Change(figure, before, after, verdict(figure, before, after));
  }

  /**
   * Returns what became of a figure that went from {@code before} to {@code after}: shares are
   * compared exactly, and a share of nothing (0 of 0) on either side counts as unchanged.
   */
  static Verdict verdict(Figure figure, Ratio before, Ratio after) {
    if (before.isUndefined() || after.isUndefined()) {
      return Verdict.UNCHANGED;
    }
    // a/b against c/d exactly, by cross-multiplying (Ratio's own order also tells 1/2 from 2/4)
    int rise =
        BigInteger.valueOf(after.numerator())
            .multiply(BigInteger.valueOf(before.denominator()))
            .compareTo(BigInteger.valueOf(before.numerator()).multiply(BigInteger.valueOf(after.denominator())));
    if (rise == 0) {
      return Verdict.UNCHANGED;
    }
    return (rise > 0) == (figure.better() == Better.HIGHER) ? Verdict.IMPROVED : Verdict.WORSE;
  }

  /** Returns the comparison as a table, one figure a line. */
  public static String table(List<Change> changes, String before, String after) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%-34s %10s %10s   %s%n", "指标 figure", before, after, "变化 change"));
    for (Change c : changes) {
      s.append(
          String.format(
              Locale.ROOT,
              "%-34s %9s%% %9s%%   %s %s%n",
              c.figure().zh() + " " + c.figure().en(),
              c.before().percent(1).toPlainString(),
              c.after().percent(1).toPlainString(),
              c.verdict().zh,
              c.verdict().en));
    }
    return s.toString();
  }

  /** Compares the sample city's first two quarters. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(run(SampleData.sampleCity(), SampleData.sampleCitySecondQuarter()));
  }

  /** Returns the comparison table of two quarters' datasets. */
  public static String run(Dataset first, Dataset second) {
    // README:begin
    Analysis q1 = WalkAnalytics.analyze(first);
    Analysis q2 = WalkAnalytics.analyze(second);
    List<Change> changes = CompareQuarters.compare(q1, q2);
    // README:end
    return table(changes, first.period().toString(), second.period().toString());
  }
}
