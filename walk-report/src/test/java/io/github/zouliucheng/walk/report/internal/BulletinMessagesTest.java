package io.github.zouliucheng.walk.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zouliucheng.walk.report.Appendix;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.ProblemKind;
import io.github.zouliucheng.walk.report.Requirement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/**
 * The two languages of every resource bundle (the bulletin's sentences, the HTML labels, the
 * Markdown and text labels) say the same things with the same placeholders.
 */
class BulletinMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  @ParameterizedTest
  @ValueSource(strings = {Messages.BULLETIN, Messages.HTML, Messages.TEXTUAL})
  void bothLanguagesHaveTheSameKeysAndPlaceholders(String bundle) {
    Messages zh = Messages.of(bundle, Language.ZH_CN);
    Messages en = Messages.of(bundle, Language.EN);

    assertThat(new TreeSet<>(en.keys())).isEqualTo(new TreeSet<>(zh.keys()));
    for (String key : zh.keys()) {
      assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(zh.get(key)));
    }
  }

  @Test
  void everyProblemKindRequirementAndAppendixHasItsTexts() {
    for (Language language : Language.values()) {
      Messages messages = Messages.of(Messages.BULLETIN, language);
      for (ProblemKind kind : ProblemKind.values()) {
        assertThat(messages.get("kind." + kind.code())).isNotBlank();
      }
      for (Requirement requirement : Requirement.values()) {
        assertThat(messages.get("requirement." + requirement.code() + ".heading")).isNotBlank();
        assertThat(messages.get("requirement." + requirement.code() + ".text")).isNotBlank();
      }
      for (Appendix appendix : Appendix.values()) {
        assertThat(messages.get(appendix.sectionId() + ".heading")).isNotBlank();
      }
    }
  }

  @Test
  void formatFailsOnAMissingArgumentOrAnUnusedOne() {
    Messages zh = Messages.of(Messages.BULLETIN, Language.ZH_CN);

    assertThat(zh.format("default.title", Map.of("period", "2023年第一季度")))
        .isEqualTo("关于2023年第一季度领导干部“走流程”情况的通报");
    assertThatThrownBy(() -> zh.format("default.title", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("default.title")
        .hasMessageContaining("{period}");
    assertThatThrownBy(() -> zh.format("default.title", Map.of("period", "x", "extra", "y")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("extra");
    assertThatThrownBy(() -> zh.get("no.such.key")).hasMessageContaining("no.such.key");
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
