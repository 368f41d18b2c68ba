package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.analytics.Policy;
import io.github.zouliucheng.walk.examples.FindingTemplates.Template;
import io.github.zouliucheng.walk.examples.FindingTemplates.Text;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.ServicePointKind;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The finding texts keep the promise the generator's design rests on: only the faults it injects
 * read as faults to the default policy.
 */
final class FindingTemplatesTest {
  private static final Policy POLICY = Policy.defaults();

  /** The analytics' rule for a matching effect: its indicator, unit or note contains a word of the category. */
  private static boolean matches(FindingCategory category, Effect e) {
    for (String w : POLICY.effectKeywords().get(category)) {
      if (e.indicator().contains(w) || e.unit().contains(w) || e.note().map(n -> n.contains(w)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static boolean trivial(String description) {
    return !POLICY.trivialLexicon().trivialWords(description).isEmpty();
  }

  @Test
  void templates_everyMeasuredEffectMatchesItsCategory_andNothingReadsAsTrivial() {
    SplittableRandom r = new SplittableRandom(1);
    for (Template t : FindingTemplates.TEMPLATES) {
      assertSound(t, r);
    }
    assertSound(FindingTemplates.COOLING, r);
  }

  private static void assertSound(Template t, SplittableRandom r) {
    for (int i = 0; i < 50; i++) {
      Text text = t.make(r, "某某政务服务中心", "企业开办");
      assertThat(text.measures).as(t.key()).isNotEmpty();
      assertThat(text.effects.isEmpty() && text.effectNote == null).as(t.key() + " has an effect").isFalse();
      for (Effect e : text.effects) {
        assertThat(matches(t.category(), e)).as(t.key() + ": " + e.indicator()).isTrue();
      }
      assertThat(POLICY.trivialCategories()).doesNotContain(t.category());
      assertThat(trivial(text.description)).as(t.key() + ": " + text.description).isFalse();
    }
  }

  @Test
  void inSeason_theColdHallIsAHotOneInTheWarmQuarters_andNothingElseChanges() {
    Template heating = FindingTemplates.TEMPLATES.stream().filter(t -> t.key().equals("heating")).findFirst().orElseThrow();
    Template cooling = FindingTemplates.COOLING;

    assertThat(FindingTemplates.inSeason(heating, 1)).isSameAs(heating);
    assertThat(FindingTemplates.inSeason(heating, 2)).isSameAs(cooling);
    assertThat(FindingTemplates.inSeason(heating, 3)).isSameAs(cooling);
    assertThat(FindingTemplates.inSeason(heating, 4)).isSameAs(heating);
    // a hall too hot is the same kind of problem at the same points
    assertThat(cooling.category()).isEqualTo(heating.category());
    assertThat(cooling.kinds()).isEqualTo(heating.kinds());
    assertThat(cooling.words()).isEqualTo(heating.words());
    assertThat(heating.make(new SplittableRandom(1), "某大厅", "某事项").description).contains("冬季");
    assertThat(cooling.make(new SplittableRandom(1), "某大厅", "某事项").description).doesNotContain("冬季", "供暖");
    for (Template t : FindingTemplates.TEMPLATES) {
      if (t != heating) {
        for (int q = 1; q <= 4; q++) {
          assertThat(FindingTemplates.inSeason(t, q)).as(t.key() + " in quarter " + q).isSameAs(t);
        }
      }
    }
  }

  @Test
  void templates_everyKindOfPointHasThreeForAnyMatter() {
    for (ServicePointKind kind : ServicePointKind.values()) {
      long fit = FindingTemplates.TEMPLATES.stream().filter(t -> t.appliesTo(kind, "某处", "某事项")).count();
      assertThat(fit).as(kind.code()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void trivialTemplates_containAPhraseOfTheDefaultPolicy() {
    SplittableRandom r = new SplittableRandom(1);
    for (Template t : FindingTemplates.TRIVIAL) {
      Text text = t.make(r, "某某大厅", "某事项");
      assertThat(trivial(text.description)).as(t.key()).isTrue();
      assertThat(text.measures).isNotEmpty();
    }
  }

  @Test
  void unrelatedEffects_matchNoCategory() {
    for (Effect e : FindingTemplates.UNRELATED_EFFECTS) {
      for (FindingCategory c : FindingCategory.values()) {
        assertThat(matches(c, e)).as(e.indicator() + " / " + c.code()).isFalse();
      }
    }
  }
}
