package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.ServicePointKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The problems the sample city's leaders find, as templates: a category, the kinds of service
 * point where the problem occurs, and a body that words the problem, its measures and its measured
 * effects with numbers drawn from the seeded source. Each template's measured effects name a word
 * of its category in the default policy's effect keywords, so that only the faults the generator
 * injects on purpose read as mismatched (a test checks every template).
 */
final class FindingTemplates {
  private FindingTemplates() {}

  /** A worded problem with its rectification's measures and effects, before dates are given. */
  static final class Text {
    final FindingCategory category;
    final String description;
    final List<String> measures = new ArrayList<>();
    final List<Effect> effects = new ArrayList<>();
    String effectNote;

    Text(FindingCategory category, String description) {
      this.category = category;
      this.description = description;
    }

    Text measures(String... ms) {
      measures.addAll(List.of(ms));
      return this;
    }

    Text effect(String indicator, long before, long after, String unit) {
      effects.add(Effect.of(indicator, BigDecimal.valueOf(before), BigDecimal.valueOf(after), unit));
      return this;
    }

    Text effect(String indicator, BigDecimal before, BigDecimal after, String unit) {
      effects.add(Effect.of(indicator, before, after, unit));
      return this;
    }

    Text note(String note) {
      this.effectNote = note;
      return this;
    }
  }

  /** Words a problem found at {@code point} while walking {@code matter}. */
  interface Body {
    Text make(SplittableRandom r, String point, String matter);
  }

  /**
   * A template: applies at the given kinds of point, and, when {@code words} is not empty, only
   * where the point's or the matter's name contains one of them. {@code scheduled} is the chance
   * that its rectification is put on a schedule rather than done at once.
   */
  record Template(String key, FindingCategory category, Set<ServicePointKind> kinds, List<String> words, double scheduled, Body body) {
    boolean appliesTo(ServicePointKind kind, String point, String matter) {
      if (!kinds.contains(kind)) {
        return false;
      }
      if (words.isEmpty()) {
        return true;
      }
      for (String w : words) {
        if (point.contains(w) || matter.contains(w)) {
          return true;
        }
      }
      return false;
    }

    Text make(SplittableRandom r, String point, String matter) {
      Text t = body.make(r, point, matter);
      if (t.category != category) {
        throw new IllegalStateException("template " + key + " made a " + t.category + " finding");
      }
      return t;
    }
  }

  private static final ServicePointKind HALL = ServicePointKind.SERVICE_HALL;
  private static final ServicePointKind HOSPITAL = ServicePointKind.HOSPITAL;
  private static final ServicePointKind SCHOOL = ServicePointKind.SCHOOL;
  private static final ServicePointKind HOTLINE = ServicePointKind.HOTLINE;
  private static final ServicePointKind ENTERPRISE = ServicePointKind.ENTERPRISE;
  private static final ServicePointKind ONLINE = ServicePointKind.ONLINE_PLATFORM;
  private static final ServicePointKind OTHER = ServicePointKind.OTHER;

  private static String q(String matter) {
    return "“" + matter + "”";
  }

  private static int between(SplittableRandom r, int from, int toInclusive) {
    return r.nextInt(from, toInclusive + 1);
  }

  /** The templates of real problems, in a fixed order. */
  static final List<Template> TEMPLATES =
      List.of(
          // windows, capacity and waiting
          t("windows", FindingCategory.WAITING_CAPACITY, kinds(HALL, OTHER), 0.15, (r, p, m) -> {
            int w = between(r, 2, 3);
            int w2 = w + between(r, 1, 2);
            int t = 5 * between(r, 7, 12);
            int t2 = 5 * between(r, 2, 4);
            return new Text(FindingCategory.WAITING_CAPACITY,
                    p + "仅开放" + w + "个窗口，办事群众较多，高峰时段排队等候约" + t + "分钟")
                .measures("窗口由" + w + "个增加到" + w2 + "个", "高峰时段实行弹性窗口、延时服务")
                .effect("办事窗口", w, w2, "个")
                .effect("高峰时段平均等待时间", t, t2, "分钟")
                .note("群众排队时间明显缩短");
          }),
          t("terminals", FindingCategory.WAITING_CAPACITY, kinds(HALL), 0.3, (r, p, m) -> {
            int n = between(r, 1, 2);
            int n2 = n + between(r, 2, 3);
            return new Text(FindingCategory.WAITING_CAPACITY,
                    "办理" + q(m) + "的自助服务终端仅" + n + "台且时常故障，群众只能到人工窗口排队")
                .measures("新增自助服务终端" + (n2 - n) + "台", "安排专人引导群众使用自助终端")
                .effect("自助服务终端", n, n2, "台");
          }),
          t("appointment", FindingCategory.WAITING_CAPACITY, kinds(HALL, OTHER), 0.3, (r, p, m) -> {
            int t = 5 * between(r, 6, 10);
            int t2 = 5 * between(r, 1, 3);
            return new Text(FindingCategory.WAITING_CAPACITY, q(m) + "只能现场取号，不能提前预约，群众往返等候")
                .measures("开通线上预约、分时段取号")
                .effect("平均等候时间", t, t2, "分钟")
                .note("群众可按预约时段到场办理");
          }),
          t("registration", FindingCategory.WAITING_CAPACITY, kinds(HOSPITAL), 0.2, (r, p, m) -> {
            int t = 5 * between(r, 6, 9);
            int t2 = 5 * between(r, 2, 3);
            return new Text(FindingCategory.WAITING_CAPACITY,
                    p + "门诊挂号收费窗口排队时间长，自助机旁无人引导，老年患者不会操作")
                .measures("在自助机旁增设导诊志愿者", "保留老年人人工挂号窗口")
                .effect("挂号平均排队时间", t, t2, "分钟")
                .effect("导诊服务人员", between(r, 0, 1), between(r, 3, 5), "名");
          }),
          t("hotline-seats", FindingCategory.WAITING_CAPACITY, kinds(HOTLINE), 0.3, (r, p, m) -> {
            int s = between(r, 6, 8);
            int s2 = s + between(r, 3, 5);
            return new Text(FindingCategory.WAITING_CAPACITY, p + "高峰时段接通率低，群众反映电话打不进来")
                .measures("高峰时段增加坐席人员", "开通智能语音分流")
                .effect("高峰时段接线人员", s, s2, "名")
                .effect("平均等待接通时间", between(r, 90, 150), between(r, 20, 40), "秒");
          }),
          // materials and proofs
          t("shared-materials", FindingCategory.MATERIALS_PROOFS, kinds(HALL, OTHER, HOSPITAL), 0.25, (r, p, m) -> {
            int n = between(r, 7, 10);
            int k = between(r, 2, 4);
            return new Text(FindingCategory.MATERIALS_PROOFS,
                    "办理" + q(m) + "需提交" + n + "份材料，其中" + k + "份可通过部门数据共享获取，仍要求群众自行提供")
                .measures("通过数据共享免于提交" + k + "份材料", "实行“一表申请”")
                .effect("申请材料", n, n - k, "份")
                .note("群众少跑腿、少交材料");
          }),
          t("proof-stamp", FindingCategory.MATERIALS_PROOFS, kinds(HALL), 0.3, (r, p, m) -> {
            int n = between(r, 1, 2);
            return new Text(FindingCategory.MATERIALS_PROOFS,
                    "办理" + q(m) + "需到乡镇（街道）开具证明并盖章，群众往返多次")
                .measures("取消该项证明，改为申请人书面承诺", "能通过部门核查的信息不再要求群众提供")
                .effect("需群众自行开具的证明", n, 0, "项");
          }),
          t("guide", FindingCategory.MATERIALS_PROOFS, kinds(HALL, OTHER), 0.2, (r, p, m) ->
              new Text(FindingCategory.MATERIALS_PROOFS,
                      p + "公布的" + q(m) + "办事指南与窗口实际要求不一致，群众按指南准备材料后被要求补充")
                  .measures("统一修订办事指南", "推行“一次性告知”")
                  .effect("修订一次性告知清单", 0, between(r, 6, 15), "项")
                  .note("窗口要求与办事指南一致")),
          t("online-form", FindingCategory.MATERIALS_PROOFS, kinds(ONLINE), 0.4, (r, p, m) ->
              new Text(FindingCategory.MATERIALS_PROOFS, "在" + p + "办理" + q(m) + "需重复填写已提交过的信息，表单项多")
                  .measures("优化网上申报表单，已有信息自动带出")
                  .effect("网上申报表单填写项", between(r, 35, 45), between(r, 12, 20), "项")),
          t("online-paper", FindingCategory.MATERIALS_PROOFS, kinds(ONLINE), 0.6, (r, p, m) ->
              new Text(FindingCategory.MATERIALS_PROOFS, p + "不支持" + q(m) + "全程网办，网上申请后仍需到现场提交纸质材料")
                  .measures("上线全程网办功能，电子证照共享后免交纸质材料")
                  .effect("需现场提交的纸质材料", between(r, 3, 5), 0, "份")
                  .note("实现全程网办、“零跑动”")),
          t("school-aid", FindingCategory.MATERIALS_PROOFS, kinds(SCHOOL), 0.3, (r, p, m) ->
              new Text(FindingCategory.MATERIALS_PROOFS, p + "办理" + q(m) + "需家长多次到校提交纸质证明材料")
                  .measures("改为线上提交，学校通过部门共享代为核验")
                  .effect("家长需提交的纸质材料", between(r, 4, 5), 1, "份")),
          // approval steps and time
          t("approval-days", FindingCategory.APPROVAL_TIME, kinds(HALL, OTHER), 0.3, (r, p, m) -> {
            int d = between(r, 3, 7);
            int d2 = between(r, 0, 1);
            int s = between(r, 4, 6);
            int s2 = between(r, 2, 3);
            Text t = new Text(FindingCategory.APPROVAL_TIME, q(m) + "审批需" + d + "个工作日，环节多、签批层级多")
                .measures("审批环节由" + s + "个压减为" + s2 + "个", d2 == 0 ? "实行当日受理、当日审批" : "实行即来即办、限时办结")
                .effect("审批环节", s, s2, "个")
                .effect("办理时限", d, d2, "个工作日");
            return d2 == 0 ? t.note("当日受理、当日审批、当日办结") : t;
          }),
          t("online-review", FindingCategory.APPROVAL_TIME, kinds(ONLINE), 0.3, (r, p, m) -> {
            int d = between(r, 3, 6);
            return new Text(FindingCategory.APPROVAL_TIME, "网上提交" + q(m) + "后审核反馈慢，平均" + d + "天才有结果")
                .measures("明确专人每日审核网上申请", "审核结果短信推送")
                .effect("网上审核时长", d, 1, "天");
          }),
          t("signing", FindingCategory.APPROVAL_TIME, kinds(HALL, OTHER), 0.2, (r, p, m) ->
              new Text(FindingCategory.APPROVAL_TIME, q(m) + "需签批的负责人外出时业务只能等待，没有授权代签机制")
                  .measures("建立AB岗和授权签批机制")
                  .effect("平均办理时长", between(r, 4, 6), between(r, 1, 2), "个工作日")),
          // cross-department coordination
          t("one-window", FindingCategory.CROSS_DEPARTMENT, kinds(HALL), 0.5, (r, p, m) -> {
            int k = between(r, 3, 4);
            int trips = between(r, 3, 5);
            return new Text(FindingCategory.CROSS_DEPARTMENT,
                    q(m) + "涉及" + k + "个部门，群众需分别到各窗口提交材料，往返" + trips + "次")
                .measures("设立综合受理窗口，部门后台联办", "推行“一件事一次办”")
                .effect("群众跑动次数", trips, 1, "次")
                .effect("需要跑的窗口", k, 1, "个")
                .note("实现“一窗受理、一次办结”");
          }),
          t("data-sharing", FindingCategory.CROSS_DEPARTMENT, kinds(HALL), 0.6, (r, p, m) ->
              new Text(FindingCategory.CROSS_DEPARTMENT, "部门间数据不共享，办理" + q(m) + "需群众先到其他部门打印证明再回来办理")
                  .measures("打通部门数据接口，实现信息共享核验")
                  .effect("部门间跑动", 2, 0, "次")),
          t("shirking", FindingCategory.CROSS_DEPARTMENT, kinds(HOTLINE), 0.5, (r, p, m) ->
              new Text(FindingCategory.CROSS_DEPARTMENT, "群众反映的供热、物业等问题涉及多个部门，工单转办后互相推诿")
                  .measures("明确首办责任部门", "建立多部门联合会商机制")
                  .effect("涉及多部门工单平均办理时长", between(r, 8, 12), between(r, 3, 4), "个工作日")),
          // safety hazards
          t("gas", FindingCategory.SAFETY_HAZARD, kinds(ENTERPRISE), List.of("燃气", "餐饮"), 0.6, (r, p, m) ->
              new Text(FindingCategory.SAFETY_HAZARD, "部分餐饮商户私接燃气软管、燃气报警器安装位置不正确")
                  .measures("联合住建、消防、市场监管等部门开展燃气安全专项排查", "加大对商户安全生产宣传力度")
                  .effect("排查商户", 0, between(r, 30, 80), "家次")
                  .effect("整改隐患", 0, between(r, 20, 50), "处")
                  .note("防患于未然")),
          t("exits", FindingCategory.SAFETY_HAZARD, kinds(HOSPITAL, SCHOOL, OTHER), 0.2, (r, p, m) -> {
            int n = between(r, 2, 6);
            return new Text(FindingCategory.SAFETY_HAZARD, p + "部分安全出口指示灯损坏，消防通道堆放杂物")
                .measures("清理消防通道", "更换损坏的安全出口指示灯")
                .effect("消防安全隐患", n, 0, "处");
          }),
          t("school-traffic", FindingCategory.SAFETY_HAZARD, kinds(SCHOOL), 0.5, (r, p, m) ->
              new Text(FindingCategory.SAFETY_HAZARD, p + "周边上下学时段人车混行，缺少交通安全设施")
                  .measures("协调公安交警增设护学岗、交通标志和减速带")
                  .effect("排查整改校园周边安全隐患", 0, between(r, 3, 6), "处")),
          t("workshop", FindingCategory.SAFETY_HAZARD, kinds(ENTERPRISE), 0.4, (r, p, m) ->
              new Text(FindingCategory.SAFETY_HAZARD, p + "生产经营场所消防设施老化，部分灭火器已过期")
                  .measures("督促企业更换过期灭火器、维修消防设施", "帮助企业建立安全隐患自查制度")
                  .effect("整改隐患", 0, between(r, 4, 12), "处")),
          // facilities and environment
          t("seats", FindingCategory.FACILITIES, kinds(HOSPITAL), 0.4, (r, p, m) -> {
            int s = between(r, 20, 40);
            return new Text(FindingCategory.FACILITIES, p + "候诊区等候座椅较少，大量患者拥堵在候诊区")
                .measures("在不影响消防通道的情况下增设等候座椅", "安装叫号系统")
                .effect("候诊区等候座椅", s, s + between(r, 30, 60), "个")
                .note("患者可以坐着候诊，候诊区不再拥堵");
          }),
          t("windows-repair", FindingCategory.FACILITIES, kinds(SCHOOL), 0.8, (r, p, m) -> {
            BigDecimal money = BigDecimal.valueOf(between(r, 80, 450), 1);
            return new Text(FindingCategory.FACILITIES, p + "教学楼塑钢窗年久失修、漏风严重，走廊温度低")
                .measures("投入" + money.toPlainString() + "万元维修更换门窗")
                .effect("维修更换塑钢窗", 0, between(r, 40, 120), "樘")
                .effect("修缮投入资金", BigDecimal.ZERO, money, "万元");
          }),
          t("barrier-free", FindingCategory.FACILITIES, kinds(HALL, OTHER), 0.5, (r, p, m) ->
              new Text(FindingCategory.FACILITIES, p + "无障碍通道坡度过陡，缺少扶手和轮椅")
                  .measures("改造无障碍通道，加装扶手，配备轮椅")
                  .effect("无障碍设施", between(r, 0, 1), between(r, 3, 4), "处")),
          t("heating", FindingCategory.FACILITIES, kinds(HALL), 0.3, (r, p, m) ->
              new Text(FindingCategory.FACILITIES, p + "冬季室温偏低，群众等候时需穿着厚外套")
                  .measures("维修供暖管网，加装暖风设备")
                  .effect("供暖设备维修后大厅室温", between(r, 12, 14), between(r, 18, 20), "℃")),
          t("parking", FindingCategory.FACILITIES, kinds(HALL, HOSPITAL), 0.4, (r, p, m) -> {
            int n = between(r, 40, 60);
            return new Text(FindingCategory.FACILITIES, p + "停车位紧张，办事群众停车难")
                .measures("协调周边单位错时开放停车位")
                .effect("可用停车位", n, n + between(r, 30, 50), "个");
          }),
          // follow-up and feedback
          t("callbacks", FindingCategory.FOLLOW_UP, kinds(HOTLINE), 0.3, (r, p, m) ->
              new Text(FindingCategory.FOLLOW_UP, p + "承接工单后缺少对群众诉求的跟踪反馈，工单办结后无人回访")
                  .measures("工单按即办、呈办、交（转）办三种方式分类处置",
                      "按“重、轻、缓”三级转办，办结答复后第2日回访群众满意度")
                  .effect("工单办结后回访率", between(r, 10, 30), 100, "%")
                  .note("形成工作闭环")),
          t("progress", FindingCategory.FOLLOW_UP, kinds(HOTLINE, HALL), 0.3, (r, p, m) ->
              new Text(FindingCategory.FOLLOW_UP, "群众咨询" + q(m) + "后登记的诉求无反馈，群众多次来电询问进度")
                  .measures("建立诉求办理进度告知和办结回访制度")
                  .effect("诉求按时办结率", between(r, 70, 85), between(r, 95, 99), "%")),
          t("messages", FindingCategory.FOLLOW_UP, kinds(ONLINE), 0.2, (r, p, m) ->
              new Text(FindingCategory.FOLLOW_UP, p + "留言咨询回复慢，部分留言超过一周未回复")
                  .measures("明确专人每日回复留言，超时自动提醒")
                  .effect("留言反馈平均时长", between(r, 5, 8), 1, "天")),
          // enterprise service
          t("rnd", FindingCategory.ENTERPRISE_SERVICE, kinds(ENTERPRISE), List.of("研发", "统计", "高新", "科技"), 0.4, (r, p, m) -> {
            int a = between(r, 80, 200);
            return new Text(FindingCategory.ENTERPRISE_SERVICE, p + "对研发投入归集范围理解不准确，R&D经费归集数量少、填报不准确")
                .measures("指导企业规范研发费用归集", "开展统计填报业务培训")
                .effect("研发投入归集金额", a, a * between(r, 20, 35) / 10, "万元");
          }),
          t("loans", FindingCategory.ENTERPRISE_SERVICE, kinds(ENTERPRISE), 0.6, (r, p, m) ->
              new Text(FindingCategory.ENTERPRISE_SERVICE, p + "反映资金周转困难，不了解政策性贷款贴息政策")
                  .measures("组织银企对接会，上门宣讲惠企政策")
                  .effect("帮助企业获得贷款资金", 0, 50 * between(r, 4, 16), "万元")),
          t("goods", FindingCategory.ENTERPRISE_SERVICE, kinds(ENTERPRISE), List.of("商厦", "商贸", "农资", "合作社"), 0.6, (r, p, m) ->
              new Text(FindingCategory.ENTERPRISE_SERVICE, p + "经营困难、货品缺乏，部分店铺处于停业状态")
                  .measures("对接外地农产品企业组织货源、开展营销活动", "协调商户与业主达成减付租金协议")
                  .effect("对接供货企业", 0, between(r, 5, 12), "家")),
          t("helpers", FindingCategory.ENTERPRISE_SERVICE, kinds(ENTERPRISE), 0.3, (r, p, m) ->
              new Text(FindingCategory.ENTERPRISE_SERVICE, "企业办理" + q(m) + "需多头跑，缺少专人帮办代办")
                  .measures("建立重点企业帮办代办专员制度")
                  .effect("帮办代办服务企业", 0, between(r, 10, 30), "家")),
          // other
          t("signs", FindingCategory.OTHER, kinds(HALL, OTHER), 0.1, (r, p, m) ->
              new Text(FindingCategory.OTHER, p + "导视标识不清，群众找不到" + q(m) + "的办理窗口")
                  .measures("重新设置导视标识和窗口指引图")
                  .note("群众可按标识直达窗口")),
          t("pages", FindingCategory.OTHER, kinds(ONLINE), 0.3, (r, p, m) ->
              new Text(FindingCategory.OTHER, p + "部分页面加载慢，" + q(m) + "入口层级深，不易查找")
                  .measures("优化页面，将高频事项入口置顶")
                  .note("高频事项一键直达")));

  /**
   * Checks if quarter {@code quarter} (1 to 4) is warm: April to September, outside the northern
   * heating season (供暖季, from October or November to April), when a hall is too hot rather than
   * too cold.
   */
  static boolean warm(int quarter) {
    return quarter == 2 || quarter == 3;
  }

  /** What the cold hall of the heating season ({@code heating}) is in a warm quarter: a hot one. */
  static final Template COOLING =
      t("cooling", FindingCategory.FACILITIES, kinds(HALL), 0.3, (r, p, m) ->
          new Text(FindingCategory.FACILITIES, p + "空调制冷效果差，大厅室内闷热，群众等候时汗流浃背")
              .measures("维修空调机组，加装通风设备")
              .effect("空调设备维修后大厅室温", between(r, 30, 32), between(r, 24, 26), "℃"));

  /**
   * Returns the template of {@link #TEMPLATES} {@code t} as it reads in quarter {@code quarter}:
   * {@link #COOLING} for the heating template in a {@linkplain #warm warm} quarter, otherwise
   * {@code t}.
   */
  static Template inSeason(Template t, int quarter) {
    return warm(quarter) && t.key().equals("heating") ? COOLING : t;
  }

  /**
   * The trivial problems the bulletin criticises (发现问题浮浅), for the few walks that record
   * them: each contains a phrase of the default policy's trivial lexicon.
   */
  static final List<Template> TRIVIAL =
      List.of(
          t("cleaning", FindingCategory.HOUSEKEEPING, kinds(HALL, OTHER), 0, (r, p, m) ->
              new Text(FindingCategory.HOUSEKEEPING, p + "卫生清扫不够彻底")
                  .measures("安排保洁人员重新清扫")
                  .note("已整改")),
          t("extinguishers", FindingCategory.FACILITIES, kinds(HALL, OTHER), 0, (r, p, m) ->
              new Text(FindingCategory.FACILITIES, p + "灭火器摆放不规范")
                  .measures("按规定位置重新摆放灭火器")
                  .note("已整改")),
          t("rules", FindingCategory.HOUSEKEEPING, kinds(HALL, OTHER), 0, (r, p, m) ->
              new Text(FindingCategory.HOUSEKEEPING, "未在醒目位置张贴规章制度")
                  .measures("在大厅醒目位置张贴规章制度")
                  .note("已整改")),
          t("desks", FindingCategory.HOUSEKEEPING, kinds(HALL, OTHER), 0, (r, p, m) ->
              new Text(FindingCategory.HOUSEKEEPING, "窗口桌面摆放不整齐，工作人员着装不规范")
                  .measures("规范窗口桌面物品摆放", "要求工作人员统一着装")
                  .note("已整改")));

  /**
   * Trivial problems in other words than the bulletin's (a trivial object and its deficiency), one
   * of which every walk of trivial problems records too: the default lexicon knows them by meaning
   * ({@link io.github.zouliucheng.walk.analytics.Judgment#TRIVIAL_WORDING}), not by phrase.
   */
  static final List<Template> TRIVIAL_WORDING =
      List.of(
          t("leaflets", FindingCategory.FACILITIES, kinds(HALL, OTHER), 0, (r, p, m) ->
              new Text(FindingCategory.FACILITIES, p + "资料架上的宣传折页摆放凌乱")
                  .measures("重新整理资料架")
                  .note("已整改")),
          t("plants", FindingCategory.FACILITIES, kinds(HALL, OTHER), 0, (r, p, m) ->
              new Text(FindingCategory.FACILITIES, p + "绿植枯黄未及时更换")
                  .measures("更换大厅绿植")
                  .note("已整改")),
          t("posters", FindingCategory.FACILITIES, kinds(HALL, OTHER), 0, (r, p, m) ->
              new Text(FindingCategory.FACILITIES, p + "宣传栏海报破损卷边未及时更换")
                  .measures("更换宣传栏海报")
                  .note("已整改")));

  /** Effects that measure something else than the problem: what a mismatched rectification records. */
  static final List<Effect> UNRELATED_EFFECTS =
      List.of(
          Effect.of("宣传海报张贴", BigDecimal.ZERO, BigDecimal.valueOf(20), "张"),
          Effect.of("组织业务学习", BigDecimal.ZERO, BigDecimal.valueOf(3), "场"));

  private static Set<ServicePointKind> kinds(ServicePointKind first, ServicePointKind... rest) {
    return Set.copyOf(EnumSet.of(first, rest));
  }

  private static Template t(String key, FindingCategory category, Set<ServicePointKind> kinds, double scheduled, Body body) {
    return new Template(key, category, kinds, List.of(), scheduled, body);
  }

  private static Template t(
      String key, FindingCategory category, Set<ServicePointKind> kinds, List<String> words, double scheduled, Body body) {
    return new Template(key, category, kinds, words, scheduled, body);
  }
}
