package io.newsetl.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarWordsTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "July, 7", "jul., 7", "JULI, 7", "juillet, 7", "julio, 7", "июля, 7", "июль, 7",
    "يوليو, 7", "تموز, 7", "كانون الثاني, 1", "أغسطس, 8", "اغسطس, 8", "آب, 8", "جويلية, 7",
    "März, 3", "août, 8", "Temmuz, 7", "lipca, 7"
  })
  void namesEveryMonthFromCldr(String name, int month) {
    assertThat(CalendarWords.all().month(name)).hasValue(month);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Thursday", "Thu", "Donnerstag", "jeudi", "jueves", "четверг", "الخميس", "星期四"})
  void knowsWeekdays(String name) {
    assertThat(CalendarWords.all().isWeekday(name)).isTrue();
  }

  @Test
  void leavesOutWordsThatAreNoMonth() {
    assertThat(CalendarWords.all().isWeekday("Published")).isFalse();
    assertThat(CalendarWords.all().month("Thursday")).isEmpty();
    assertThat(CalendarWords.all().month("ma")).isEmpty();
  }
}
