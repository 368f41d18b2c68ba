package io.github.zouliucheng.walk.sheet;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The columns of the roster sheet (班子成员), in the template's order. */
enum RosterColumn implements LayoutColumn {
  UNIT("单位", true, "县（市）区或市直部门名称；一个单位可占多行，每行一名班子成员", null, "所属单位", "单位名称"),
  UNIT_KIND("单位类别", true, "县（市）区 或 市直部门", Labels.UNIT_KIND, "单位类型"),
  NAME("姓名", true, "班子成员姓名；留空表示只登记单位", null, "班子成员", "领导姓名"),
  TITLE("职务", true, "如 县长、副局长；填了姓名时必填", null, "职位"),
  PRINCIPAL("是否主要负责同志", false, "是 或 否（默认否）", null, "主要负责同志", "是否主要负责人", "主要负责人"),
  REGION("所属片区", false, "可选，城市对单位的分组", null, "片区", "区域");

  private final String header;
  private final boolean required;
  private final String hint;
  private final Optional<Labels<?>> labels;
  private final ImmutableList<String> aliases;

  RosterColumn(
      String header, boolean required, String hint, @Nullable Labels<?> labels, String... aliases) {
    this.header = header;
    this.required = required;
    this.hint = hint;
    this.labels = Optional.ofNullable(labels);
    this.aliases = ImmutableList.copyOf(aliases);
  }

  @Override
  public String header() {
    return header;
  }

  @Override
  public ImmutableList<String> aliases() {
    return aliases;
  }

  @Override
  public boolean required() {
    return required;
  }

  @Override
  public String hint() {
    return hint;
  }

  @Override
  public Optional<Labels<?>> labels() {
    return labels;
  }
}
