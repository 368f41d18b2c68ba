package io.github.zouliucheng.walk.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableListMultimap;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Coded;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.RectificationStatus;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.WalkForm;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class LabelsTest {

  static Stream<Labels<?>> tables() {
    return Stream.of(
        Labels.UNIT_KIND,
        Labels.COMPLEXITY,
        Labels.CROSSING,
        Labels.WALK_FORM,
        Labels.ROLE,
        Labels.APPROACH,
        Labels.VISIBILITY,
        Labels.COVERAGE,
        Labels.SERVICE_POINT_KIND,
        Labels.FINDING_CATEGORY,
        Labels.PRIORITY,
        Labels.RECTIFICATION_MODE,
        Labels.RECTIFICATION_STATUS,
        Labels.CALLBACK_RESULT);
  }

  @ParameterizedTest
  @MethodSource("tables")
  void find_everyConstantsLabelAndCode_findsTheConstant(Labels<?> labels) {
    checkEveryConstant(labels);
  }

  private static <E extends Enum<E> & Coded> void checkEveryConstant(Labels<E> labels) {
    for (E e : labels.type().getEnumConstants()) {
      assertThat(labels.find(e.zh())).as(e.zh()).contains(e);
      assertThat(labels.find(" " + e.zh() + "\u3000")).as(e.zh()).contains(e);
      assertThat(labels.find(e.code())).as(e.code()).contains(e);
      assertThat(labels.find(e.code().toUpperCase(Locale.ROOT))).as(e.code()).contains(e);
    }
    assertThat(labels.labels())
        .containsExactlyElementsOf(
            Stream.of(labels.type().getEnumConstants()).map(Coded::zh).collect(Collectors.toList()));
  }

  @Test
  void find_synonymsPeopleWrite() {
    assertThat(Labels.ROLE.find("群众")).contains(Role.CITIZEN);
    assertThat(Labels.ROLE.find("普通执法人员")).contains(Role.STAFF);
    assertThat(Labels.ROLE.find("领导干部")).contains(Role.LEADER);
    assertThat(Labels.APPROACH.find("陪同")).contains(Approach.ACCOMPANIED);
    assertThat(Labels.VISIBILITY.find("明察")).contains(Visibility.ANNOUNCED);
    assertThat(Labels.COVERAGE.find("全程")).contains(Coverage.WHOLE);
    assertThat(Labels.UNIT_KIND.find("县(市)区")).contains(UnitKind.COUNTY);
    assertThat(Labels.UNIT_KIND.find("市直")).contains(UnitKind.DEPARTMENT);
    assertThat(Labels.WALK_FORM.find("线上")).contains(WalkForm.ONLINE);
    assertThat(Labels.RECTIFICATION_STATUS.find("已完成")).contains(RectificationStatus.RECTIFIED);
    assertThat(Labels.RECTIFICATION_STATUS.find("销号")).contains(RectificationStatus.CLOSED);
    assertThat(Labels.ROLE.find("游客")).isEmpty();
  }

  @Test
  void of_aWordForTwoConstants_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Labels.of(
                    Visibility.class,
                    ImmutableListMultimap.<Visibility, String>builder()
                        .putAll(Visibility.ANNOUNCED, List.of("检查"))
                        .putAll(Visibility.UNANNOUNCED, List.of("检查"))
                        .build()))
        .withMessage("\"检查\" would mean both ANNOUNCED and UNANNOUNCED");
  }
}
