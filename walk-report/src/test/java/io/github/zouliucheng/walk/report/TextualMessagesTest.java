package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The labels of the Markdown and plain-text renderers exist in both languages with the same placeholders. */
final class TextualMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() {
    Messages zh = Messages.of("textual", Language.ZH_CN);
    Messages en = Messages.of("textual", Language.EN);

    assertThat(new TreeSet<>(en.keys())).isEqualTo(new TreeSet<>(zh.keys()));
    for (String key : zh.keys()) {
      assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(zh.get(key)));
    }
  }

  @Test
  void labelsFillTheirPlaceholders() {
    assertThat(Labels.of(Language.ZH_CN).countAndShare(3, 7)).isEqualTo("3（42.9%）");
    assertThat(Labels.of(Language.EN).countAndShare(1_234, 2_468)).isEqualTo("1,234 (50.0%)");
    assertThat(Labels.of(Language.EN).countAndShare(0, 7)).isEqualTo("0");
    assertThat(Labels.of(Language.ZH_CN).format("audience", "audience", "各县（市）区")).isEqualTo("各县（市）区：");
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
