package io.github.zouliucheng.walk.model;

/**
 * A rule that input data must follow; every {@link Problem} names the rule it breaks.
 *
 * <p>Each rule has a fixed {@link #severity()}: errors reject the record that breaks them, warnings
 * keep it and report it.
 */
public enum Rule implements Coded {
  /** The text is not well-formed JSON; reading stops here. */
  MALFORMED_JSON("malformed_json", "JSON 格式错误", "malformed JSON", Severity.ERROR),
  /** A value has the wrong JSON type, for example a number where text is expected. */
  WRONG_TYPE("wrong_type", "类型错误", "wrong type", Severity.ERROR),
  /** A required field is missing. */
  MISSING_FIELD("missing_field", "缺少必填字段", "missing required field", Severity.ERROR),
  /** A field is not part of the format (rejected unless reading leniently). */
  UNKNOWN_FIELD("unknown_field", "未知字段", "unknown field", Severity.ERROR),
  /** A code is not one of the codes of its field. */
  UNKNOWN_CODE("unknown_code", "未知代码", "unknown code", Severity.ERROR),
  /** A value breaks its field's rule: a blank name, an ill-formed date or identifier. */
  INVALID_VALUE("invalid_value", "取值不合规", "invalid value", Severity.ERROR),
  /** Two records of a dataset share an identifier; the first one is kept. */
  DUPLICATE_ID("duplicate_id", "编号重复", "duplicate identifier", Severity.ERROR),
  /** A record refers to a unit, member or walk that the dataset does not hold. */
  UNKNOWN_REFERENCE("unknown_reference", "引用对象不存在", "unknown reference", Severity.ERROR),
  /** A walk is dated outside the dataset's period. */
  OUTSIDE_PERIOD("outside_period", "日期不在统计期内", "date outside the period", Severity.ERROR),
  /** A walk names a leader who is not on the roster of the unit the walk names. */
  LEADER_NOT_IN_UNIT(
      "leader_not_in_unit", "领导干部不在所属单位班子名单中", "leader not on the unit's roster", Severity.ERROR),
  /** A finding held by the dataset claims to come from a walk, or one held by a walk does not. */
  WRONG_SOURCE("wrong_source", "问题来源不符", "wrong finding source", Severity.ERROR),
  /** A rectification's dated steps are out of order or missing a step they need. */
  IMPOSSIBLE_HISTORY("impossible_history", "整改过程不合逻辑", "impossible history", Severity.ERROR),
  /** A rectification is marked rectified or closed out with no measures (整改敷衍). */
  RECTIFIED_WITHOUT_MEASURES(
      "rectified_without_measures", "标注已整改但无整改措施", "rectified with no measures", Severity.WARNING),
  /** A service point names an owning unit that is not in the roster. */
  FOREIGN_OWNER("foreign_owner", "窗口单位的主管单位不在名单中", "service point owner not in the roster", Severity.WARNING);

  private final String code;
  private final String zh;
  private final String en;
  private final Severity severity;

  Rule(String code, String zh, String en, Severity severity) {
    this.code = code;
    this.zh = zh;
    this.en = en;
    this.severity = severity;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }

  /** Returns whether breaking this rule rejects the record or only warns. */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the constant whose {@link #code()} is {@code code}.
   *
   * @throws IllegalArgumentException if no constant has that code
   */
  public static Rule ofCode(String code) {
    return Codes.of(Rule.class, code);
  }
}
