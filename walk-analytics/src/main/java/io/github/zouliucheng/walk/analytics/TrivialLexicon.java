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
 * been put on a walk record: findings about the office's own housekeeping and appearance, not about
 * whether the public gets its matter done. A supervising office extends it with {@link
 * #plus(TrivialLexicon)} or replaces a list with a {@code with*} method.
 *
 * <table>
 *   <caption>Lists, in lexicon order, and their part in the rule</caption>
 *   <tr><th>list</th><th>meaning</th><th>examples</th></tr>
 *   <tr><td>{@link #phrases()}</td><td>wording that is trivial on its own: the bulletin's phrases,
 *       dirt on whatever surface, posting (what is posted is wall material unless an exclusion names
 *       service information), dress; never conduct on duty, which is 工作作风</td><td>卫生清扫不够彻底, 蜘蛛网, 手印, 未上墙,
 *       拖鞋</td></tr>
 *   <tr><td>{@link #objects()}</td><td>housekeeping, wall material, papers, plants, badges and dress,
 *       amenities: trivial with a {@linkplain #deficiencies() deficiency}, a {@linkplain #blemishes()
 *       blemish} or a {@linkplain #failures() failure} (a poster torn, soap run out)</td><td>卫生, 海报,
 *       规章制度, 绿植, 工牌, 纸杯</td></tr>
 *   <tr><td>{@link #fixtures()}</td><td>furniture, safety equipment, building parts, signs and rooms:
 *       trivial with a blemish (dirty, cluttered, misplaced, worn-looking), but a failure next to one
 *       is a facility or safety problem and vetoes the description (too few seats, an expired
 *       extinguisher)</td><td>座椅, 灭火器, 地面, 标识牌, 卫生间</td></tr>
 *   <tr><td>{@link #deficiencies()}</td><td>lapses of posting, wear, upkeep and care that make an
 *       object trivial, never a fixture</td><td>不规范, 未佩戴, 破损, 枯黄, 未补充</td></tr>
 *   <tr><td>{@link #blemishes()}</td><td>dirt, clutter, placement and worn looks: they make an object
 *       or a fixture trivial</td><td>不干净, 杂乱, 摆放, 歪斜, 褪色</td></tr>
 *   <tr><td>{@link #failures()}</td><td>lack, expiry and breakdown: trivial on an object, a veto on the
 *       nearest fixture</td><td>缺失, 不足, 过期, 损坏</td></tr>
 *   <tr><td>{@link #exclusions()}</td><td>signals of a substantive problem: a wait or a time, a process
 *       step, trips, materials and forms, departments, conduct that blocks service, a hazard,
 *       accessibility, service information citizens need, harm to citizens, an online system, money;
 *       one anywhere in a description vetoes it, except in the lead-in or in an assurance's
 *       span</td><td>排队, 分钟, 审批, 跑, 份, 推诿, 堵塞, 无障碍, 收费, 导致, 系统</td></tr>
 *   <tr><td>{@link #masks()}</td><td>words that contain another list's word without its meaning: an
 *       occurrence lying inside a longer mask is not seen</td><td>卫生健康委 (not 卫生), 卫生院, 身份
 *       (not 份), 走流程 (not 流程), 等候区 (not 等候), 电话线 (not 电话), 行政审批局 (not 审批)</td></tr>
 *   <tr><td>{@link #assurances()}</td><td>the clerk's statement that nothing was held up: exclusions in
 *       its span (its clause, up to a 但 or 却) do not veto, and with one a fixture's deficiency is
 *       trivial; right after a negation (不, 未, 没, 无法, 不能 …) it is an exclusion</td><td>不碍事,
 *       不受影响, 业务办理正常, 当场办结</td></tr>
 *   <tr><td>{@link #leadIns()}</td><td>the end of the clerk's lead-in, which says how the leader came
 *       upon the matter: exclusions before the first one do not veto, if it comes before every other
 *       word and holds no digit</td><td>时发现, 过程中看到</td></tr>
 * </table>
 *
 * <h2>Design note: the rule as changed in 2026-12</h2>
 *
 * The rule was tuned on the hand-labelled corpus and, read on longer clerk sentences, failed in two
 * ways: incidental words vetoed (a lead-in "办理社保卡时发现", a unit "行政审批局", a reassurance
 * "业务办理正常"), and the vocabulary was too narrow to see ordinary wording (霉味, 残胶, 横七竖八,
 * 没收拾, 没戴工号牌). The change keeps the first principle, that a missed flag is better than a false
 * one, so an exclusion in any clause that states a finding still vetoes a mixed description; it
 * narrows only where the clerk's own wrapping is concerned:
 *
 * <ol>
 *   <li>The lead-in and the spans of assurances are wrapping, and their exclusions do not veto. A
 *       lead-in must precede every trivial word and hold no digit; an assurance reaches no further
 *       than its clause and a 但 or 却, and a negation right before it turns it into an exclusion
 *       ("不能正常使用").
 *   <li>An assurance is a signal for trivial, never a veto: besides lifting exclusions in its span,
 *       it lets a fixture pair with a deficiency (wear that the clerk says does not stop use).
 *   <li>Common unit names holding an exclusion are masks (行政审批局, 受理中心, 企业服务中心).
 *   <li>A broader vocabulary written from general usage of dirt, disorder, wear, plants and dress,
 *       and the colloquial negations of upkeep (没/未/没有/没及时 + 收拾, 归位, 叠, 擦 … as blemishes) and
 *       of posting, dress and care (+ 更换, 戴, 佩戴, 穿, 浇水 … as deficiencies, objects only).
 * </ol>
 *
 * Fixture failures still veto (too few seats, an expired extinguisher), and an exclusion in any other
 * clause still vetoes, so "大厅地面有纸屑，窗口排队40分钟" is never flagged.
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

  /* Built, then passed through plus() so that an entry the generated negations repeat is held once. */
  private static final TrivialLexicon DEFAULTS =
      builder().build().plus(builder()
          .addPhrases(
              // the bulletin's three, then similar housekeeping wording
              "卫生清扫不够彻底", "灭火器摆放不规范", "未在醒目位置张贴规章制度", "卫生不整洁", "桌面摆放不整齐", "物品摆放杂乱",
              "垃圾未及时清理", "绿植摆放", "工作人员着装不规范")
          .addPhrases(
              // upkeep
              "卫生死角", "脏乱差", "卫生差",
              // dirt, on whatever surface
              "灰尘", "积灰", "积尘", "落灰", "浮灰", "蒙尘", "一层灰", "灰蒙蒙", "污渍", "污垢", "污迹", "污点", "油污", "油渍",
              "油腻", "水渍", "水垢", "茶垢", "手印", "脚印", "鞋印", "霉斑", "霉点", "发霉", "蜘蛛网", "蜘蛛丝", "纸屑", "烟头",
              "烟蒂", "痰迹", "鸟粪", "污物", "水迹", "异味", "臭味", "杂草",
              // posting: what is posted is wall material unless an exclusion names service information
              "未上墙", "未张贴", "未悬挂", "未在醒目位置",
              // dress; conduct on duty (phones, chatting, manner) is 工作作风, not trivia
              "未按规定着装", "拖鞋")
          .addObjects(
              // upkeep as an activity
              "卫生", "保洁", "清洁", "清扫", "打扫",
              // wall material and internal rules
              "海报", "宣传画", "宣传栏", "宣传板", "宣传牌", "展板", "标语", "横幅", "条幅", "装饰画", "挂画", "锦旗", "奖牌",
              "荣誉墙", "文化墙", "党建墙", "照片墙", "照片", "规章制度", "制度牌", "岗位职责", "服务承诺", "承诺牌", "公开栏",
              "广告", "地贴", "墙贴", "便签", "便利贴", "日历", "使用说明",
              // desks, papers, name plates
              "桌面", "台面", "宣传资料", "宣传折页", "折页", "宣传册", "报刊", "报纸", "书报", "书籍", "图书", "杂志", "桌签",
              "台签", "桌牌", "台卡", "席卡", "门牌", "标签",
              // plants and decoration
              "绿植", "花草", "盆栽", "盆景", "盆花", "花卉", "鲜花", "插花", "绿萝", "吊兰", "发财树", "多肉", "植物", "花盆", "花坛",
              "草坪", "鱼缸", "灯箱", "装饰灯",
              // badges and dress
              "工牌", "胸牌", "工作牌", "工作证", "胸卡", "徽章", "党徽", "绶带", "着装", "工装", "工作服", "制服", "马甲", "仪容",
              "饰品", "首饰", "发型",
              // amenities, personal items, minor fabric
              "纸杯", "水杯", "茶杯", "洗手液", "卫生纸", "纸巾", "擦手纸", "老花镜", "雨伞", "便民箱", "衣物", "毛巾", "抹布",
              "零食", "个人物品", "私人物品", "床铺", "被褥", "背景音乐", "空气", "门把手", "把手", "墙皮", "乳胶漆", "划线",
              // waste and cleaning kit
              "垃圾", "垃圾桶", "垃圾篓", "纸篓", "垃圾袋", "烟灰缸", "拖把", "扫把", "扫帚", "簸箕", "清洁工具", "废纸", "纸箱")
          .addFixtures(
              // seats and furniture
              "座椅", "座位", "椅子", "椅凳", "凳子", "等候椅", "沙发", "桌椅", "桌子", "办公桌", "柜台", "隔板", "抽屉", "柜门",
              "文件柜", "档案柜", "材料柜", "资料柜", "书柜", "书架", "资料架", "报刊架", "伞架", "衣架", "意见箱",
              // things lying about
              "物品", "杂物", "文件", "办公用品",
              // safety equipment, building, equipment, signs
              "灭火器", "灭火器箱", "消防器材", "扶手", "地面", "地板", "地砖", "墙面", "墙壁", "墙上", "墙角", "角落", "窗台",
              "天花板", "窗户", "玻璃", "玻璃门", "幕墙", "门窗", "窗帘", "暖气片", "空调", "出风口", "插座", "电源线", "线缆",
              "网线", "灯具", "吊灯", "电梯", "屏幕", "显示屏", "电子屏", "显示器", "电脑", "打印机", "复印机", "饮水机", "标识",
              "标识牌", "指示牌", "指引牌", "标牌", "停车位", "通知",
              // rooms
              "大厅", "办公区", "办公室", "会议室", "休息区", "等候区", "候诊区", "阅览区", "储物间", "茶水间", "值班室", "卫生间",
              "厕所", "洗手间", "洗手台", "洗手池", "水池", "便池", "镜面", "镜子")
          .addDeficiencies(
              "不规范", "不够规范", "未按要求", "未按规定", "不到位", "不够到位", "不及时", "未及时", "未更新", "过时", "未挂",
              "未佩戴", "未穿", "未着", "未统一", "不统一", "不美观", "不够美观", "破损",
              "脱落", "缺角", "模糊", "残缺", "错别字", "不亮", "松动", "已满", "枯黄", "枯萎", "枯死", "缺水", "发蔫", "落叶",
              "掉落", "未浇水", "无人照看", "无人照料", "无人打理", "未修剪", "未补充", "未分类", "未套", "翻面", "夸张",
              "不清新", "不够清新", "浑浊")
          .addBlemishes(
              // not clean, not tidy
              "不整洁", "不够整洁", "不太整洁", "欠整洁", "不干净", "不够干净", "不太干净", "不彻底", "不够彻底", "不整齐",
              "不够整齐", "不齐", "未对齐", "未清扫", "未打扫", "未清理", "未清除", "未擦拭", "未擦", "未清洁", "未整理", "未归位",
              "未收纳", "未关", "未放入",
              // clutter and placement
              "杂乱", "凌乱", "零乱", "脏乱", "乱放", "乱堆", "乱摆", "乱贴", "乱扔", "乱丢", "乱涂", "混放", "混杂", "混投", "散落", "堆叠", "堆积", "随意", "随处", "摆放",
              "堆放", "放置", "放在", "放有", "摆在", "堆在", "置于", "立于", "挂在", "搭放", "晾晒", "贴满", "挂满", "倚靠",
              "斜靠", "倒放", "朝向", "歪", "歪斜", "倾斜", "偏移", "不一", "不醒目", "不够醒目", "不显眼", "不够显眼", "位置不当",
              "满溢", "外溢", "杂物",
              // dirt
              "脏", "发黑", "有灰", "积水", "残渣", "残留", "痕迹", "涂鸦", "涂画", "蚊蝇", "苍蝇", "斑驳",
              // worn looks
              "破旧", "陈旧", "褪色", "掉色", "发黄", "起皮", "起鼓", "起翘", "翘边", "卷边", "脱胶", "磨损", "划痕")
          .addFailures(
              "缺失", "缺少", "缺乏", "短缺", "不足", "不够用", "较少", "过少", "偏少", "太少", "不全", "用完", "取完", "过期",
              "失效", "损坏", "坏了", "不能使用")
          .addExclusions(
              // a wait, a time, a process step
              "工作日", "分钟", "小时", "多天", "数天", "几天", "半天", "个月", "时限", "时长", "耗时", "时间", "审批", "审核",
              "办理", "受理", "办结", "排队", "等候", "等待", "叫号", "预约", "挂号", "环节", "流程", "手续", "效率", "超期",
              "逾期", "积压",
              // trips, materials, forms, departments
              "往返", "跑", "趟", "份", "材料", "证明", "复印件", "盖章", "签字", "填写", "填报", "表格", "个部门", "多部门",
              "跨部门", "部门间", "部门之间", "其他部门", "相关部门", "部门协", "部门联", "科室间", "科室之间",
              // conduct that blocks service
              "推诿", "拒绝", "拒收", "刁难", "无人值守", "不予", "退回", "驳回",
              // hazards
              "堵塞", "堵住", "挡住", "挡了", "占用", "占道", "通道", "通行", "安全出口", "紧急出口", "疏散", "锁闭", "上锁", "红区", "红色区域", "故障",
              "停用", "燃气", "煤气", "软管", "报警", "消防栓", "消火栓", "喷淋", "应急", "私拉", "乱接", "插线板", "裸露", "漏电", "充电",
              "隐患", "遮挡", "漏水", "渗水", "漏风", "坍塌", "开裂", "湿滑", "结冰", "滑倒", "摔倒", "跌倒", "绊倒", "受伤",
              "危险", "化学品", "药品", "食品", "后厨", "餐具", "食材", "生熟", "消毒", "感染", "医疗废物", "医疗垃圾", "医废",
              "温度", "供暖", "警示", "砸", "坠落",
              // accessibility, rooms people need
              "无障碍", "坡道", "盲道", "低位", "老人", "老年", "残疾", "孕妇", "轮椅", "手语", "改作", "改为", "挪作",
              "挪用",
              // service information citizens need
              "指南", "收费", "价格", "价目", "标价", "公示", "告知", "引导", "电话", "政策", "须知", "清单", "找不到", "错误",
              "实际", "信息不一", "答复不一", "口径不一",
              // crowding
              "拥挤", "拥堵", "人多", "站立",
              // harm to citizens and enterprises, a substantive turn
              "导致", "造成", "无法", "不便", "困难", "投诉", "患者", "企业", "虽然", "影响办事", "影响使用",
              // online, systems, follow-up
              "系统", "网络", "网上", "网站", "平台", "小程序", "软件", "数据", "热线", "工单", "APP", "App", "app", "回访",
              "跟踪", "台账",
              // streets
              "道路", "路面", "清运", "污水",
              // money, penalties, personal data
              "资金", "经费", "租金", "费用", "罚款", "处罚", "补贴", "许可证", "执照", "证照", "公告", "万元", "退税", "身份证", "隐私", "个人信息")
          .addMasks(
              // units and institutions named after 卫生
              "卫生健康", "卫生院", "卫生室", "卫生所", "卫生站", "卫生服务", "卫生监督", "卫生许可", "卫生局", "卫生部门",
              "卫生系统", "卫生计生", "卫生防疫", "公共卫生", "爱国卫生", "卫生城市",
              // units and institutions named after a group an exclusion protects: a place, not a need
              "残疾人联合会", "残疾人综合服务中心", "残疾人服务中心", "残疾人康复中心", "老年大学", "老干部",
              // words around an exclusion or a blemish
              "心脏", "身份", "省份", "月份", "年份", "股份", "走流程", "长时间", "上班时间", "工作时间", "等候区", "等候厅",
              "等候室", "等候大厅", "等候位", "等候椅", "等候席", "排队区", "办理区", "办结制", "电话线", "材料柜", "签字笔",
              "引导员")
          .addMasks(
              // units named after a process step, a group or a system: a place, not a need
              "行政审批", "审批局", "审批服务", "受理中心", "受理大厅", "综合受理", "受理区", "受理窗口", "企业服务中心",
              "企业服务大厅", "老年活动", "老年人活动", "热线中心", "数据局", "数据资源局", "数据管理局",
              // a negation that is not one
              "没扫码", "未扫码")
          // ---- the broader vocabulary of 2026-12, from general usage, not from corpus rows ----
          .addPhrases(
              // dirt and stains
              "霉味", "长霉", "霉渍", "蛛丝", "蛛网", "茶渍", "咖啡渍", "汤渍", "墨渍", "锈迹", "锈斑", "锈渍", "黄渍",
              "黑渍", "泥渍", "泥印", "泥点", "泥垢", "黑垢", "尘垢", "积垢", "残胶", "胶痕", "胶印", "碎屑", "果皮", "瓜子壳",
              "瓜子皮", "果核", "口香糖", "痰渍", "尘土", "脏兮兮", "脏乎乎", "黑乎乎", "油乎乎", "灰扑扑", "邋遢",
              // disorder
              "乱糟糟", "乱七八糟", "横七竖八", "东倒西歪", "七零八落", "歪七扭八", "歪歪扭扭", "参差不齐",
              // wear and looks
              "皱巴巴", "皱皱巴巴", "掉漆", "脱漆", "返潮", "墙皮脱落", "墙皮剥落", "花里胡哨", "不修边幅", "衣冠不整",
              // plants
              "打蔫", "蔫了", "枯叶", "黄叶", "枯枝", "叶子发黄", "叶子掉光",
              // dress
              "穿短裤", "穿背心")
          .addObjects(
              // dress and badges
              "帽子", "工作帽", "工号牌", "工号", "袖标", "臂章", "领带", "领结", "丝巾", "领花", "头花", "发饰", "美甲", "妆容",
              // fabric and decoration
              "桌布", "台布", "椅套", "座套", "靠垫", "坐垫", "抱枕", "地垫", "地毯", "脚垫", "门垫", "纱窗", "窗纱",
              "灯罩", "画框", "相框", "摆件", "装饰品", "装饰物", "挂件", "气球", "彩带", "窗花", "贴纸", "胶带", "国旗", "党旗",
              "旗帜", "彩旗", "牌匾", "匾额", "铭牌", "奖状", "证书", "黑板", "白板", "留言板", "易拉宝", "展架",
              // desks, papers, personal things
              "一次性杯", "杯子", "茶具", "茶叶", "笔筒", "文件夹", "档案盒", "资料盒", "收纳盒", "便签纸", "宣传单", "传单",
              "单页", "手册", "被子", "被罩", "枕头", "床单", "衣服", "外套", "鞋子", "雨具", "快递", "饭盒", "餐盒", "外卖",
              "水壶", "暖壶",
              // plants
              "叶子", "叶片", "树叶", "枝叶")
          .addFixtures(
              "茶几", "踢脚线", "墙裙", "门框", "窗框", "百叶窗", "柜子", "储物柜", "更衣柜", "工具间", "杂物间", "门厅", "前台",
              "服务台", "咨询台", "导服台", "导办台", "吧台", "门头", "招牌", "外墙", "墙边", "墙根", "水槽", "拖把池", "冰箱",
              "微波炉", "长椅", "排椅", "休息椅", "玻璃窗", "橱窗", "展柜")
          .addDeficiencies(
              "掉了", "掉光", "掉叶", "打蔫", "蔫", "没人管", "没人打理", "没人照看", "没人浇水", "无人管理", "戴反", "歪戴",
              "反戴", "不合身", "敞怀", "折角", "撕破", "破了", "烂了", "旧了", "未撤下", "没撤", "没翻")
          .addAllDeficiencies(
              colloquialNegations(
                  "更换", "换", "戴", "佩戴", "穿", "挂", "贴", "浇水", "修剪", "补", "补充", "更新", "撤下", "套", "倒"))
          .addBlemishes(
              "污损", "脏污", "沾满", "布满", "蒙着", "落满", "堆满", "塞满", "摆满", "堆着", "放着", "摊着", "乱摊", "乱挂",
              "乱搭", "随手", "撒了", "撒落", "洒落", "扔在", "丢在", "搁在", "搁着", "摞着", "泛黄", "发旧", "变色", "开胶",
              "起球", "起毛", "磨破", "生锈", "发潮", "受潮", "褶皱", "歪着", "斜着", "放歪", "贴歪", "挂歪", "摆歪", "放反",
              "贴反", "挂反", "没摆齐")
          .addAllBlemishes(
              colloquialNegations(
                  "收拾", "归位", "整理", "清理", "清扫", "打扫", "擦", "擦拭", "扫", "叠", "摆好", "摆正", "放好", "放回", "收好",
                  "收纳", "清洗", "洗"))
          .addFailures("用光", "空了", "见底")
          .addExclusions(
              // negated assurances: a statement that something could not be done
              "不正常", "不顺利",
              // conduct on duty that blocks service (工作作风, the guide's rule 8)
              "不肯", "不愿", "不理睬", "不搭理", "爱答不理", "态度", "别的窗口", "其他窗口", "玩手机", "闲聊", "聊天", "离岗",
              "脱岗", "串岗", "打瞌睡")
          .addAssurances(
              "不碍事", "不影响", "未影响", "没影响", "没有影响", "无影响", "不受影响", "未受影响", "没受影响", "不耽误", "未耽误",
              "没耽误", "不妨碍", "未妨碍", "办理正常", "业务正常", "运转正常", "使用正常", "运行正常", "秩序正常", "一切正常",
              "均正常", "都正常", "正常办理", "正常办结", "正常使用", "正常取用", "正常运转", "正常受理", "顺利办完", "顺利办结",
              "顺利办理", "顺利完成", "当场办完", "当场办结", "当场办好", "当即办结", "即时办结", "即办即结")
          .addLeadIns(
              "时发现", "时看到", "时看见", "时见到", "时注意到", "时观察到", "中发现", "中看到", "中看见", "中注意到", "期间发现",
              "期间看到")
          .build());

  /**
   * Returns the colloquial negations of {@code verbs}: each after 没, 未, 没有, 没及时, 未及时 and
   * 没有及时 ("没收拾", "未及时清理").
   */
  private static List<String> colloquialNegations(String... verbs) {
    List<String> out = new java.util.ArrayList<>();
    for (String prefix : List.of("没", "未", "没有", "没及时", "未及时", "没有及时")) {
      for (String verb : verbs) {
        out.add(prefix + verb);
      }
    }
    return out;
  }

  TrivialLexicon() {}

  /**
   * Returns the lexicon entries that make {@code description} trivial by this lexicon (a phrase, or
   * an object and its deficiency, as the lexicon writes them), or an empty list when it is not
   * trivial: the rule the analysis applies to every finding found on a walk, for a form that warns a
   * clerk while the finding is written. The finding's category is not looked at here.
   */
  public final ImmutableList<String> trivialWords(CharSequence description) {
    return matcher().match(description).map(TrivialMatch::words).orElse(ImmutableList.of());
  }

  /** Returns the matcher of this lexicon, built once. */
  @Value.Lazy
  TrivialMatcher matcher() {
    return equals(defaults()) && this != defaults() ? defaults().matcher() : new TrivialMatcher(this);
  }

  /** Returns the phrases that make a description trivial on their own. */
  public abstract ImmutableList<String> phrases();

  /** Returns the objects, trivial with a deficiency, a blemish or a failure. */
  public abstract ImmutableList<String> objects();

  /** Returns the fixtures, trivial with a blemish; a failure next to one vetoes the description. */
  public abstract ImmutableList<String> fixtures();

  /** Returns the lapses of posting, wear, upkeep and care, which make an object trivial. */
  public abstract ImmutableList<String> deficiencies();

  /** Returns the words of dirt, clutter, placement and worn looks, which make an object or a fixture trivial. */
  public abstract ImmutableList<String> blemishes();

  /** Returns the words of lack, expiry and breakdown: trivial on an object, a veto on a fixture. */
  public abstract ImmutableList<String> failures();

  /**
   * Returns the signals of a substantive problem, any one of which, outside the lead-in and outside
   * an assurance's span, vetoes the description.
   */
  public abstract ImmutableList<String> exclusions();

  /** Returns the words inside which another list's words are not seen. */
  public abstract ImmutableList<String> masks();

  /**
   * Returns the statements that nothing was held up (不影响, 业务办理正常, 当场办结): exclusions in their
   * span do not veto, and with one a fixture's deficiency is trivial.
   */
  public abstract ImmutableList<String> assurances();

  /** Returns the endings of a clerk's lead-in (时发现, 过程中看到): exclusions before one do not veto. */
  public abstract ImmutableList<String> leadIns();

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
        .addAllBlemishes(union(blemishes(), more.blemishes()))
        .addAllFailures(union(failures(), more.failures()))
        .addAllExclusions(union(exclusions(), more.exclusions()))
        .addAllMasks(union(masks(), more.masks()))
        .addAllAssurances(union(assurances(), more.assurances()))
        .addAllLeadIns(union(leadIns(), more.leadIns()))
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

  /** Returns a copy with other blemishes. */
  public abstract TrivialLexicon withBlemishes(Iterable<String> blemishes);

  /** Returns a copy with other failures. */
  public abstract TrivialLexicon withFailures(Iterable<String> failures);

  /** Returns a copy with other exclusions. */
  public abstract TrivialLexicon withExclusions(Iterable<String> exclusions);

  /** Returns a copy with other masks. */
  public abstract TrivialLexicon withMasks(Iterable<String> masks);

  /** Returns a copy with other assurances. */
  public abstract TrivialLexicon withAssurances(Iterable<String> assurances);

  /** Returns a copy with other lead-ins. */
  public abstract TrivialLexicon withLeadIns(Iterable<String> leadIns);

  @Value.Check
  void check() {
    checkEntries("phrases", phrases());
    checkEntries("objects", objects());
    checkEntries("fixtures", fixtures());
    checkEntries("deficiencies", deficiencies());
    checkEntries("blemishes", blemishes());
    checkEntries("failures", failures());
    checkEntries("exclusions", exclusions());
    checkEntries("masks", masks());
    checkEntries("assurances", assurances());
    checkEntries("leadIns", leadIns());
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
