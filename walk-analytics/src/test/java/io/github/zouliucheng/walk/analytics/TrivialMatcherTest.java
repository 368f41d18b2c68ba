package io.github.zouliucheng.walk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrivialMatcherTest {
  private static final TrivialMatcher DEFAULTS = TrivialMatcher.defaults();

  private static Optional<TrivialMatch> match(String description) {
    return DEFAULTS.match(description);
  }

  private static TrivialMatch phrase(String phrase) {
    return TrivialMatch.of(TrivialRule.PHRASE, List.of(phrase));
  }

  private static TrivialMatch wording(String object, String deficiency) {
    return TrivialMatch.of(TrivialRule.WORDING, List.of(object, deficiency));
  }

  @ParameterizedTest
  @ValueSource(strings = {"卫生清扫不够彻底", "灭火器摆放不规范", "未在醒目位置张贴规章制度"})
  void match_theBulletinsPhrases_firesAsPhrase(String seed) {
    assertThat(match("办事大厅" + seed)).contains(phrase(seed));
  }

  @Test
  void match_paraphrases_fireWithTheirWords() {
    assertThat(match("大厅地面不干净")).contains(wording("地面", "不干净"));
    assertThat(match("厕所有异味")).contains(phrase("异味"));
    assertThat(match("墙上海报破损")).contains(wording("海报", "破损"));
    assertThat(match("部分规章制度未上墙")).contains(phrase("未上墙"));
    assertThat(match("宣传栏内容陈旧")).contains(wording("宣传栏", "陈旧"));
    assertThat(match("休息区座椅摆放凌乱")).contains(wording("座椅", "摆放"));
    assertThat(match("宣传折页随意堆放在窗台上")).contains(wording("宣传折页", "随意"));
    assertThat(match("窗口桌面文件杂乱")).contains(wording("文件", "杂乱"));
    assertThat(match("门口绿植枯黄")).contains(wording("绿植", "枯黄"));
    assertThat(match("个别工作人员未佩戴工牌")).contains(wording("工牌", "未佩戴"));
    assertThat(match("灭火器放在门后角落")).contains(wording("灭火器", "放在"));
    assertThat(match("保洁不到位")).contains(wording("保洁", "不到位"));
    assertThat(match("窗台有灰尘")).contains(phrase("灰尘"));
    assertThat(match("楼层卫生死角较多")).contains(phrase("卫生死角"));
    assertThat(match("标识牌歪斜")).contains(wording("标识牌", "歪斜"));
    // a unit's name that holds an exclusion (残疾) is a place, not a need: the phrase still fires
    assertThat(match("市残疾人综合服务中心卫生清扫不够彻底")).contains(phrase("卫生清扫不够彻底"));
    // conduct on duty is 工作作风, substantive by the corpus guide's rule 8: never trivial
    assertThat(match("窗口工作人员上班时间玩手机")).isEmpty();
  }

  /* The clerk's wrapping changes nothing: a prefix, a place, a suffix about the office's image. */
  @Test
  void match_clerksWrapping_ignored() {
    assertThat(match("走流程时发现，××镇便民服务中心墙面海报破损，影响窗口形象")).contains(wording("海报", "破损"));
  }

  /* The deficiency comes first here, the object second. */
  @Test
  void match_deficiencyBeforeObject_stillObjectFirstInWords() {
    assertThat(match("随意摆放宣传资料")).contains(wording("宣传资料", "摆放"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "卫生健康委窗口排队40分钟",
        "消防通道堆放杂物堵塞",
        "候诊区座椅不足患者站立等候",
        "收费标准未在醒目位置公示",
        "收费标准未张贴",
        "办事指南未张贴导致群众多跑一次",
        "安全出口堆放杂物",
        "不动产登记需提供3份材料",
        "地面湿滑导致群众摔倒",
        "地面积水未设警示牌",
        "自助终端屏幕有灰尘且无法使用",
        "小区垃圾清运不及时",
        "餐饮店后厨卫生脏乱",
        "大厅卫生不整洁，窗口排队等候时间长",
        "虽然大厅整洁干净，但窗口人员推诿",
        "显示屏信息与窗口实际不一致",
        "证件照片未按要求拍摄被退回",
        "天花板吊顶脱落砸到桌面",
        "餐馆卫生许可证过期"
      })
  void match_lookAlikes_vetoedByAnExclusion(String description) {
    assertThat(match(description)).isEmpty();
    assertThat(DEFAULTS.veto(description)).hasValueSatisfying(words -> assertThat(words).hasSize(1));
  }

  /* A failure whose nearest topic is a fixture is a facility or safety problem. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "灭火器过期未更换",
        "灭火器缺失",
        "大厅座椅较少",
        "座椅摆放较少",
        "大厅缺少座椅", // a tie between 大厅 and 座椅: the fixture wins
        "座椅不足，地面有纸屑", // a veto beats a phrase
        "座椅不足，桌面杂乱"
      })
  void match_failureOfAFixture_vetoes(String description) {
    assertThat(match(description)).isEmpty();
    assertThat(DEFAULTS.veto(description)).hasValueSatisfying(words -> assertThat(words).hasSize(2));
  }

  @Test
  void veto_failureOfAFixture_namesTheFixtureAndTheFailure() {
    assertThat(DEFAULTS.veto("灭火器过期未更换")).contains(ImmutableList.of("灭火器", "过期"));
    assertThat(DEFAULTS.veto("候诊区座椅不足")).contains(ImmutableList.of("座椅", "不足"));
    assertThat(DEFAULTS.veto("卫生健康委窗口排队40分钟")).contains(ImmutableList.of("排队"));
    assertThat(DEFAULTS.veto("卫生清扫不够彻底")).isEmpty();
  }

  /* On an object, a failure is trivial: an amenity run out, a leaflet out of date. */
  @Test
  void match_failureOfAnObject_fires() {
    assertThat(match("卫生间洗手液用完未补充")).contains(wording("洗手液", "用完"));
    assertThat(match("过期宣传资料未及时撤下")).contains(wording("宣传资料", "过期"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "审批需3个工作日", // no trivial words at all
        "灭火器数量不够", // a fixture without a blemish
        "座椅破损", // a deficiency makes an object trivial, not a fixture
        "规章制度不健全", // not a deficiency of the lexicon
        "医保窗口设置少"
      })
  void match_noTrivialWording_doesNotFire(String description) {
    assertThat(match(description)).isEmpty();
  }

  /* 卫生 inside 卫生院 is the unit's name; the clinic's dirty floor is still trivial. */
  @Test
  void match_unitNamedAfterHygiene_maskedNotVetoed() {
    assertThat(match("乡镇卫生院输液室地面不干净")).contains(wording("地面", "不干净"));
    assertThat(match("卫生健康局办公区杂乱")).contains(wording("办公区", "杂乱"));
    assertThat(match("卫生健康局卫生不达标")).isEmpty();
  }

  /* 身份 masks 份, 走流程 masks 流程, 等候区 masks 等候, 长时间 masks 时间, 电话线 masks 电话. */
  @Test
  void match_masks_hideTheExclusionsInside() {
    assertThat(match("以普通群众身份走流程发现等候区地面不干净")).contains(wording("地面", "不干净"));
    assertThat(match("卫生间长时间未打扫")).contains(wording("卫生间", "未打扫"));
    assertThat(match("桌面电话线摆放杂乱")).contains(wording("桌面", "摆放"));
    assertThat(match("宣传画歪斜影响通行")).isEmpty();
  }

  @Test
  void match_fullWidthAndSpacedText_firesLikeTheNormalForm() {
    assertThat(match("卫 生 间\u3000地 面　不 干 净")).contains(wording("地面", "不干净"));
    assertThat(match("卫生清扫\n不够彻底")).contains(phrase("卫生清扫不够彻底"));
    assertThat(match("ＬＥＤ屏下方墙面有污渍")).contains(phrase("污渍"));
    assertThat(match("大厅排队\u200b等候４０分钟，地面不干净")).isEmpty();
    assertThat(match("ＡＰＰ首页宣传海报破损")).isEmpty();
  }

  /* A full-width comma ends a clause: the object and the deficiency must share one. */
  @Test
  void match_objectAndDeficiencyInDifferentClauses_doesNotFire() {
    assertThat(match("检查了宣传栏，未发现破损")).isEmpty();
    assertThat(match("检查了卫生间、座椅，未发现脏乱")).isEmpty();
    assertThat(match("检查了卫生间，地面不干净")).contains(wording("地面", "不干净"));
  }

  @Test
  void match_wordsFarApartInOneClause_doesNotFire() {
    assertThat(match("海报张贴在一楼东侧通往二楼的过道口附近的墙角处有些破损")).isEmpty();
    assertThat(match("海报张贴在一楼东侧通往二楼的墙角处较破损")).isEmpty();
    assertThat(match("海报在一楼东侧墙边破损")).contains(wording("海报", "破损"));
  }

  @Test
  void match_phraseAndWordingBoth_phraseWins() {
    assertThat(match("桌面杂乱，卫生死角较多")).contains(phrase("卫生死角"));
  }

  /* First clause with a pair; in it the closest pair, then the earlier. */
  @Test
  void match_severalPairs_firstClauseThenClosestThenEarliest() {
    assertThat(match("桌面杂乱，地面不干净")).contains(wording("桌面", "杂乱"));
    assertThat(match("墙面海报破损")).contains(wording("海报", "破损"));
    assertThat(match("海报破损墙面杂乱")).contains(wording("海报", "破损"));
    assertThat(match("卫生间不干净")).contains(wording("卫生间", "不干净"));
  }

  @Test
  void match_phrasesAtOnePlace_longerFirstThenLexiconOrder() {
    TrivialMatcher m = new TrivialMatcher(TrivialLexicon.builder().addPhrases("海报", "海报破损", "破损", "墙面").build());

    assertThat(m.match("墙面海报破损")).contains(phrase("墙面"));
    assertThat(m.match("海报破损")).contains(phrase("海报破损"));
  }

  @Test
  void match_sameTextTwice_sameMatch() {
    String d = "宣传资料随意摆放，地面不干净，绿植枯黄";
    assertThat(match(d)).isEqualTo(match(d)).contains(wording("宣传资料", "随意"));
  }

  @Test
  void match_extendedLexicon_firesOnTheNewWords() {
    TrivialLexicon more = TrivialLexicon.builder().addObjects("奖杯").addDeficiencies("缺耳").build();
    TrivialMatcher m = new TrivialMatcher(TrivialLexicon.defaults().plus(more));

    assertThat(match("奖杯缺耳")).isEmpty();
    assertThat(m.match("奖杯缺耳")).contains(wording("奖杯", "缺耳"));
    assertThat(m.match("卫生清扫不够彻底")).contains(phrase("卫生清扫不够彻底"));
  }

  @Test
  void plus_keepsOrderAndDropsRepeats() {
    TrivialLexicon a = TrivialLexicon.builder().addObjects("海报", "标语").build();
    TrivialLexicon b = TrivialLexicon.builder().addObjects("标语", "横幅").addMasks("心脏").build();

    assertThat(a.plus(b).objects()).containsExactly("海报", "标语", "横幅");
    assertThat(a.plus(b).masks()).containsExactly("心脏");
  }

  @Test
  void match_emptyLexiconOrEmptyText_noMatch() {
    assertThat(new TrivialMatcher(TrivialLexicon.builder().build()).match("卫生清扫不够彻底")).isEmpty();
    assertThat(match("")).isEmpty();
    assertThat(match("\u3000 \n")).isEmpty();
  }

  @Test
  void lexicon_blankEntry_rejectedNamingListAndValue() {
    assertThatThrownBy(() -> TrivialLexicon.builder().addObjects("海报", " ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("objects must not hold a blank entry: \" \"");
    assertThatThrownBy(() -> TrivialLexicon.defaults().withExclusions(List.of("排队", "\u200b")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("exclusions must not hold a blank entry: \"\u200b\"");
  }

  @Test
  void lexicon_defaults_holdTheBulletinsPhrasesFirst() {
    assertThat(TrivialLexicon.defaults().phrases())
        .startsWith("卫生清扫不够彻底", "灭火器摆放不规范", "未在醒目位置张贴规章制度");
  }

  /* Change 1: the clerk's lead-in is wrapping; its exclusions (办理, 企业, 执照) do not veto. */
  @Test
  void match_leadIn_itsExclusionsDoNotVeto() {
    assertThat(match("办理社保卡时发现，窗口台面残胶很多")).contains(phrase("残胶"));
    assertThat(match("以企业身份走流程时发现前台桌面杂乱")).contains(wording("桌面", "杂乱"));
    assertThat(match("陪同群众领取营业执照过程中看到服务台上文件夹乱摊")).contains(wording("文件夹", "乱摊"));
    assertThat(DEFAULTS.veto("办理社保卡时发现，窗口台面残胶很多")).isEmpty();
  }

  /* A lead-in that counts, one after a trivial word, or an exclusion after the lead-in: still a veto. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "排队40分钟时发现，大厅地面有纸屑", // the lead-in holds a digit: it reports a wait
        "地面有纸屑，群众办理业务时发现需重复提交材料", // the exclusion comes after the lead-in
        "大厅桌面杂乱，办理时发现系统卡顿", // the lead-in comes after a trivial word
        "走流程时发现，窗口桌面很整洁，但材料清单与实际不符"
      })
  void match_leadInLookAlikes_stillVetoed(String description) {
    assertThat(match(description)).isEmpty();
  }

  /* Change 2: an assurance is a signal for trivial, never a veto. */
  @Test
  void match_assurance_liftsExclusionsInItsSpan() {
    assertThat(match("窗口工作人员没戴工号牌，业务办理正常")).contains(wording("工号牌", "没戴"));
    assertThat(match("档案室墙面返潮起皮，资料取用不受影响")).contains(phrase("返潮"));
    assertThat(match("导服台宣传单横七竖八，不碍事，群众当场顺利办完")).contains(phrase("横七竖八"));
    assertThat(DEFAULTS.veto("地面有纸屑，不影响办事")).isEmpty();
  }

  /* With an assurance a fixture's wear is trivial: the guide's minor wear that does not stop use. */
  @Test
  void match_assurance_letsAFixturePairWithADeficiency() {
    assertThat(match("休息区柜门松动，不影响使用")).contains(wording("柜门", "松动"));
    assertThat(match("休息区柜门松动")).isEmpty();
  }

  /* An assurance reaches no further than its clause and a 但 or 却; a negation voids it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "地面有纸屑，不影响办理，但需排队两小时",
        "桌面杂乱，不影响办事却要多跑一趟",
        "桌面杂乱，自助机无法正常使用",
        "桌面杂乱，复印机不能正常使用",
        "大厅地面有纸屑，业务办理正常，窗口排队等候较久",
        "桌面杂乱，打印机使用不正常"
      })
  void match_assuranceLookAlikes_stillVetoed(String description) {
    assertThat(match(description)).isEmpty();
  }

  /* Change 1, places: a unit named after a process step or a group is a place, not a need. */
  @Test
  void match_unitNames_maskedNotVetoed() {
    assertThat(match("行政审批局一楼门厅地垫脏兮兮的")).contains(phrase("脏兮兮"));
    assertThat(match("企业服务中心前台桌面杂乱")).contains(wording("桌面", "杂乱"));
    assertThat(match("行政审批局窗口审批需3个工作日")).isEmpty();
    assertThat(match("企业服务中心前台桌面杂乱，企业开办需跑两趟")).isEmpty();
  }

  /* Change 3: the broader vocabulary of dirt, disorder, wear, plants and dress, and colloquial negations. */
  @Test
  void match_broaderVocabulary_fires() {
    assertThat(match("茶几上满是茶渍")).contains(phrase("茶渍"));
    assertThat(match("卫生间天花板角落有霉味")).contains(phrase("霉味"));
    assertThat(match("踢脚线上一层泥垢")).contains(phrase("泥垢"));
    assertThat(match("工作服皱巴巴的")).contains(phrase("皱巴巴"));
    assertThat(match("门口的发财树叶子掉光了")).contains(phrase("叶子掉光"));
    assertThat(match("值班室被子没叠")).contains(wording("被子", "没叠"));
    assertThat(match("窗口人员帽子没戴")).contains(wording("帽子", "没戴"));
    assertThat(match("袖标没有佩戴")).contains(wording("袖标", "没有佩戴"));
    assertThat(match("茶几没收拾")).contains(wording("茶几", "没收拾"));
    assertThat(match("用过的纸杯没及时清理")).contains(wording("纸杯", "没及时清理"));
    assertThat(match("地垫卷边")).contains(wording("地垫", "卷边"));
    assertThat(match("洗手液空了")).contains(wording("洗手液", "空了"));
  }

  /* Look-alikes of the broader vocabulary: a hazard, conduct, harm or a fixture's failure still vetoes. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "消防通道里堆着纸箱，一直没清理",
        "窗口人员没戴工牌，群众问姓名也不肯说",
        "窗口人员帽子没戴，还一直玩手机",
        "卫生院药房过期药品没清理",
        "医疗废物桶没盖，和生活垃圾堆着",
        "叫号屏显示乱七八糟，群众不知道去哪个窗口",
        "办事指南没更新",
        "候诊区座椅空了一半却不让坐，患者只能站着", // 患者
        "自助机屏幕布满灰尘，触摸没有反应，只能去人工窗口排队",
        "复印机用光了纸，群众只能到外面复印",
        "座椅用光了" // a fixture's failure
      })
  void match_broaderVocabularyLookAlikes_doNotFire(String description) {
    assertThat(match(description)).isEmpty();
  }
}
