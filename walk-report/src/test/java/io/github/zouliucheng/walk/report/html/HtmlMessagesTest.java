package io.github.zouliucheng.walk.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.internal.Messages;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;


/** The labels of the HTML rendering (both languages are checked in BulletinMessagesTest). */
class HtmlMessagesTest {
  @Test
  void everyMonthAndWeekdayHasAName() {
    for (Language language : Language.values()) {
      Messages labels = Messages.of(Messages.HTML, language);
      Set<String> months = new TreeSet<>();
      for (Month month : Month.values()) {
        months.add(labels.get("month." + month.getValue()));
      }
      Set<String> weekdays = new TreeSet<>();
      for (int day = 1; day <= 7; day++) {
        weekdays.add(labels.get("weekday." + day));
      }
      assertThat(months).hasSize(12);
      assertThat(weekdays).hasSize(7);
    }
    assertThat(Messages.of(Messages.HTML, Language.ZH_CN).get("weekday.1")).isEqualTo("一");
    assertThat(Messages.of(Messages.HTML, Language.EN).get("weekday.7")).isEqualTo("Sun");
  }

  @Test
  void theDayTooltipReadsAsTheBulletinWritesDates() {
    Messages zh = Messages.of(Messages.HTML, Language.ZH_CN);

    assertThat(zh.format("calendar.day", java.util.Map.of("date", "2023年3月1日", "count", "3"))).isEqualTo("2023年3月1日：3次");
  }
}
