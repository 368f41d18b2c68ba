package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetAssembler;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.json.WalkJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of a realistic, invented city's walk records for any quarter of 2023: the
 * sample data of the examples, and data of any size for benchmarks.
 *
 * <pre>{@code
 * Dataset city = SampleCity.withSeed(7).scale(10).dataset();
 * Dataset spring = SampleCity.defaults().quarter(2).dataset(); // the same city, 2023-Q2
 * }</pre>
 *
 * <h2>What it produces</h2>
 *
 * At scale 1, the city 澜州市 (invented, as are all its counties, companies and people): 10
 * counties, districts and county-level cities (县（市）区, {@link
 * io.github.zouliucheng.walk.model.UnitKind#COUNTY}) such as 云河区 and 青禾县, and 40 municipal
 * departments (市直部门) from 市教育局 to 市人民防空办公室, with about 200 leadership-team members
 * (a county's 书记 and 县长/区长/市长 as principals and five deputies; a department's principal and two
 * to four deputies), about 600 walks (2 to 5 per member who walked) at service points that fit each
 * unit (政务服务中心 windows, hospitals, schools, 12345 hotlines, 派出所户籍窗口, township and community
 * service stations, enterprises, online platforms and the city's “澜州通”App), about 1.3 problems
 * per walk worded per category with measures, measured effects (before and after, with units) and
 * owners, and about one problem from other channels (信访、舆情、12345热线、巡察、审计) per ten walks.
 * Walks fall on the working days of the quarter under the State Council's 2023 holiday schedule:
 * not on the New Year, Spring Festival, 清明, 劳动节, 端午 or 中秋·国庆 days off, and on the weekend
 * days worked in their place (in quarter 1, 01-28 and 01-29; quarter 2, 04-23, 05-06 and 06-25;
 * quarter 4, 10-07 and 10-08).
 *
 * <p>At scale {@code k}, {@code k} such cities side by side: {@code k} times the units, members and
 * walks, each copy's identifiers prefixed {@code c1-}, {@code c2-} … (the first copy's are not),
 * and every unit's {@link Unit#region() region} naming its copy ({@code 第1片区} …).
 *
 * <h2>Quarters</h2>
 *
 * The city is the same in every {@linkplain #quarter(int) quarter}: for a seed and scale, the
 * roster (units, members, their names, titles and identifiers) does not depend on the quarter, so
 * two quarters compare unit by unit. The walks and problems differ, and their identifiers carry the
 * quarter from quarter 2 on, so that they never collide: a walk {@code city-edu-02-q2-w1}, its
 * problem {@code city-edu-02-q2-w1-p1}, a problem from another channel {@code
 * city-edu-q2-petition-1} (in quarter 1, {@code city-edu-02-w1} and so on, as in the bundled
 * sample). Reference numbers of later quarters follow on from earlier ones (信访件〔2023〕101号 in
 * quarter 1, 201号 in quarter 2), and a hall is too hot in quarters 2 and 3 where it is too cold in
 * quarters 1 and 4.
 *
 * <p>Later quarters are better: fewer units are weak, and each has fewer of the designed problems
 * listed below, yet every problem still shows at least once. Which units are weak is drawn anew
 * for each seed and quarter. Per copy:
 *
 * <table>
 *   <caption>The designed problems, quarter by quarter</caption>
 *   <tr><th>quarter</th><th>1</th><th>2</th><th>3</th><th>4</th></tr>
 *   <tr><td>weak counties + departments</td><td>2 + 8</td><td>2 + 6</td><td>1 + 5</td><td>1 + 4</td></tr>
 *   <tr><td>deputies who did not walk / walked empty / walked shallow</td>
 *       <td>3 / 2 / 3</td><td>2 / 1 / 2</td><td>1 / 1 / 1</td><td>0 / 1 / 1</td></tr>
 *   <tr><td>departments with clustered dates (and every weak county)</td><td>3</td><td>2</td><td>1</td><td>1</td></tr>
 *   <tr><td>departments with no online walk (and one county)</td><td>3</td><td>2</td><td>1</td><td>1</td></tr>
 *   <tr><td>units with a walk of trivial problems only</td><td>3</td><td>2</td><td>2</td><td>1</td></tr>
 *   <tr><td>rectified without measures (of which without any effect either)</td>
 *       <td>3 (1)</td><td>2 (1)</td><td>2 (1)</td><td>1 (0)</td></tr>
 *   <tr><td>rectified with measures, without effect</td><td>2</td><td>1</td><td>1</td><td>1</td></tr>
 *   <tr><td>effects that do not match the problem</td><td>3</td><td>2</td><td>1</td><td>1</td></tr>
 *   <tr><td>overdue (of which still open)</td><td>4 (2)</td><td>3 (1)</td><td>2 (1)</td><td>2 (1)</td></tr>
 *   <tr><td>scheduled without deadline / without owner</td><td>3 / 3</td><td>2 / 2</td><td>1 / 1</td><td>1 / 1</td></tr>
 *   <tr><td>chance that another walk finds nothing</td><td>8%</td><td>5%</td><td>4%</td><td>3%</td></tr>
 * </table>
 *
 * <p>In every quarter: one weak department where nobody walked, one weak county whose principals
 * did not walk, one weak county with no online walk, and one weak department whose two leaders
 * walked one window on one day with different matters.
 *
 * <h2>What it guarantees</h2>
 *
 * <ul>
 *   <li>Determinism: the same seed, quarter and scale give an equal dataset and byte-identical
 *       JSON, whatever the default locale and time zone.
 *   <li>Validity: every record is valid; {@link #assemble()} rejects nothing. Its only warnings are
 *       the {@link io.github.zouliucheng.walk.model.Rule#RECTIFIED_WITHOUT_MEASURES} ones of the
 *       problems designed to be rectified without measures.
 *   <li>Every problem the bulletin criticises, in a minority. In quarter 1, in each copy, 2
 *       counties and 8 departments are <em>weak</em>, and all designed problems are theirs: one
 *       department where nobody walked; one county whose principals did not walk; three deputies
 *       who did not walk, two whose walks were all empty (空走), three whose walks were all shallow
 *       (announced, part of the process, simple matters); both weak counties and three departments
 *       with walks of different leaders on the same day or one day apart; one department whose two
 *       leaders walked one window on one day with different matters; one county and three
 *       departments with no online walk; three departments with a walk that recorded only trivial
 *       problems such as "卫生清扫不够彻底"; and, on problems of weak units, three rectified without
 *       measures (one of them without any effect either), two without effect, three with effects
 *       that do not match the problem, four overdue (two still open), three scheduled without
 *       deadline and three without owner. Outside the weak units the only fault is an empty walk
 *       now and then (with the designed ones, 7 to 9 walks in 100 are empty; in quarters 2 to 4,
 *       about 5, 4 and 3). So, in every quarter, {@link
 *       io.github.zouliucheng.walk.analytics.WalkAnalytics#analyze WalkAnalytics.analyze} flags every
 *       {@link io.github.zouliucheng.walk.analytics.Judgment} (in quarter 1, for all but a few seeds:
 *       see the next point), and finds exemplars of every good-practice {@link
 *       io.github.zouliucheng.walk.analytics.Theme}.
 *   <li>Quarter 1 is generated exactly as the bundled sample always was, and so keeps two
 *       imperfections that later quarters avoid: a deputy designed to walk empty or shallow may
 *       belong to a unit whose own points offer only complex matters, or find its points of simple
 *       matters taken by other leaders on the day, and is then not flagged as shallow; and every walk of trivial problems may record only a misplaced fire extinguisher,
 *       worded as trivial but not of a trivial category, and then nothing is flagged as {@link
 *       io.github.zouliucheng.walk.analytics.Judgment#TRIVIAL_CATEGORY}. The default seed has
 *       neither.
 * </ul>
 *
 * <p>The bundled resource {@value #RESOURCE} is the pretty JSON of {@code
 * SampleCity.withSeed(DEFAULT_SEED).scale(1)}, quarter 1; {@link #main} writes it again.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SampleCity {
  /** The seed of the bundled sample. */
  public static final long DEFAULT_SEED = 20230331L;

  /** The largest scale: 10,000 cities, some six million walks. */
  public static final int MAX_SCALE = 10_000;

  /** The class-path location of the bundled sample, generated with the default seed at scale 1. */
  public static final String RESOURCE = "/samples/sample-city-2023q1.json";

  /** The period of the default quarter, and of the bundled sample: 2023-Q1. */
  public static final Period PERIOD = Period.ofQuarter(2023, 1);

  private final long seed;
  private final int scale;
  private final int quarter;

  private SampleCity(long seed, int scale, int quarter) {
    this.seed = seed;
    this.scale = scale;
    this.quarter = quarter;
  }

  /** Returns the generator for {@code seed}, at scale 1, for quarter 1. */
  public static SampleCity withSeed(long seed) {
    return new SampleCity(seed, 1, 1);
  }

  /** Returns the generator of the bundled sample: {@link #DEFAULT_SEED}, scale 1, quarter 1. */
  public static SampleCity defaults() {
    return withSeed(DEFAULT_SEED);
  }

  /**
   * Returns a generator like this one for {@code scale} cities side by side.
   *
   * @throws IllegalArgumentException unless 1 ≤ scale ≤ {@value #MAX_SCALE}
   */
  public SampleCity scale(int scale) {
    if (scale < 1 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("scale must be 1 to " + MAX_SCALE + ": " + scale);
    }
    return new SampleCity(seed, scale, quarter);
  }

  /**
   * Returns a generator like this one for quarter {@code quarter} of 2023: the same city (units,
   * members and their identifiers), with that quarter's weak units, walks and problems.
   *
   * @throws IllegalArgumentException unless 1 ≤ quarter ≤ 4
   */
  public SampleCity quarter(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
    }
    return new SampleCity(seed, scale, quarter);
  }

  /** Returns the seed. */
  public long seed() {
    return seed;
  }

  /** Returns the scale: the number of cities side by side. */
  public int scale() {
    return scale;
  }

  /** Returns the quarter of 2023, 1 to 4. */
  public int quarter() {
    return quarter;
  }

  /** Returns the period of the generated dataset: the quarter of 2023, such as {@code 2023-Q2}. */
  public Period period() {
    return Period.ofQuarter(2023, quarter);
  }

  /**
   * Generates the records and assembles them with {@link DatasetAssembler}, located as in the JSON
   * form: no record is rejected, and the warnings are those described in the class documentation.
   */
  public DatasetResult assemble() {
    SplittableRandom root = new SplittableRandom(seed);
    List<Unit> units = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    List<Walk> walks = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int copy = 0; copy < scale; copy++) {
      CityGenerator.Copy c = CityGenerator.generate(root.split(), copy, scale > 1, quarter);
      units.addAll(c.units());
      members.addAll(c.members());
      walks.addAll(c.walks());
      findings.addAll(c.findings());
    }
    // the copies' walks by date; a stable sort keeps each day's walks in copy order
    walks.sort((a, b) -> a.date().compareTo(b.date()));
    DatasetAssembler a = new DatasetAssembler().period(period());
    for (int i = 0; i < units.size(); i++) {
      a.addUnit(units.get(i), "/roster/units/" + i);
    }
    for (int i = 0; i < members.size(); i++) {
      a.addMember(members.get(i), "/roster/members/" + i);
    }
    for (int i = 0; i < walks.size(); i++) {
      a.addWalk(walks.get(i), "/walks/" + i);
    }
    for (int i = 0; i < findings.size(); i++) {
      a.addFinding(findings.get(i), "/findings/" + i);
    }
    return a.assemble();
  }

  /**
   * Returns the generated dataset.
   *
   * @throws InvalidDatasetException never, unless the generator is broken: it lists the rejections
   */
  public Dataset dataset() {
    return assemble().orElseThrow();
  }

  /**
   * Writes the generated dataset as pretty JSON (the form of {@link WalkJson#writer()}) to {@code
   * out}, which is flushed and not closed.
   *
   * @throws IOException if the stream fails
   */
  public void write(OutputStream out) throws IOException {
    WalkJson.writer().write(dataset(), out);
  }

  private static final String USAGE =
      String.join(
          "\n",
          "usage: SampleCity [--seed N] [--quarter Q] [--scale K] [--out FILE]",
          "",
          "Writes a generated 2023 walk dataset of an invented city as pretty JSON.",
          "  --seed N     the seed (default " + DEFAULT_SEED + ", the bundled sample)",
          "  --quarter Q  the quarter of 2023, 1 to 4 (default 1); the same city in each",
          "  --scale K    K cities side by side, 1 to " + MAX_SCALE + " (default 1)",
          "  --out FILE   the file to write (default: standard output)",
          "  --help       print this and exit",
          "");

  /**
   * Writes the dataset that the arguments name; see {@code --help}. Exits with status 2 and the
   * usage on a bad argument, and 1 if the file cannot be written.
   */
  public static void main(String[] args) {
    int status =
        run(
            args,
            new PrintStream(System.out, true, StandardCharsets.UTF_8),
            new PrintStream(System.err, true, StandardCharsets.UTF_8));
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command line; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    long seed = DEFAULT_SEED;
    int scale = 1;
    int quarter = 1;
    Path file = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--help":
          case "-h":
            out.print(USAGE);
            return 0;
          case "--seed":
            seed = number(args, i++);
            break;
          case "--scale":
            long k = number(args, i++);
            scale = k < 1 || k > MAX_SCALE ? 0 : (int) k;
            if (scale == 0) {
              throw new IllegalArgumentException("--scale must be 1 to " + MAX_SCALE + ": " + k);
            }
            break;
          case "--quarter":
            long q = number(args, i++);
            if (q < 1 || q > 4) {
              throw new IllegalArgumentException("--quarter must be 1 to 4: " + q);
            }
            quarter = (int) q;
            break;
          case "--out":
            file = Path.of(value(args, i++));
            break;
          default:
            throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
      SampleCity city = withSeed(seed).quarter(quarter).scale(scale);
      if (file == null) {
        city.write(out);
        out.flush();
      } else {
        try (OutputStream o = Files.newOutputStream(file)) {
          city.write(o);
        }
        err.println("wrote " + file + " (seed " + seed + ", quarter " + quarter + ", scale " + scale + ")");
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (IOException e) {
      err.println("cannot write " + file + ": " + e);
      return 1;
    }
  }

  private static long number(String[] args, int i) {
    String v = value(args, i);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(args[i] + " must be a whole number: \"" + v + "\"", e);
    }
  }

  private static String value(String[] args, int i) {
    if (i + 1 >= args.length) {
      throw new IllegalArgumentException(args[i] + " needs a value");
    }
    return args[i + 1];
  }
}
