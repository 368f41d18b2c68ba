package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The words by which a finding's description is recognised as trivial (发现问题浮浅), for {@link
 * TrivialMatcher}. {@link #defaults()} is the lexicon built from the 2023-Q1 bulletin, which quotes
 * "卫生清扫不够彻底", "灭火器摆放不规范" and "未在醒目位置张贴规章制度" as findings that should not have
 * been put on a walk record; a supervising office extends it with {@link #plus(TrivialLexicon)} or
 * replaces a list with a {@code with*} method.
 *
 * <table>
 *   <caption>Lists and their part in the rule</caption>
 *   <tr><th>list</th><th>meaning</th><th>examples</th></tr>
 *   <tr><td>{@link #phrases()}</td><td>wording that is trivial on its own</td><td>卫生清扫不够彻底,
 *       卫生死角, 蜘蛛网</td></tr>
 *   <tr><td>{@link #objects()}</td><td>housekeeping and display objects: trivial with any {@linkplain
 *       #deficiencies() deficiency} or {@linkplain #untidiness() untidiness}</td><td>卫生, 保洁, 海报,
 *       规章制度, 绿植, 工牌, 着装</td></tr>
 *   <tr><td>{@link #fixtures()}</td><td>furniture, equipment and rooms: trivial only when dirty,
 *       cluttered or misplaced, because their lack, damage or expiry is a facility or safety problem
 *       (the bulletin's example: too few seats in a waiting area)</td><td>座椅, 灭火器, 地面, 卫生间,
 *       窗户</td></tr>
 *   <tr><td>{@link #deficiencies()}</td><td>shortcomings of look, posting, wear and upkeep; they make
 *       an {@linkplain #objects() object} trivial, never a {@linkplain #fixtures() fixture}</td><td>不规范,
 *       未上墙, 未佩戴, 破损, 褪色, 枯黄</td></tr>
 *   <tr><td>{@link #untidiness()}</td><td>dirt, clutter and placement; they make an object or a fixture
 *       trivial</td><td>不干净, 不彻底, 杂乱, 摆放, 污渍, 异味</td></tr>
 *   <tr><td>{@link #exclusions()}</td><td>signals of a substantive problem: a wait or a time, a process
 *       step, trips and materials, departments, a hazard, service information citizens need, too few
 *       of something, harm to citizens, an online system; one anywhere in a description vetoes every
 *       flag</td><td>排队, 分钟, 审批, 跑, 份, 堵塞, 过期, 办事指南, 收费, 不足, 导致</td></tr>
 *   <tr><td>{@link #masks()}</td><td>words that contain another list's word without its meaning: an
 *       occurrence lying inside a longer mask is not seen</td><td>卫生健康委 (not 卫生), 卫生院, 身份
 *       (not 份), 走流程 (not 流程), 等候区 (not 等候), 心脏 (not 脏), 影响美观 (not 影响)</td></tr>
 * </table>
 *
 * <p>Entries are written as people write them; the matcher {@linkplain TrivialText normalises}
 * them exactly like the descriptions (NFKC, whitespace removed), and reports the entries that fired
 * as the lexicon writes them. No list may hold a blank entry, nor one that is empty once
 * normalised.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrivialLexicon {

  private static final TrivialLexicon DEFAULTS =
      builder()
          .addAllPhrases(Policy.DEFAULT_TRIVIAL_PHRASES)
          .addPhrases("卫生死角", "蜘蛛网", "脏乱差", "卫生差", "未在醒目位置张贴", "规章制度未上墙", "未按规定着装")
          .addObjects(
              // upkeep as an activity
              "卫生", "保洁", "清洁", "清扫", "打扫",
              // posters, slogans, rules on the wall
              "海报", "宣传画", "宣传栏", "宣传板", "展板", "标语", "横幅", "条幅", "规章制度", "制度牌", "岗位职责牌",
              // desks, leaflets, papers
              "桌面", "台面", "宣传资料", "宣传折页", "折页", "宣传册", "报刊", "报纸", "书报",
              // plants
              "绿植", "花草", "盆栽", "盆景", "花卉",
              // badges and dress
              "工牌", "胸牌", "工作牌", "工作证", "胸卡", "桌牌", "台卡", "席卡", "着装", "工装", "制服", "仪容",
              // waste
              "垃圾", "垃圾桶", "纸篓")
          .addFixtures(
              // seats and furniture
              "座椅", "椅子", "椅凳", "凳子", "沙发", "桌椅", "桌子", "办公桌", "柜台", "文件柜", "资料柜", "书柜", "书架",
              "资料架", "伞架",
              // fire equipment: placement only
              "灭火器", "消防器材",
              // floors, walls, windows, toilets
              "地面", "地板", "地砖", "墙面", "墙壁", "墙上", "墙角", "角落", "窗台", "天花板", "窗户", "玻璃", "门窗",
              "窗帘", "卫生间", "厕所", "洗手间", "洗手台", "洗手池", "便池", "镜面", "镜子",
              // things lying about
              "物品", "杂物", "文件", "办公用品", "饮水机", "烟灰缸", "水杯", "纸杯", "拖把", "扫帚", "清洁工具",
              // rooms
              "大厅", "办公区", "办公室", "会议室", "休息区", "等候区", "候诊区")
          .addDeficiencies(
              "不规范", "不够规范", "不到位", "不够到位", "不及时", "未及时", "未更新", "过时", "未上墙", "未张贴", "未悬挂",
              "未在醒目位置", "未佩戴", "未穿", "不统一", "不美观", "破损", "破旧", "陈旧", "褪色", "掉色", "脱落", "起皮",
              "卷边", "模糊", "残缺", "枯黄", "枯萎", "枯死", "发黄", "缺水", "落叶")
          .addUntidiness(
              // not clean, not tidy
              "不整洁", "不够整洁", "不太整洁", "欠整洁", "不干净", "不够干净", "不太干净", "不彻底", "不够彻底", "不整齐",
              "不够整齐", "未清扫", "未打扫", "未清理", "未擦拭", "未清洁",
              // clutter and placement
              "杂乱", "凌乱", "零乱", "脏乱", "乱放", "乱堆", "乱摆", "乱贴", "乱扔", "乱丢", "随意", "随处", "摆放", "堆放",
              "放置", "放在", "摆在", "堆在", "置于", "未归位", "歪斜", "倾斜", "不醒目", "不够醒目", "位置不当",
              // dirt
              "脏", "污渍", "污垢", "污迹", "油污", "油渍", "水渍", "水迹", "积水", "灰尘", "积灰", "落灰", "浮灰", "纸屑",
              "烟头", "烟蒂", "痰迹", "污物", "杂物", "异味", "臭味", "霉斑", "发霉", "蚊蝇", "苍蝇", "满溢", "蜘蛛网", "斑驳")
          .addExclusions(
              // a wait, a time, a process step
              "工作日", "分钟", "小时", "多天", "数天", "几天", "半天", "个月", "时限", "时长", "耗时", "时间", "审批", "审核",
              "办理", "受理", "办结", "排队", "等候", "等待", "叫号", "预约", "挂号", "环节", "流程", "手续", "效率",
              // trips, materials, departments
              "往返", "跑", "趟", "份", "材料", "证明", "复印", "盖章", "签字", "填写", "填报", "表格", "个部门", "多部门",
              "跨部门", "部门间", "部门之间", "其他部门", "相关部门", "部门协", "部门联", "科室间", "科室之间",
              // hazards
              "堵塞", "占用", "占道", "通道", "通行", "安全出口", "紧急出口", "疏散", "楼道", "楼梯", "过期", "失效", "缺失",
              "损坏", "故障", "燃气", "煤气", "软管", "报警", "消防栓", "消火栓", "喷淋", "应急灯", "电线", "线路", "插座",
              "插线板", "漏电", "私拉", "乱接", "隐患", "遮挡", "漏水", "渗水", "漏风", "坍塌", "开裂", "湿滑", "滑倒", "摔倒",
              "跌倒", "受伤", "危险", "化学品", "药品", "食品", "后厨", "餐具", "食材", "消毒", "感染", "医疗废物", "医疗垃圾",
              "医废", "无障碍", "压力",
              // service information citizens need
              "指南", "收费", "价格", "价目", "标价", "公示", "告知", "指引", "引导", "导视", "指示", "电话", "政策", "须知",
              "清单",
              // too few, too many people
              "不足", "较少", "过少", "偏少", "太少", "不够用", "缺少", "缺乏", "短缺", "数量", "拥挤", "拥堵", "站立", "人多",
              // harm to citizens and enterprises
              "导致", "造成", "影响", "无法", "不便", "困难", "投诉", "患者", "老人", "老年", "残疾", "孕妇", "儿童", "企业",
              // online and systems
              "系统", "网络", "网上", "线上", "网站", "平台", "终端", "自助", "小程序", "软件", "数据", "热线", "工单",
              // streets and neighbourhoods
              "小区", "道路", "路面", "街道", "清运", "污水",
              // money
              "资金", "经费", "租金", "费用", "罚款", "补贴", "万元")
          .addMasks(
              // units and institutions named after 卫生
              "卫生健康", "卫生院", "卫生室", "卫生所", "卫生站", "卫生服务", "卫生监督", "卫生许可", "卫生局", "卫生部门",
              "卫生系统", "卫生计生", "卫生防疫", "卫生应急", "公共卫生", "爱国卫生", "卫生城市", "街道办",
              // words around an exclusion or a deficiency
              "心脏", "身份", "省份", "月份", "年份", "股份", "走流程", "长时间", "等候区", "等候厅", "等候室", "等候大厅",
              "等候位", "等候椅", "等候席", "排队区", "办理区", "影响美观", "影响观感", "影响形象", "影响整体形象")
          .build();

  TrivialLexicon() {}

  /** Returns the phrases that make a description trivial on their own. */
  public abstract ImmutableList<String> phrases();

  /** Returns the housekeeping and display objects, trivial with any deficiency or untidiness. */
  public abstract ImmutableList<String> objects();

  /** Returns the furniture, equipment and rooms, trivial only with untidiness. */
  public abstract ImmutableList<String> fixtures();

  /** Returns the shortcomings of look, posting, wear and upkeep, which make an object trivial. */
  public abstract ImmutableList<String> deficiencies();

  /** Returns the words of dirt, clutter and placement, which make an object or a fixture trivial. */
  public abstract ImmutableList<String> untidiness();

  /** Returns the signals of a substantive problem, any one of which vetoes every flag. */
  public abstract ImmutableList<String> exclusions();

  /** Returns the words inside which another list's words are not seen. */
  public abstract ImmutableList<String> masks();

  /** Returns the lexicon described in the class documentation. */
  public static TrivialLexicon defaults() {
    return DEFAULTS;
  }

  /** Returns a new builder, with every list empty. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this lexicon extended by {@code more}: each list holds this lexicon's entries, then
   * those of {@code more} that it does not already hold, each once, in that order.
   */
  public final TrivialLexicon plus(TrivialLexicon more) {
    return builder()
        .addAllPhrases(union(phrases(), more.phrases()))
        .addAllObjects(union(objects(), more.objects()))
        .addAllFixtures(union(fixtures(), more.fixtures()))
        .addAllDeficiencies(union(deficiencies(), more.deficiencies()))
        .addAllUntidiness(union(untidiness(), more.untidiness()))
        .addAllExclusions(union(exclusions(), more.exclusions()))
        .addAllMasks(union(masks(), more.masks()))
        .build();
  }

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> u = new LinkedHashSet<>(a);
    u.addAll(b);
    return u;
  }

  /** Returns a copy with other phrases. */
  public abstract TrivialLexicon withPhrases(Iterable<String> phrases);

  /** Returns a copy with other objects. */
  public abstract TrivialLexicon withObjects(Iterable<String> objects);

  /** Returns a copy with other fixtures. */
  public abstract TrivialLexicon withFixtures(Iterable<String> fixtures);

  /** Returns a copy with other deficiencies. */
  public abstract TrivialLexicon withDeficiencies(Iterable<String> deficiencies);

  /** Returns a copy with other untidiness words. */
  public abstract TrivialLexicon withUntidiness(Iterable<String> untidiness);

  /** Returns a copy with other exclusions. */
  public abstract TrivialLexicon withExclusions(Iterable<String> exclusions);

  /** Returns a copy with other masks. */
  public abstract TrivialLexicon withMasks(Iterable<String> masks);

  @Value.Check
  void check() {
    checkEntries("phrases", phrases());
    checkEntries("objects", objects());
    checkEntries("fixtures", fixtures());
    checkEntries("deficiencies", deficiencies());
    checkEntries("untidiness", untidiness());
    checkEntries("exclusions", exclusions());
    checkEntries("masks", masks());
  }

  /* Blank once normalised: an entry of a zero-width space would match everywhere. */
  private static void checkEntries(String list, List<String> entries) {
    for (String entry : entries) {
      if (entry.isBlank() || TrivialText.normalizedChars(entry).length == 0) {
        throw new IllegalStateException(list + " must not hold a blank entry: \"" + entry + "\"");
      }
    }
  }

  /** Builds a {@link TrivialLexicon}; lists may be added to. */
  public static final class Builder extends ImmutableTrivialLexicon.Builder {
    Builder() {}
  }
}
