package io.github.zouliucheng.walk.model.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Attachment;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Priority;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the walk model, shared by the SDK's modules through walk-model's
 * test-jar.
 *
 * <p>Every generator builds its values through the model's public builders, so a generator that
 * produced an invalid value would fail the test that uses it. Values that are documented as
 * <em>valid</em> (rosters, rectification histories, datasets) are valid by construction, not by
 * filtering, so no example is thrown away.
 *
 * <p>Every generator is deterministic given QuickTheories' randomness source: it uses no {@code
 * java.util.Random} of its own and no clock. A failing run is reproduced with its seed ({@code
 * -DQT_SEED=...}), and examples shrink towards small values: short texts, early dates, few
 * records.
 *
 * <p>Datasets are kept small enough for fast tests: at most {@value #MAX_UNITS} units, {@value
 * #MAX_MEMBERS} members, {@value #MAX_WALKS} walks of at most {@value #MAX_FINDINGS_PER_WALK}
 * findings each, and {@value #MAX_DATASET_FINDINGS} findings from other sources. Identifiers of
 * the records of a generated dataset start with a letter for the kind of record and the record's
 * index ({@code U3-}, {@code M12-}, {@code W7-}, {@code F20-}), which keeps them unique; an
 * identifier that starts otherwise (for example {@code NO-SUCH-UNIT}) is never used by a generated
 * dataset.
 */
public final class WalkGenerators {

  /**
   * The first day of the years {@link #years()} and {@link #dates()} draw from. The window is three
   * years (a leap year among them) so that the periods of any two generated datasets, ranges of up
   * to {@value #MAX_RANGE_DAYS} days included, fit in one period of at most {@link Period#MAX_YEARS}
   * years: {@link DatasetTransforms#union} needs one.
   */
  public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

  /** The last day of the years {@link #years()} and {@link #dates()} draw from. */
  public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

  /** The leap year of the window. */
  private static final int LEAP_YEAR = 2024;

  /** The most units of a generated roster or dataset. */
  public static final int MAX_UNITS = 6;

  /** The most leadership-team members of a generated roster or dataset. */
  public static final int MAX_MEMBERS = 15;

  /** The most walks of a generated dataset. */
  public static final int MAX_WALKS = 30;

  /** The most findings of a generated walk. */
  public static final int MAX_FINDINGS_PER_WALK = 3;

  /** The most findings from sources other than walks of a generated dataset. */
  public static final int MAX_DATASET_FINDINGS = 6;

  /** The longest period {@link #periods()} generates as a range, in days. */
  public static final int MAX_RANGE_DAYS = 400;

  private static final String ID_ASCII =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:/";
  private static final List<String> ID_CJK =
      List.of("县", "区", "市", "局", "窗", "号", "走", "流", "程", "办", "证", "医", "保");

  /** Characters outside the Basic Multilingual Plane: emoji and CJK Extension B ideographs. */
  private static final List<String> SUPPLEMENTARY =
      List.of("😀", "🚒", "🏥", "📋", "✅", "👍", "𠀀", "𠮷", "𡈼", "𪚥");

  private static final List<String> PUNCTUATION =
      List.of(
          "，", "。", "、", "；", "：", "？", "！", "“", "”", "（", "）", "《", "》", "—", "…", ",", ".", "-",
          "/", "(", ")", "%", "→", "*");

  private static final List<String> SPACES = List.of(" ", " ", "  ", "\u3000");

  private static final List<String> PHRASES =
      List.of(
          "窗口少、排队时间长",
          "困难证明需乡镇盖章",
          "审批需3个工作日",
          "燃气软管和报警器安装不规范",
          "商店无货",
          "企业研发投入填报有误",
          "热线工单未跟踪反馈",
          "候诊区座椅不足",
          "学校窗户老旧漏风",
          "卫生清扫不够彻底",
          "灭火器摆放不规范",
          "未在醒目位置张贴规章制度",
          "立行立改",
          "边查边改",
          "销号清零",
          "全程办",
          "普通办事群众身份",
          "四不两直",
          "12345热线",
          "“一件事一次办”");

  private static final List<String> UNIT_NAMES =
      List.of(
          "桦南县", "桦川县", "汤原县", "抚远市", "同江市", "富锦市", "向阳区", "前进区", "东风区", "郊区", "市司法局",
          "市医保局", "市市场监管局", "市税务局", "市卫健委", "市教育局", "市住建局", "市政务服务中心");

  private static final List<String> REGIONS = List.of("东部片区", "西部片区", "城区", "县域");

  private static final List<String> SURNAMES =
      List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "邹", "欧阳", "司马");

  private static final List<String> TITLES =
      List.of(
          "县委书记", "县长", "副县长", "区长", "副区长", "市长", "局长", "副局长", "党组书记", "主任", "副主任",
          "纪委书记", "政法委书记", "常务副县长");

  private static final List<String> MATTERS =
      List.of(
          "申请法律援助",
          "医保报销",
          "办理营业执照",
          "开具困难证明",
          "不动产登记",
          "社保卡补办",
          "燃气安全检查",
          "出生医学证明",
          "企业开办",
          "拨打12345热线",
          "就医挂号",
          "学生入学登记");

  private static final List<String> SERVICE_POINT_NAMES =
      List.of(
          "桦南县医保局办事窗口", "市政务服务大厅", "12345热线中心", "市中心医院", "第一中学", "市场监管局网上服务平台",
          "某餐饮企业", "便民服务中心");

  private static final List<String> INDICATORS =
      List.of("医保办事窗口", "自助服务终端", "审批时限", "研发投入", "候诊区座椅", "排队等候时间", "漏风窗户");

  private static final List<String> EFFECT_UNITS =
      List.of("个", "台", "工作日", "万元", "%", "人次", "分钟", "把", "扇");

  private static final List<String> MEDIA_TYPES =
      List.of(
          "image/jpeg",
          "image/png",
          "image/svg+xml",
          "application/pdf",
          "application/vnd.ms-excel",
          "audio/mpeg",
          "video/mp4",
          "text/plain");

  private static final List<FindingSource> OTHER_SOURCES =
      Arrays.stream(FindingSource.values())
          .filter(s -> s != FindingSource.WALK)
          .collect(Collectors.toUnmodifiableList());

  private WalkGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // identifiers and text

  /**
   * Identifiers as the model accepts them: 1 to 64 characters with no whitespace. Mostly short
   * ASCII ({@code W-004}, {@code HN.2023/17}), sometimes with CJK or supplementary-plane characters
   * ({@code 桦南-𠮷}), and sometimes exactly 64 characters long.
   */
  public static Gen<String> identifiers() {
    return Generate.frequency(
        List.of(
            Pair.of(6, idBases(12)),
            Pair.of(3, recordStyleIds()),
            Pair.of(1, asciiId(64))));
  }

  /**
   * Chinese free text as people type it on a record form: CJK runs, phrases from the bulletin,
   * ASCII words and numbers, Chinese and ASCII punctuation, ASCII and ideographic spaces, and now
   * and then an emoji or another supplementary-plane character. Never blank: the text starts with
   * a run of CJK, a phrase, a word, a number or a supplementary character.
   */
  public static Gen<String> texts() {
    Gen<String> head =
        Generate.frequency(
            List.of(
                Pair.of(8, cjkRuns()),
                Pair.of(6, Generate.pick(PHRASES)),
                Pair.of(2, asciiWords()),
                Pair.of(1, numbers()),
                Pair.of(1, Generate.pick(SUPPLEMENTARY))));
    Gen<String> tail =
        Generate.frequency(
            List.of(
                Pair.of(10, cjkRuns()),
                Pair.of(5, Generate.pick(PHRASES)),
                Pair.of(4, asciiWords()),
                Pair.of(3, numbers()),
                Pair.of(6, Generate.pick(PUNCTUATION)),
                Pair.of(3, Generate.pick(SPACES)),
                Pair.of(1, Generate.pick(SUPPLEMENTARY))));
    Gen<List<String>> tails = lists().of(tail).ofSizeBetween(0, 6);
    return head.zip(tails, (h, t) -> h + String.join("", t));
  }

  // ---------------------------------------------------------------------------------------------
  // dates and periods

  /** Years from 2023 to 2025 (see {@link #FIRST_DAY}). */
  public static Gen<Integer> years() {
    return integers().between(FIRST_DAY.getYear(), LAST_DAY.getYear());
  }

  /**
   * Dates from {@link #FIRST_DAY} to {@link #LAST_DAY}, three in ten of them on a boundary day (see
   * {@link #boundaryDays()}).
   */
  public static Gen<LocalDate> dates() {
    return Generate.frequency(
        List.of(Pair.of(7, datesBetween(FIRST_DAY, LAST_DAY)), Pair.of(3, boundaryDays())));
  }

  /**
   * Boundary days: 1 January, 31 December, the first and the last day of a month, 28 February,
   * and 29 February of a leap year.
   */
  public static Gen<LocalDate> boundaryDays() {
    return years()
        .zip(
            integers().between(1, 12),
            integers().between(0, 5),
            (y, m, k) -> {
              switch (k) {
                case 0:
                  return LocalDate.of(y, 1, 1);
                case 1:
                  return LocalDate.of(y, 12, 31);
                case 2:
                  return YearMonth.of(y, m).atEndOfMonth();
                case 3:
                  return LocalDate.of(y, m, 1);
                case 4:
                  return LocalDate.of(LEAP_YEAR, 2, 29);
                default:
                  return LocalDate.of(y, 2, 28);
              }
            });
  }

  /**
   * Dates from {@code first} to {@code last}, both included, evenly spread.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(last + " is before " + first);
    }
    return Generate.longRange(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Days of {@code period}, one in four of them its first or its last day. */
  public static Gen<LocalDate> datesIn(Period period) {
    return Generate.frequency(
        List.of(
            Pair.of(3, datesBetween(period.start(), period.end())),
            Pair.of(1, Generate.pick(List.of(period.start(), period.end())))));
  }

  /**
   * Periods of every kind: years, quarters, months, and ranges of 1 to {@value #MAX_RANGE_DAYS} + 1
   * days starting on any of {@link #dates()}. Quarters include leap ones such as {@code 2024-Q1}.
   */
  public static Gen<Period> periods() {
    Gen<Period> yearsGen = years().map(Period::ofYear);
    Gen<Period> quarters = years().zip(integers().between(1, 4), Period::ofQuarter);
    Gen<Period> months =
        years().zip(integers().between(1, 12), (y, m) -> Period.ofMonth(YearMonth.of(y, m)));
    Gen<Period> ranges =
        dates()
            .zip(
                Generate.frequency(
                    List.of(
                        Pair.of(1, Generate.constant(0)),
                        Pair.of(4, integers().between(0, MAX_RANGE_DAYS)))),
                (d, n) -> Period.of(d, d.plusDays(n)));
    return Generate.frequency(
        List.of(Pair.of(2, yearsGen), Pair.of(3, quarters), Pair.of(3, months), Pair.of(3, ranges)));
  }

  /**
   * The spellings {@link Period#parse(CharSequence)} accepts, paired with the period each one
   * means: {@code 2023}, {@code 2023-Q1}, {@code 2023-03} and {@code 2023-01-01/2023-03-31}.
   */
  public static Gen<Pair<String, Period>> periodSpellings() {
    return periods().map(p -> Pair.of(p.toString(), p));
  }

  // ---------------------------------------------------------------------------------------------
  // roster

  /**
   * Units on their own, with any identifiers: a name (a real county or department name, or free
   * text), a kind, and sometimes a region and a parent identifier (never the unit's own). The
   * parent is not checked against anything; use {@link #rosters()} for units that refer to each
   * other.
   */
  public static Gen<Unit> units() {
    return rs -> {
      String id = identifiers().generate(rs);
      Optional<String> parent =
          identifiers().toOptionals(60).generate(rs).filter(p -> !p.equals(id));
      return unit(id, parent, rs);
    };
  }

  /**
   * Leadership-team members on their own, with any identifiers: a Chinese name (or free text), a
   * title, a unit identifier that is not checked against anything, and the principal flag.
   */
  public static Gen<Member> members() {
    return rs -> member(identifiers().generate(rs), identifiers().generate(rs), rs);
  }

  /**
   * Valid rosters of up to {@value #MAX_UNITS} units and {@value #MAX_MEMBERS} members, the empty
   * roster included: identifiers are unique, every member's unit is in the roster, and a unit's
   * parent, when it has one, is a unit listed before it.
   */
  public static Gen<Roster> rosters() {
    return rosters(MAX_UNITS, MAX_MEMBERS);
  }

  /**
   * Valid rosters, as {@link #rosters()}, of at most {@code maxUnits} units and {@code maxMembers}
   * members (no members when there is no unit).
   */
  public static Gen<Roster> rosters(int maxUnits, int maxMembers) {
    return rs -> {
      int unitCount = integers().between(0, maxUnits).generate(rs);
      List<Unit> units = new ArrayList<>();
      for (int i = 0; i < unitCount; i++) {
        Optional<String> parent = Optional.empty();
        if (i > 0 && integers().between(0, 9).generate(rs) < 3) {
          parent = Optional.of(units.get(integers().between(0, i - 1).generate(rs)).id());
        }
        units.add(unit("U" + i + "-" + idBases(8).generate(rs), parent, rs));
      }
      List<Member> members = new ArrayList<>();
      int memberCount = units.isEmpty() ? 0 : integers().between(0, maxMembers).generate(rs);
      for (int i = 0; i < memberCount; i++) {
        String unitId = units.get(integers().between(0, units.size() - 1).generate(rs)).id();
        members.add(member("M" + i + "-" + idBases(8).generate(rs), unitId, rs));
      }
      return Roster.of(units, members);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // what a walk is made of

  /**
   * Service points on their own: an identifier, a name, a kind, and sometimes an owning unit's
   * identifier that is not checked against anything.
   */
  public static Gen<ServicePoint> servicePoints() {
    return rs ->
        servicePoint(
            identifiers().generate(rs), identifiers().toOptionals(40).generate(rs), rs);
  }

  /**
   * Matters experienced: a name (a real matter or free text), simple or complex, crossing no
   * boundary or up to three of them.
   */
  public static Gen<Matter> matters() {
    Gen<String> names =
        Generate.frequency(List.of(Pair.of(1, Generate.pick(MATTERS)), Pair.of(1, texts())));
    Gen<List<Crossing>> crossings =
        lists().of(Generate.enumValues(Crossing.class)).ofSizeBetween(0, 3);
    return names.zip(
        Generate.enumValues(Complexity.class),
        crossings,
        (n, c, x) -> Matter.builder().name(n).complexity(c).addAllCrossings(x).build());
  }

  /**
   * Attachments: an absolute URI ({@code https}, {@code file}, {@code s3} or an opaque {@code urn}),
   * a lower-case media type such as {@code image/jpeg} or {@code image/svg+xml}, and sometimes a
   * caption.
   */
  public static Gen<Attachment> attachments() {
    Gen<String> segments =
        lists()
            .of(Generate.pick(chars("abcdefghijklmnopqrstuvwxyz0123456789-_")))
            .ofSizeBetween(1, 12)
            .map(l -> String.join("", l));
    Gen<URI> uris =
        segments.zip(
            integers().between(0, 3),
            (s, k) -> {
              switch (k) {
                case 0:
                  return URI.create("https://walks.example.org/forms/" + s + ".jpg");
                case 1:
                  return URI.create("file:///srv/walks/" + s + ".pdf");
                case 2:
                  return URI.create("s3://walk-evidence/2023/" + s);
                default:
                  return URI.create("urn:walk:evidence:" + s);
              }
            });
    return uris.zip(
        Generate.pick(MEDIA_TYPES),
        texts().toOptionals(50),
        (u, m, c) -> Attachment.builder().uri(u).mediaType(m).caption(c).build());
  }

  /**
   * Decimal values as effects record them: scale 0 to 4, negative, zero (also with a scale, such
   * as {@code 0.00}) or positive, and small whole numbers such as window counts.
   */
  public static Gen<BigDecimal> decimals() {
    return Generate.frequency(
        List.of(
            Pair.of(
                6,
                Generate.longRange(-1_000_000, 1_000_000)
                    .zip(integers().between(0, 4), (v, s) -> BigDecimal.valueOf(v, s))),
            Pair.of(1, integers().between(0, 4).map(s -> BigDecimal.ZERO.setScale(s))),
            Pair.of(3, integers().between(0, 10).map(n -> BigDecimal.valueOf(n)))));
  }

  /**
   * Measured effects: an indicator, values before and after from {@link #decimals()}, a unit such
   * as {@code 个} or {@code 工作日}, and sometimes a note.
   */
  public static Gen<Effect> effects() {
    Gen<String> indicators =
        Generate.frequency(List.of(Pair.of(2, Generate.pick(INDICATORS)), Pair.of(1, texts())));
    Gen<String> units =
        Generate.frequency(List.of(Pair.of(3, Generate.pick(EFFECT_UNITS)), Pair.of(1, texts())));
    return rs ->
        Effect.builder()
            .indicator(indicators.generate(rs))
            .before(decimals().generate(rs))
            .after(decimals().generate(rs))
            .unit(units.generate(rs))
            .note(texts().toOptionals(60).generate(rs))
            .build();
  }

  /** Callbacks on any of {@link #dates()}, with any result and sometimes a note. */
  public static Gen<Callback> callbacks() {
    return dates().flatMap(WalkGenerators::callbacksFrom);
  }

  /**
   * Callbacks on {@code notBefore} or up to ten days later, most often the next day (the citizen
   * is called back on the second day), with any result and sometimes a note.
   */
  public static Gen<Callback> callbacksFrom(LocalDate notBefore) {
    Gen<Integer> delays =
        Generate.frequency(
            List.of(Pair.of(2, Generate.constant(1)), Pair.of(3, integers().between(0, 10))));
    return delays.zip(
        Generate.enumValues(CallbackResult.class),
        texts().toOptionals(60),
        (d, r, n) -> Callback.builder().on(notBefore.plusDays(d)).result(r).note(n).build());
  }

  // ---------------------------------------------------------------------------------------------
  // rectifications and findings

  /**
   * Rectifications with valid histories, for a problem found on any of {@link #dates()}; see
   * {@link #rectificationsAfter(LocalDate)}. The owner unit, when there is one, is any identifier.
   */
  public static Gen<Rectification> rectifications() {
    return rs -> {
      LocalDate foundOn = dates().generate(rs);
      return rectification(foundOn, Optional.of(identifiers()), false, rs);
    };
  }

  /**
   * Rectifications with valid histories of a problem found on {@code foundOn}: at every stage of
   * the lifecycle (open, in progress, rectified, closed out), with the dates ordered {@code foundOn
   * <= startedOn <= rectifiedOn <= closedOn}, the callback on or after {@code rectifiedOn}, the
   * deadline on or after {@code foundOn}, steps often on the same day, and a start that may be
   * missing once rectified (立行立改). Measures are sometimes empty, also when the problem is
   * rectified (a perfunctory rectification); effects and the effect note are optional. The owner
   * unit, when there is one, is any identifier.
   */
  public static Gen<Rectification> rectificationsAfter(LocalDate foundOn) {
    return rs -> rectification(foundOn, Optional.of(identifiers()), false, rs);
  }

  /**
   * Findings on their own, from any source, found on any of {@link #dates()}, with a responsible
   * unit (any identifier), sometimes a priority, a source reference and a rectification from
   * {@link #rectificationsAfter(LocalDate)}.
   */
  public static Gen<Finding> findings() {
    return findingsFrom(Generate.enumValues(FindingSource.class));
  }

  /** Findings as {@link #findings()}, all of source {@link FindingSource#WALK}. */
  public static Gen<Finding> walkFindings() {
    return findingsFrom(Generate.constant(FindingSource.WALK));
  }

  /**
   * Findings as {@link #findings()}, from any source but {@link FindingSource#WALK}: those a
   * dataset holds itself (petitions, public opinion, the 12345 hotline, inspection tours, audits).
   */
  public static Gen<Finding> datasetFindings() {
    return findingsFrom(Generate.pick(OTHER_SOURCES));
  }

  private static Gen<Finding> findingsFrom(Gen<FindingSource> sources) {
    return rs -> {
      String id = identifiers().generate(rs);
      FindingSource source = sources.generate(rs);
      LocalDate foundOn = dates().generate(rs);
      String unitId = identifiers().generate(rs);
      return finding(id, source, foundOn, unitId, Optional.of(identifiers()), false, rs);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // walks and datasets

  /**
   * Walks on their own, with any identifiers for the walk, the leader, the unit and the service
   * point: on any of {@link #dates()}, sometimes with start and end times (the end never before the
   * start), one to three matters, one to three forms, {@code fourNoTwoStraight} only when
   * unannounced, sometimes notes and attachments, and zero (an empty walk, 空走) to {@value
   * #MAX_FINDINGS_PER_WALK} findings of source {@code walk}, with distinct identifiers, found on the
   * day of the walk or later.
   */
  public static Gen<Walk> walks() {
    return rs -> {
      String unitId = identifiers().generate(rs);
      LocalDate date = dates().generate(rs);
      ServicePoint point = servicePoints().generate(rs);
      int[] nextFinding = {0};
      return walk(
          identifiers().generate(rs),
          identifiers().generate(rs),
          unitId,
          date,
          point,
          List.of(unitId),
          nextFinding,
          false,
          rs);
    };
  }

  /**
   * Whole datasets that are valid by construction and clean: re-assembling their records gives no
   * rejection and no warning. The period is any of {@link #periods()}; the roster is one of {@link
   * #rosters()}; each walk's leader is a member of the roster, the walk names the leader's unit and
   * is dated inside the period, often on the same day or the next day as another walk, at a service
   * point shared with other walks and owned by no unit or by a unit of the roster; findings have
   * identifiers unique across the dataset, responsible units and rectification owner units of the
   * roster, and walk findings are found on or after the walk's day; every rectified or closed
   * rectification has measures. The empty dataset, empty rosters, datasets without walks and walks
   * without findings all occur.
   */
  public static Gen<Dataset> datasets() {
    return datasets(false);
  }

  /**
   * Valid datasets as {@link #datasets()}, that may also hold records that assembling keeps with a
   * warning: rectifications marked rectified or closed with no measures (整改敷衍), and service
   * points owned by a unit outside the roster (identifiers starting with {@code EXT-}).
   */
  public static Gen<Dataset> datasetsWithWarnings() {
    return datasets(true);
  }

  /** The datasets of {@link #datasets()}, split into a list of walks and the rest. */
  public static Gen<WalkList> walkLists() {
    return datasets().map(WalkList::of);
  }

  /**
   * Permutations of {@code 0 .. size - 1}, drawn from the randomness source (a Fisher–Yates
   * shuffle), for reordering lists of records in a reproducible way. The identity occurs too.
   */
  public static Gen<List<Integer>> permutations(int size) {
    return rs -> {
      List<Integer> order = IntStream.range(0, size).boxed().collect(Collectors.toList());
      for (int i = size - 1; i > 0; i--) {
        Collections.swap(order, i, integers().between(0, i).generate(rs));
      }
      return order;
    };
  }

  /**
   * Datasets of {@link #datasets()} as lists of walks, paired with the same lists with their walks
   * in another order (any permutation, the identity included). Both sides hold the same records
   * and are valid; analytics that do not depend on the order of walks give the same results for
   * both.
   */
  public static Gen<Shuffled> shuffledWalkLists() {
    return walkLists()
        .flatMap(
            w -> permutations(w.walks().size()).map(order -> new Shuffled(w, w.reordered(order))));
  }

  /**
   * A dataset split into its list of walks and the rest, so that the walks can be reordered,
   * filtered or added to before the dataset is built again with {@link #toDataset()}.
   *
   * @param period the period
   * @param roster the roster
   * @param walks the walks, in order
   * @param findings the findings from sources other than walks, in order
   */
  public record WalkList(Period period, Roster roster, List<Walk> walks, List<Finding> findings) {

    /** Copies the lists; none may be null. */
    public WalkList {
      walks = List.copyOf(walks);
      findings = List.copyOf(findings);
    }

    /** Splits {@code dataset}. */
    public static WalkList of(Dataset dataset) {
      return new WalkList(dataset.period(), dataset.roster(), dataset.walks(), dataset.findings());
    }

    /** Returns a copy holding {@code newWalks} instead of its walks. */
    public WalkList withWalks(List<Walk> newWalks) {
      return new WalkList(period, roster, newWalks, findings);
    }

    /**
     * Returns a copy whose walk {@code i} is this list's walk {@code order.get(i)}.
     *
     * @throws IllegalArgumentException if {@code order} is not a permutation of the walks' indexes
     */
    public WalkList reordered(List<Integer> order) {
      if (order.size() != walks.size()
          || !order.stream().sorted().collect(Collectors.toList()).equals(
              IntStream.range(0, walks.size()).boxed().collect(Collectors.toList()))) {
        throw new IllegalArgumentException(
            "not a permutation of 0.." + (walks.size() - 1) + ": " + order);
      }
      return withWalks(order.stream().map(walks::get).collect(Collectors.toList()));
    }

    /**
     * Builds the dataset.
     *
     * @throws io.github.zouliucheng.walk.model.InvalidDatasetException if it is not valid
     */
    public Dataset toDataset() {
      return Dataset.builder()
          .period(period)
          .roster(roster)
          .addAllWalks(walks)
          .addAllFindings(findings)
          .build();
    }
  }

  /**
   * A list of walks and the same list in another order.
   *
   * @param original the list as generated
   * @param shuffled the same records, with the walks reordered
   */
  public record Shuffled(WalkList original, WalkList shuffled) {}

  // ---------------------------------------------------------------------------------------------
  // building blocks

  private static Gen<Dataset> datasets(boolean withWarnings) {
    Gen<Dataset> empty = periods().map(Dataset::empty);
    Gen<Dataset> full = rs -> dataset(withWarnings, rs);
    return Generate.frequency(List.of(Pair.of(1, empty), Pair.of(19, full)));
  }

  private static Dataset dataset(boolean withWarnings, RandomnessSource rs) {
    Period period = periods().generate(rs);
    Roster roster = rosters().generate(rs);
    List<String> unitIds = roster.units().stream().map(Unit::id).collect(Collectors.toList());
    Optional<Gen<String>> owners =
        unitIds.isEmpty() ? Optional.empty() : Optional.of(Generate.pick(unitIds));
    int[] nextFinding = {0};

    List<Walk> walks = new ArrayList<>();
    if (!roster.members().isEmpty()) {
      // a few days and service points shared by several walks, so that clusters occur
      List<LocalDate> walkDays = lists().of(datesIn(period)).ofSizeBetween(1, 3).generate(rs);
      List<ServicePoint> points = new ArrayList<>();
      int pointCount = integers().between(1, 4).generate(rs);
      for (int i = 0; i < pointCount; i++) {
        Optional<String> owner = Optional.empty();
        int k = integers().between(0, 9).generate(rs);
        if (k < 4 && owners.isPresent()) {
          owner = Optional.of(owners.get().generate(rs));
        } else if (k == 9 && withWarnings) {
          owner = Optional.of("EXT-" + idBases(8).generate(rs));
        }
        points.add(servicePoint("SP" + i + "-" + idBases(8).generate(rs), owner, rs));
      }
      Gen<Member> leaders = Generate.pick(roster.members());
      Gen<LocalDate> days =
          Generate.frequency(
              List.of(
                  Pair.of(1, datesIn(period)),
                  Pair.of(1, Generate.pick(walkDays)),
                  Pair.of(
                      1,
                      Generate.pick(walkDays)
                          .map(d -> d.plusDays(1))
                          .map(d -> period.contains(d) ? d : period.end()))));
      int walkCount = integers().between(0, MAX_WALKS).generate(rs);
      for (int i = 0; i < walkCount; i++) {
        Member leader = leaders.generate(rs);
        ServicePoint point =
            integers().between(0, 3).generate(rs) == 0
                ? servicePoint(
                    "SPX" + i + "-" + idBases(8).generate(rs),
                    owners.flatMap(o -> Optional.of(o.generate(rs))),
                    rs)
                : Generate.pick(points).generate(rs);
        walks.add(
            walk(
                "W" + i + "-" + idBases(8).generate(rs),
                leader.id(),
                leader.unitId(),
                days.generate(rs),
                point,
                unitIds,
                nextFinding,
                !withWarnings,
                rs));
      }
    }

    List<Finding> findings = new ArrayList<>();
    int findingCount =
        unitIds.isEmpty() ? 0 : integers().between(0, MAX_DATASET_FINDINGS).generate(rs);
    Gen<LocalDate> foundDays = datesBetween(period.start().minusDays(60), period.end());
    for (int i = 0; i < findingCount; i++) {
      findings.add(
          finding(
              "F" + nextFinding[0]++ + "-" + idBases(8).generate(rs),
              Generate.pick(OTHER_SOURCES).generate(rs),
              foundDays.generate(rs),
              owners.get().generate(rs),
              owners,
              !withWarnings,
              rs));
    }
    return Dataset.builder()
        .period(period)
        .roster(roster)
        .addAllWalks(walks)
        .addAllFindings(findings)
        .build();
  }

  /**
   * Builds a walk; its findings get identifiers {@code F<n>-...} from {@code nextFinding}, found on
   * its day or later, with responsible units and owners from {@code unitIds}.
   */
  private static Walk walk(
      String id,
      String leaderId,
      String unitId,
      LocalDate date,
      ServicePoint point,
      List<String> unitIds,
      int[] nextFinding,
      boolean measuresWhenSolved,
      RandomnessSource rs) {
    Walk.Builder b =
        Walk.builder()
            .id(id)
            .leaderId(leaderId)
            .unitId(unitId)
            .date(date)
            .servicePoint(point)
            .addAllMatters(lists().of(matters()).ofSizeBetween(1, 3).generate(rs))
            .role(Generate.enumValues(Role.class).generate(rs))
            .approach(Generate.enumValues(Approach.class).generate(rs))
            .addAllForms(lists().of(Generate.enumValues(WalkForm.class)).ofSizeBetween(1, 3).generate(rs))
            .coverage(Generate.enumValues(Coverage.class).generate(rs))
            .notes(texts().toOptionals(70).generate(rs))
            .addAllAttachments(lists().of(attachments()).ofSizeBetween(0, 2).generate(rs));
    Visibility visibility = Generate.enumValues(Visibility.class).generate(rs);
    b.visibility(visibility)
        .fourNoTwoStraight(visibility == Visibility.UNANNOUNCED && booleans().all().generate(rs));
    int minutes = integers().between(0, 4).generate(rs);
    int start = integers().between(0, 24 * 60 - 1).generate(rs);
    int end = integers().between(start, 24 * 60 - 1).generate(rs);
    if (minutes == 1 || minutes == 2 || minutes == 3) {
      b.startTime(LocalTime.of(start / 60, start % 60));
    }
    if (minutes == 2 || minutes == 4) {
      b.endTime(LocalTime.of(end / 60, end % 60));
    }
    Gen<String> responsible =
        Generate.frequency(
            List.of(Pair.of(2, Generate.constant(unitId)), Pair.of(1, Generate.pick(unitIds))));
    Optional<Gen<String>> owners = Optional.of(Generate.pick(unitIds));
    int findingCount = integers().between(0, MAX_FINDINGS_PER_WALK).generate(rs);
    for (int i = 0; i < findingCount; i++) {
      int delay =
          booleans().all().generate(rs) ? 0 : integers().between(0, 10).generate(rs);
      b.addFindings(
          finding(
              "F" + nextFinding[0]++ + "-" + idBases(8).generate(rs),
              FindingSource.WALK,
              date.plusDays(delay),
              responsible.generate(rs),
              owners,
              measuresWhenSolved,
              rs));
    }
    return b.build();
  }

  private static Finding finding(
      String id,
      FindingSource source,
      LocalDate foundOn,
      String responsibleUnitId,
      Optional<Gen<String>> owners,
      boolean measuresWhenSolved,
      RandomnessSource rs) {
    Gen<String> descriptions =
        Generate.frequency(List.of(Pair.of(1, Generate.pick(PHRASES)), Pair.of(2, texts())));
    Gen<String> references =
        Generate.frequency(
            List.of(
                Pair.of(
                    2,
                    integers()
                        .between(1, 999_999)
                        .map(n -> String.format("%s-%d-%06d", source.code(), foundOn.getYear(), n))),
                Pair.of(1, texts())));
    Finding.Builder b =
        Finding.builder()
            .id(id)
            .source(source)
            .description(descriptions.generate(rs))
            .category(Generate.enumValues(FindingCategory.class).generate(rs))
            .responsibleUnitId(responsibleUnitId)
            .priority(Generate.enumValues(Priority.class).toOptionals(50).generate(rs))
            .foundOn(foundOn)
            .sourceReference(references.toOptionals(60).generate(rs));
    if (integers().between(0, 9).generate(rs) < 7) {
      b.rectification(rectification(foundOn, owners, measuresWhenSolved, rs));
    }
    return b.build();
  }

  private static Rectification rectification(
      LocalDate foundOn,
      Optional<Gen<String>> ownerUnits,
      boolean measuresWhenSolved,
      RandomnessSource rs) {
    Gen<Integer> steps =
        Generate.frequency(
            List.of(Pair.of(1, Generate.constant(0)), Pair.of(3, integers().between(0, 30))));
    int stage = integers().between(0, 3).generate(rs); // open, in progress, rectified, closed
    RectificationMode mode = Generate.enumValues(RectificationMode.class).generate(rs);
    Rectification.Builder b = Rectification.builder().mode(mode);
    if (integers().between(0, 9).generate(rs) < (mode == RectificationMode.SCHEDULED ? 9 : 3)) {
      b.deadline(foundOn.plusDays(integers().between(0, 90).generate(rs)));
    }
    b.owner(
        Generate.frequency(List.of(Pair.of(2, personNames()), Pair.of(1, texts())))
            .toOptionals(40)
            .generate(rs));
    if (ownerUnits.isPresent() && booleans().all().generate(rs)) {
      b.ownerUnitId(ownerUnits.get().generate(rs));
    }
    boolean solved = stage >= 2;
    int minMeasures = solved && measuresWhenSolved ? 1 : 0;
    b.addAllMeasures(lists().of(texts()).ofSizeBetween(minMeasures, 3).generate(rs));
    b.addAllEffects(lists().of(effects()).ofSizeBetween(0, 2).generate(rs));
    b.effectNote(texts().toOptionals(70).generate(rs));
    LocalDate last = foundOn;
    if (stage == 1 || (stage > 1 && integers().between(0, 9).generate(rs) < 7)) {
      last = last.plusDays(steps.generate(rs));
      b.startedOn(last);
    }
    if (solved) {
      last = last.plusDays(steps.generate(rs));
      b.rectifiedOn(last);
      if (booleans().all().generate(rs)) {
        b.callback(callbacksFrom(last).generate(rs));
      }
    }
    if (stage == 3) {
      b.closedOn(last.plusDays(steps.generate(rs)));
    }
    return b.build();
  }

  private static Unit unit(String id, Optional<String> parent, RandomnessSource rs) {
    Gen<String> names =
        Generate.frequency(List.of(Pair.of(2, Generate.pick(UNIT_NAMES)), Pair.of(1, texts())));
    return Unit.builder()
        .id(id)
        .name(names.generate(rs))
        .kind(Generate.enumValues(UnitKind.class).generate(rs))
        .region(Generate.pick(REGIONS).toOptionals(60).generate(rs))
        .parentId(parent)
        .build();
  }

  private static Member member(String id, String unitId, RandomnessSource rs) {
    Gen<String> names =
        Generate.frequency(List.of(Pair.of(4, personNames()), Pair.of(1, texts())));
    Gen<String> titles =
        Generate.frequency(List.of(Pair.of(4, Generate.pick(TITLES)), Pair.of(1, texts())));
    return Member.builder()
        .id(id)
        .name(names.generate(rs))
        .title(titles.generate(rs))
        .unitId(unitId)
        .principal(integers().between(0, 3).generate(rs) == 0)
        .build();
  }

  private static ServicePoint servicePoint(String id, Optional<String> owner, RandomnessSource rs) {
    Gen<String> names =
        Generate.frequency(
            List.of(Pair.of(2, Generate.pick(SERVICE_POINT_NAMES)), Pair.of(1, texts())));
    return ServicePoint.builder()
        .id(id)
        .name(names.generate(rs))
        .kind(Generate.enumValues(ServicePointKind.class).generate(rs))
        .ownerUnitId(owner)
        .build();
  }

  /** Chinese personal names: a surname and one or two given-name characters. */
  private static Gen<String> personNames() {
    return Generate.pick(SURNAMES)
        .zip(cjkRuns(1, 2), (s, g) -> s + g);
  }

  /** Identifier stems of 1 to {@code maxTokens} characters, mostly ASCII. */
  private static Gen<String> idBases(int maxTokens) {
    Gen<String> token =
        Generate.frequency(
            List.of(
                Pair.of(20, Generate.pick(chars(ID_ASCII))),
                Pair.of(3, Generate.pick(ID_CJK)),
                Pair.of(1, Generate.pick(SUPPLEMENTARY))));
    return lists().of(token).ofSizeBetween(1, maxTokens).map(l -> String.join("", l));
  }

  /** Identifiers as records are numbered in practice: {@code W-004}, {@code HN-2023-017}. */
  private static Gen<String> recordStyleIds() {
    Gen<String> prefixes =
        Generate.pick(List.of("W", "F", "M", "U", "HN", "SFJ", "YBJ", "12345", "桦南", "Q1"));
    return prefixes.zip(
        integers().between(0, 9999),
        booleans().all(),
        (p, n, year) -> year ? String.format("%s-2023-%03d", p, n) : String.format("%s-%03d", p, n));
  }

  private static Gen<String> asciiId(int length) {
    return lists()
        .of(Generate.pick(chars(ID_ASCII)))
        .ofSize(length)
        .map(l -> String.join("", l));
  }

  private static Gen<String> cjkRuns() {
    return cjkRuns(1, 6);
  }

  /** Runs of common CJK ideographs (U+4E00 to U+9FA5). */
  private static Gen<String> cjkRuns(int min, int max) {
    return lists()
        .of(integers().between(0x4E00, 0x9FA5))
        .ofSizeBetween(min, max)
        .map(WalkGenerators::fromCodePoints);
  }

  private static Gen<String> asciiWords() {
    return lists()
        .of(Generate.pick(chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")))
        .ofSizeBetween(1, 8)
        .map(l -> String.join("", l));
  }

  private static Gen<String> numbers() {
    return integers().between(0, 100_000).map(n -> String.valueOf(n));
  }

  private static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder s = new StringBuilder();
    codePoints.forEach(s::appendCodePoint);
    return s.toString();
  }

  private static List<String> chars(String alphabet) {
    return alphabet
        .codePoints()
        .mapToObj(Character::toString)
        .collect(Collectors.toUnmodifiableList());
  }
}
