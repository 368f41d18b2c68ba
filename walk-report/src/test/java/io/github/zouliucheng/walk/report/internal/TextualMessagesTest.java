package io.github.zouliucheng.walk.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.Language;
import org.junit.jupiter.api.Test;


/** The labels of the Markdown and plain-text renderers (both languages are checked in BulletinMessagesTest). */
final class TextualMessagesTest {
  @Test
  void labelsFillTheirPlaceholders() {
    assertThat(Labels.of(Language.ZH_CN).countAndShare(3, 7)).isEqualTo("3（42.9%）");
    assertThat(Labels.of(Language.EN).countAndShare(1_234, 2_468)).isEqualTo("1,234 (50.0%)");
    assertThat(Labels.of(Language.EN).countAndShare(0, 7)).isEqualTo("0");
    assertThat(Labels.of(Language.ZH_CN).format("audience", "audience", "各县（市）区")).isEqualTo("各县（市）区：");
  }
}
