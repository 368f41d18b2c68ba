package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.ServicePointKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The words of the sample city (澜州市, an invented prefecture-level city): its counties and
 * departments, their titles and service points, the matters walked there, and people's names. The
 * names are invented; a resemblance to a real place or person is a coincidence. The finding texts
 * are in {@link FindingTemplates}.
 *
 * <p>Matters are written {@code "name:flags"}: {@code *} marks a complex matter, and {@code V},
 * {@code D}, {@code L}, {@code R} the boundaries it crosses (division, department, level, region).
 */
final class CityCatalog {
  private CityCatalog() {}

  /** The city's name, used in point names and the online platforms. */
  static final String CITY = "澜州市";

  /** Why a walk goes to a point; decides its forms and how it is chosen. */
  enum Intent {
    /** A point of the leader's own unit (实地履职). */
    OWN,
    /** The leader's own unit, following the file between its offices (内部科室、部门之间走). */
    INTERNAL,
    /** An online platform (网上体验走). */
    ONLINE,
    /** A township, street or community point of the leader's own county (下沉延伸走). */
    GRASSROOTS,
    /** A point run by another unit (交叉联动走). */
    CROSS
  }

  /** A service point of a unit, with the matters walked there. */
  record PointSpec(String key, String name, ServicePointKind kind, List<Matter> matters) {}

  /** A kind of county-level area: its suffix and the titles of its team. */
  record CountyKind(String suffix, String secretary, String head, String deputySecretary, String executive, String deputy) {}

  /** A county, district or county-level city (县（市）区). */
  record County(String slug, String name, CountyKind kind, String town, String community, String enterprise) {}

  /**
   * A municipal department (市直部门): its team's titles, its own points, its online point, and
   * the key of the county point its leaders walk when they go down to a county (null: a
   * township or community point).
   */
  record Department(
      String slug,
      String name,
      String principalTitle,
      String deputyTitle,
      List<PointSpec> points,
      PointSpec online,
      String countyPoint) {}

  static final CountyKind XIAN = new CountyKind("县", "县委书记", "县长", "县委副书记", "常务副县长", "副县长");
  static final CountyKind QU = new CountyKind("区", "区委书记", "区长", "区委副书记", "常务副区长", "副区长");
  static final CountyKind SHI = new CountyKind("市", "市委书记", "市长", "市委副书记", "常务副市长", "副市长");

  static final List<County> COUNTIES =
      List.of(
          new County("yunhe", "云河区", QU, "河东街道", "柳荫社区", "北辰农机制造有限公司"),
          new County("wuchuan", "梧川区", QU, "站前街道", "新桥社区", "恒远建材有限公司"),
          new County("qinghe", "青禾县", XIAN, "兴隆镇", "禾丰社区", "丰禾米业有限公司"),
          new County("songlan", "松岚县", XIAN, "永安镇", "松涛社区", "岚峰木业有限公司"),
          new County("huaxi", "桦溪县", XIAN, "太平镇", "溪南社区", "桦源食品有限公司"),
          new County("shanwan", "杉湾县", XIAN, "长乐镇", "湾北社区", "绿湾大豆制品有限公司"),
          new County("lingquan", "泠泉县", XIAN, "向阳镇", "泉水社区", "泠泉矿泉饮品有限公司"),
          new County("tangling", "棠岭县", XIAN, "红旗镇", "棠梨社区", "岭上蓝莓种植专业合作社"),
          new County("heting", "鹤汀市", SHI, "东升镇", "鹤鸣社区", "汀洲物流有限公司"),
          new County("liuyu", "柳屿市", SHI, "丰收镇", "屿西社区", "柳屿新能源科技有限公司"));

  /** The county points, keyed; {@code {N}} is the county's name, {@code {T}} its town, {@code {C}} its community. */
  static final List<PointSpec> COUNTY_POINTS =
      List.of(
          point("zwfw-yb", "{N}政务服务中心医保窗口", ServicePointKind.SERVICE_HALL,
              "医保异地就医备案:R", "门诊慢特病待遇认定:*V", "职工医保参保登记:"),
          point("zwfw-bdc", "{N}政务服务中心不动产登记窗口", ServicePointKind.SERVICE_HALL,
              "二手房转移登记:*D", "不动产抵押登记:", "不动产登记资料查询:"),
          point("zwfw-qy", "{N}政务服务中心企业开办专区", ServicePointKind.SERVICE_HALL,
              "企业开办:*D", "个体工商户登记:", "食品经营许可:*V"),
          point("zwfw-sb", "{N}政务服务中心社保窗口", ServicePointKind.SERVICE_HALL,
              "社保卡申领:", "退休“一件事”:*D", "灵活就业人员参保:"),
          point("hj", "{N}公安局城关派出所户籍窗口", ServicePointKind.SERVICE_HALL,
              "居民身份证办理:", "户口迁移（跨省通办）:*R", "新生儿出生“一件事”:*DL"),
          point("hospital", "{N}人民医院", ServicePointKind.HOSPITAL,
              "预约挂号就诊:", "住院费用医保结算:*V", "出生医学证明办理:"),
          point("school", "{N}第一中学", ServicePointKind.SCHOOL,
              "新生入学报到:", "学生资助申请:*L"),
          point("hotline", "{N}“12345”热线分中心", ServicePointKind.HOTLINE,
              "12345热线来电诉求办理:*D", "供热投诉处理:*D"),
          point("enterprise", "{N}{E}", ServicePointKind.ENTERPRISE,
              "惠企政策兑现:*D", "企业用工招聘服务:", "燃气安全检查:*D"));

  /** The county's own grassroots points: its town or street, and a community. */
  static final List<PointSpec> COUNTY_GRASSROOTS =
      List.of(
          point("town", "{N}{T}便民服务中心", ServicePointKind.SERVICE_HALL,
              "低保申请:*L", "农机购置补贴申请:*L", "惠农补贴发放查询:"),
          point("community", "{N}{T}{C}服务站", ServicePointKind.SERVICE_HALL,
              "居住证办理:", "老年人优待证办理:", "临时救助申请:L"));

  /** The county's online platform. */
  static final PointSpec COUNTY_ONLINE =
      point("online", "{N}政务服务网", ServicePointKind.ONLINE_PLATFORM,
          "企业开办网上申请:*D", "社保卡网上申领:", "不动产登记网上预约:");

  /** The keys of the city points that belong to no department of the list but to the business-environment bureau. */
  static final String CITY_ONLINE = "online-hall";

  static final String CITY_APP = "app";

  static final String BIZENV = "bizenv";

  static final List<Department> DEPARTMENTS =
      List.of(
          dept("edu", "市教育局", "党组书记、局长", "副局长", "school",
              List.of(
                  point("hall", "市政务服务中心教育窗口", ServicePointKind.SERVICE_HALL,
                      "教师资格认定:", "义务教育学校转学:*R"),
                  point("school3", CITY + "第三中学", ServicePointKind.SCHOOL,
                      "新生入学报到:", "学生资助申请:*L"),
                  point("school-exp", CITY + "实验小学", ServicePointKind.SCHOOL,
                      "课后服务报名:", "新生入学报到:")),
              point("online", CITY + "义务教育入学服务平台", ServicePointKind.ONLINE_PLATFORM,
                  "义务教育入学网上报名:")),
          dept("medins", "市医疗保障局", "党组书记、局长", "副局长", "zwfw-yb",
              List.of(
                  point("hall", "市医疗保障服务中心大厅", ServicePointKind.SERVICE_HALL,
                      "医保异地就医备案:R", "门诊慢特病待遇认定:*V", "医疗费用手工报销:*L")),
              point("online", "“澜州医保”微信小程序", ServicePointKind.ONLINE_PLATFORM,
                  "医保异地就医备案:R", "医保电子凭证激活:")),
          dept("justice", "市司法局", "党组书记、局长", "副局长", null,
              List.of(
                  point("hall", "市公共法律服务中心法律援助窗口", ServicePointKind.SERVICE_HALL,
                      "法律援助申请:L", "农民工讨薪法律援助:*D"),
                  point("12348", "“12348”公共法律服务热线", ServicePointKind.HOTLINE,
                      "法律咨询热线办理:"),
                  point("notary", "市公证处", ServicePointKind.SERVICE_HALL,
                      "公证办理:", "涉外公证:*R")),
              point("online", CITY + "法律服务网", ServicePointKind.ONLINE_PLATFORM,
                  "网上法律援助申请:L")),
          dept("health", "市卫生健康委员会", "党组书记、主任", "副主任", "hospital",
              List.of(
                  point("hospital1", CITY + "第一人民医院", ServicePointKind.HOSPITAL,
                      "预约挂号就诊:", "住院费用医保结算:*V", "门诊检查预约:"),
                  point("hospital-tcm", CITY + "中医医院", ServicePointKind.HOSPITAL,
                      "预约挂号就诊:", "门诊检查预约:"),
                  point("hospital-mch", CITY + "妇幼保健院", ServicePointKind.HOSPITAL,
                      "新生儿出生“一件事”:*DL", "孕产妇建档:")),
              point("online", CITY + "预约挂号服务平台", ServicePointKind.ONLINE_PLATFORM,
                  "网上预约挂号:")),
          dept("housing", "市住房和城乡建设局", "党组书记、局长", "副局长", "zwfw-bdc",
              List.of(
                  point("hall", "市政务服务中心住建窗口", ServicePointKind.SERVICE_HALL,
                      "建筑工程施工许可:*V", "商品房预售许可:*V", "房屋交易网签备案:"),
                  point("security", "市住房保障服务中心", ServicePointKind.SERVICE_HALL,
                      "公租房申请:*L")),
              point("online", CITY + "工程建设项目审批管理系统", ServicePointKind.ONLINE_PLATFORM,
                  "建筑工程施工许可网上申报:*V")),
          dept("market", "市市场监督管理局", "党组书记、局长", "副局长", "zwfw-qy",
              List.of(
                  point("hall", "市政务服务中心企业开办专区", ServicePointKind.SERVICE_HALL,
                      "企业开办:*D", "个体工商户登记:", "食品经营许可:*V"),
                  point("market", CITY + "北城农贸市场", ServicePointKind.ENTERPRISE,
                      "农贸市场食品安全检查:")),
              point("online", CITY + "企业开办“一网通办”平台", ServicePointKind.ONLINE_PLATFORM,
                  "企业开办网上申请:*D")),
          dept("hrss", "市人力资源和社会保障局", "党组书记、局长", "副局长", "zwfw-sb",
              List.of(
                  point("hall", "市社会保险事业服务中心", ServicePointKind.SERVICE_HALL,
                      "社保卡申领:", "退休“一件事”:*D", "灵活就业人员参保:"),
                  point("market", CITY + "人力资源市场", ServicePointKind.SERVICE_HALL,
                      "失业登记:", "求职招聘登记:")),
              point("online", "“澜州人社”App", ServicePointKind.ONLINE_PLATFORM,
                  "养老保险待遇资格认证:", "失业保险金网上申领:")),
          dept("police", "市公安局", "党委书记、局长", "副局长", "hj",
              List.of(
                  point("exit-entry", "市公安局出入境接待大厅", ServicePointKind.SERVICE_HALL,
                      "出入境证件办理:"),
                  point("vehicles", "市公安局车辆管理所", ServicePointKind.SERVICE_HALL,
                      "机动车驾驶证换证:", "机动车转移登记:*V"),
                  point("hukou", "市公安局站前派出所户籍窗口", ServicePointKind.SERVICE_HALL,
                      "居民身份证办理:", "户口迁移（跨省通办）:*R")),
              point("online", "“澜州公安”微警务平台", ServicePointKind.ONLINE_PLATFORM,
                  "户籍业务网上预约:")),
          dept("civil", "市民政局", "党组书记、局长", "副局长", "community",
              List.of(
                  point("marriage", "市婚姻登记处", ServicePointKind.SERVICE_HALL,
                      "结婚登记:", "补领婚姻登记证:"),
                  point("relief", "市社会救助服务中心", ServicePointKind.SERVICE_HALL,
                      "低保申请:*L", "临时救助申请:L")),
              point("online", CITY + "民政网上服务大厅", ServicePointKind.ONLINE_PLATFORM,
                  "养老服务补贴网上申请:")),
          dept("land", "市自然资源和规划局", "党组书记、局长", "副局长", "zwfw-bdc",
              List.of(
                  point("hall", "市不动产登记中心", ServicePointKind.SERVICE_HALL,
                      "二手房转移登记:*D", "不动产抵押登记:", "不动产登记资料查询:")),
              point("online", CITY + "不动产登记网上申请平台", ServicePointKind.ONLINE_PLATFORM,
                  "不动产登记网上预约:")),
          dept("eco", "市生态环境局", "党组书记、局长", "副局长", "enterprise",
              List.of(
                  point("hall", "市政务服务中心生态环境窗口", ServicePointKind.SERVICE_HALL,
                      "建设项目环评审批:*V", "排污许可证办理:")),
              shared(CITY_ONLINE, "环评审批网上申报:*V")),
          dept("transport", "市交通运输局", "党组书记、局长", "副局长", null,
              List.of(
                  point("hall", "市交通运输综合服务大厅", ServicePointKind.SERVICE_HALL,
                      "道路运输经营许可:*", "营运车辆年审:"),
                  point("bus", CITY + "客运总站", ServicePointKind.OTHER,
                      "客运购票乘车:")),
              shared(CITY_APP, "公交卡线上充值:")),
          dept("water", "市水务局", "党组书记、局长", "副局长", null,
              List.of(
                  point("hall", "市政务服务中心水务窗口", ServicePointKind.SERVICE_HALL,
                      "取水许可:", "供水报装:*D"),
                  point("supply", CITY + "供水有限公司营业厅", ServicePointKind.ENTERPRISE,
                      "供水报装:*D", "水费缴纳:")),
              shared(CITY_APP, "水费线上缴纳:")),
          dept("agri", "市农业农村局", "党组书记、局长", "副局长", "town",
              List.of(
                  point("hall", "市政务服务中心农业窗口", ServicePointKind.SERVICE_HALL,
                      "农药经营许可:", "兽药经营许可:"),
                  point("coop", CITY + "丰泽农民专业合作社", ServicePointKind.ENTERPRISE,
                      "农业项目申报:*L")),
              shared(CITY_ONLINE, "农业补贴网上申报:L")),
          dept("commerce", "市商务局", "党组书记、局长", "副局长", "enterprise",
              List.of(
                  point("hall", "市商务局外贸服务窗口", ServicePointKind.SERVICE_HALL,
                      "对外贸易经营者备案:"),
                  point("mall", CITY + "中街商贸城", ServicePointKind.ENTERPRISE,
                      "商贸企业稳岗纾困服务:*D")),
              shared(CITY_ONLINE, "商贸企业纾困政策网上申报:")),
          dept("culture", "市文化广电和旅游局", "党组书记、局长", "副局长", null,
              List.of(
                  point("hall", "市政务服务中心文旅窗口", ServicePointKind.SERVICE_HALL,
                      "营业性演出审批:", "旅行社设立许可:*V"),
                  point("library", CITY + "图书馆", ServicePointKind.OTHER,
                      "读者证办理:"),
                  point("museum", CITY + "博物馆", ServicePointKind.OTHER,
                      "参观预约:")),
              shared(CITY_APP, "文化场馆线上预约:")),
          dept("veterans", "市退役军人事务局", "党组书记、局长", "副局长", "community",
              List.of(
                  point("hall", "市退役军人服务中心", ServicePointKind.SERVICE_HALL,
                      "退役军人优待证申领:", "退役士兵安置报到:*D")),
              shared(CITY_APP, "退役军人优待证线上申领:")),
          dept("emergency", "市应急管理局", "党组书记、局长", "副局长", "enterprise",
              List.of(
                  point("hall", "市政务服务中心应急窗口", ServicePointKind.SERVICE_HALL,
                      "危险化学品经营许可:*V"),
                  point("food-street", CITY + "中央大街餐饮商户", ServicePointKind.ENTERPRISE,
                      "餐饮场所燃气安全检查:*D")),
              shared(CITY_ONLINE, "安全生产许可网上申请:")),
          dept(BIZENV, "市营商环境建设监督局", "党组书记、局长", "副局长", "hotline",
              List.of(
                  point("hall", CITY + "政务服务中心综合受理窗口", ServicePointKind.SERVICE_HALL,
                      "“一件事一次办”综合受理:*D", "企业开办:*D"),
                  point("12345", CITY + "“12345”政务服务便民热线", ServicePointKind.HOTLINE,
                      "12345热线来电诉求办理:*D", "供热投诉处理:*D")),
              shared(CITY_ONLINE, "网上办事大厅事项办理:")),
          dept("finance", "市财政局", "党组书记、局长", "副局长", null,
              List.of(
                  point("hall", "市政务服务中心财政窗口", ServicePointKind.SERVICE_HALL,
                      "政府采购供应商登记:", "非税收入缴纳:")),
              point("online", CITY + "政府采购网", ServicePointKind.ONLINE_PLATFORM,
                  "政府采购网上投标:*V")),
          dept("ndrc", "市发展和改革委员会", "党组书记、主任", "副主任", "enterprise",
              List.of(
                  point("hall", "市政务服务中心发改窗口", ServicePointKind.SERVICE_HALL,
                      "企业投资项目核准:*V"),
                  point("project", CITY + "东江装备制造有限公司", ServicePointKind.ENTERPRISE,
                      "重点项目手续办理:*D")),
              point("online", CITY + "投资项目在线审批监管平台", ServicePointKind.ONLINE_PLATFORM,
                  "企业投资项目备案:")),
          dept("industry", "市工业和信息化局", "党组书记、局长", "副局长", "enterprise",
              List.of(
                  point("hall", "市政务服务中心工信窗口", ServicePointKind.SERVICE_HALL,
                      "专精特新企业认定申报:"),
                  point("firm", CITY + "恒新电子科技有限公司", ServicePointKind.ENTERPRISE,
                      "企业技术改造项目申报:*L", "惠企政策兑现:*D")),
              shared(CITY_ONLINE, "惠企政策网上申报:")),
          dept("science", "市科学技术局", "党组书记、局长", "副局长", "enterprise",
              List.of(
                  point("hall", "市政务服务中心科技窗口", ServicePointKind.SERVICE_HALL,
                      "科技型中小企业评价:"),
                  point("firm", CITY + "绿野生物科技有限公司", ServicePointKind.ENTERPRISE,
                      "企业研发费用统计填报:*V", "高新技术企业认定申报:*L")),
              point("online", CITY + "科技创新服务平台", ServicePointKind.ONLINE_PLATFORM,
                  "科技项目网上申报:")),
          dept("urban", "市城市管理综合执法局", "党组书记、局长", "副局长", "community",
              List.of(
                  point("hall", "市政务服务中心城管窗口", ServicePointKind.SERVICE_HALL,
                      "占道经营审批:", "城市建筑垃圾处置核准:*"),
                  point("hotline", "“数字城管”受理热线", ServicePointKind.HOTLINE,
                      "城市管理问题受理:*D")),
              shared(CITY_APP, "城市管理问题随手拍:")),
          dept("forestry", "市林业和草原局", "党组书记、局长", "副局长", "town",
              List.of(
                  point("hall", "市政务服务中心林草窗口", ServicePointKind.SERVICE_HALL,
                      "林木采伐许可:", "使用林地审核:*L")),
              shared(CITY_ONLINE, "林木采伐许可网上申请:")),
          dept("fund", "市住房公积金管理中心", "党组书记、主任", "副主任", null,
              List.of(
                  point("hall", "市住房公积金管理中心营业大厅", ServicePointKind.SERVICE_HALL,
                      "公积金提取（租房）:", "公积金贷款:*D")),
              point("online", CITY + "住房公积金网上服务大厅", ServicePointKind.ONLINE_PLATFORM,
                  "公积金网上提取:")),
          dept("petition", "市信访局", "党组书记、局长", "副局长", "community",
              List.of(
                  point("hall", "市人民来访接待中心", ServicePointKind.SERVICE_HALL,
                      "来访接待登记:", "信访事项办理:*D")),
              point("online", CITY + "网上信访平台", ServicePointKind.ONLINE_PLATFORM,
                  "网上信访投诉:")),
          dept("sports", "市体育局", "党组书记、局长", "副局长", null,
              List.of(
                  point("centre", CITY + "全民健身中心", ServicePointKind.OTHER,
                      "场馆预约:"),
                  point("hall", "市政务服务中心体育窗口", ServicePointKind.SERVICE_HALL,
                      "高危险性体育项目经营许可:*V")),
              shared(CITY_APP, "体育场馆线上预约:")),
          dept("disabled", "市残疾人联合会", "党组书记、理事长", "副理事长", "community",
              List.of(
                  point("hall", "市残疾人综合服务中心", ServicePointKind.SERVICE_HALL,
                      "残疾人证办理:*D", "残疾人辅助器具申领:")),
              shared(CITY_APP, "残疾人两项补贴线上申请:L")),
          dept("coop", "市供销合作社联合社", "党组书记、理事会主任", "理事会副主任", "town",
              List.of(
                  point("mall", CITY + "供销商厦", ServicePointKind.ENTERPRISE,
                      "社属企业经营帮扶:*R"),
                  point("supply", CITY + "供销社农资配送中心", ServicePointKind.ENTERPRISE,
                      "农资供应:")),
              shared(CITY_ONLINE, "农资供应信息网上查询:")),
          dept("stats", "市统计局", "党组书记、局长", "副局长", "enterprise",
              List.of(
                  point("firm", CITY + "瑞丰米业有限公司", ServicePointKind.ENTERPRISE,
                      "企业统计联网直报:*V"),
                  point("hall", "市统计局统计数据服务窗口", ServicePointKind.SERVICE_HALL,
                      "统计数据查询:")),
              shared(CITY_ONLINE, "统计数据网上查询:")),
          dept("audit", "市审计局", "党组书记、局长", "副局长", null,
              List.of(
                  point("office", "市审计局机关", ServicePointKind.OTHER,
                      "审计项目审批流转:*V")),
              shared(CITY_ONLINE, "审计整改情况网上报送:")),
          dept("tax", "国家税务总局澜州市税务局", "党委书记、局长", "副局长", null,
              List.of(
                  point("hall", "市税务局第一税务分局办税服务厅", ServicePointKind.SERVICE_HALL,
                      "发票申领:", "新办纳税人套餐业务:*D")),
              point("online", CITY + "电子税务局", ServicePointKind.ONLINE_PLATFORM,
                  "个人所得税汇算:", "增值税申报:")),
          dept("trade", "市公共资源交易中心", "党组书记、主任", "副主任", null,
              List.of(
                  point("hall", "市公共资源交易中心开标大厅", ServicePointKind.SERVICE_HALL,
                      "招投标项目进场交易:*D")),
              point("online", CITY + "公共资源电子交易平台", ServicePointKind.ONLINE_PLATFORM,
                  "电子保函办理:", "网上开标:")),
          dept("affairs", "市机关事务服务中心", "党组书记、主任", "副主任", null,
              List.of(
                  point("hall", "市行政中心办事大厅", ServicePointKind.OTHER,
                      "公务用车申请:V", "办公用房调配审批:*")),
              shared(CITY_ONLINE, "公共机构节能网上报送:")),
          dept("archives", "市档案馆", "党组书记、馆长", "副馆长", null,
              List.of(
                  point("hall", "市档案馆查档接待大厅", ServicePointKind.SERVICE_HALL,
                      "档案查询利用:", "婚姻档案查询:", "民生档案跨馆出证:*L")),
              shared(CITY_ONLINE, "档案网上查询:")),
          dept("women", "市妇女联合会", "党组书记、主席", "副主席", "community",
              List.of(
                  point("hall", "市妇女儿童维权服务站", ServicePointKind.SERVICE_HALL,
                      "妇女儿童维权援助:*D")),
              shared(CITY_APP, "妇女儿童维权线上咨询:")),
          dept("union", "市总工会", "党组书记、常务副主席", "副主席", "enterprise",
              List.of(
                  point("hall", "市职工服务中心", ServicePointKind.SERVICE_HALL,
                      "困难职工帮扶申请:", "职工法律援助:*D")),
              shared(CITY_APP, "职工普惠服务线上办理:")),
          dept("fire", "市消防救援支队", "党委书记、支队长", "副支队长", "enterprise",
              List.of(
                  point("hall", "市政务服务中心消防窗口", ServicePointKind.SERVICE_HALL,
                      "公众聚集场所投入使用前消防安全检查:*V")),
              shared(CITY_ONLINE, "消防安全检查网上申请:")),
          dept("civildef", "市人民防空办公室", "党组书记、主任", "副主任", null,
              List.of(
                  point("hall", "市政务服务中心人防窗口", ServicePointKind.SERVICE_HALL,
                      "人防工程建设审批:*V", "防空地下室易地建设审批:")),
              shared(CITY_ONLINE, "人防审批网上申报:")));

  /** The names of the city-wide online points, run by the business-environment bureau. */
  static String sharedName(String key) {
    return CITY_ONLINE.equals(key) ? CITY + "政务服务网上办事大厅" : "“澜州通”App";
  }

  /** Surnames, common ones, for invented people. */
  static final String SURNAMES =
      "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";

  /** Characters of given names. */
  static final String GIVEN =
      "建国明华志伟强军平海东红霞秀英丽敏静芳玉春雪梅兰宏刚亮斌波涛峰磊鹏飞辉杰勇林森岩松晨阳光宇新文德福庆永成广泽学继忠俊立振颖欣娟萍凤丹晶慧琳璐婷蕾洪涌岚桂荣";

  private static Department dept(
      String slug, String name, String principal, String deputy, String countyPoint, List<PointSpec> points, PointSpec online) {
    return new Department(slug, name, principal, deputy, points, online, countyPoint);
  }

  private static PointSpec shared(String key, String... matters) {
    return new PointSpec(key, sharedName(key), ServicePointKind.ONLINE_PLATFORM, matters(matters));
  }

  private static PointSpec point(String key, String name, ServicePointKind kind, String... matters) {
    return new PointSpec(key, name, kind, matters(matters));
  }

  private static List<Matter> matters(String... specs) {
    List<Matter> out = new ArrayList<>(specs.length);
    for (String spec : specs) {
      int colon = spec.lastIndexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("matter spec needs \"name:flags\": " + spec);
      }
      String flags = spec.substring(colon + 1);
      EnumSet<Crossing> crossings = EnumSet.noneOf(Crossing.class);
      Complexity complexity = Complexity.SIMPLE;
      for (char c : flags.toCharArray()) {
        switch (c) {
          case '*':
            complexity = Complexity.COMPLEX;
            break;
          case 'V':
            crossings.add(Crossing.DIVISION);
            break;
          case 'D':
            crossings.add(Crossing.DEPARTMENT);
            break;
          case 'L':
            crossings.add(Crossing.LEVEL);
            break;
          case 'R':
            crossings.add(Crossing.REGION);
            break;
          default:
            throw new IllegalArgumentException("unknown matter flag '" + c + "' in " + spec);
        }
      }
      out.add(
          Matter.builder().name(spec.substring(0, colon)).complexity(complexity).addAllCrossings(crossings).build());
    }
    return List.copyOf(out);
  }
}
