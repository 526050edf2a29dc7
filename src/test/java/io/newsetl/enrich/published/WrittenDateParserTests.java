package io.newsetl.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenDateParserTests {

  private final WrittenDateParser parser = new WrittenDateParser();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "iso           | 2023-07-13T10:00:00Z          | 2023-07-13",
        "iso slashes   | posted 2023/7/13              | 2023-07-13",
        "iso dots      | 2023.07.13                    | 2023-07-13",
        "en            | July 13, 2023                 | 2023-07-13",
        "en ordinal    | Thursday, July 13th, 2023     | 2023-07-13",
        "en abbr       | Jul. 13 2023                  | 2023-07-13",
        "en day first  | 13 July 2023, 3:51 pm         | 2023-07-13",
        "de            | Donnerstag, 13. Juli 2023     | 2023-07-13",
        "de numeric    | am 13.07.2023 um 10:45 Uhr    | 2023-07-13",
        "de short year | 13.07.23                      | 2023-07-13",
        "de no zero    | 3.7.2023                      | 2023-07-03",
        "fr            | jeudi 13 juillet 2023         | 2023-07-13",
        "fr premier    | 1er juillet 2023              | 2023-07-01",
        "es            | 13 de julio de 2023           | 2023-07-13",
        "es abbr       | 13 jul. 2023                  | 2023-07-13",
        "it            | 13 luglio 2023                | 2023-07-13",
        "pt            | 13 de julho de 2023           | 2023-07-13",
        "ru            | 13 июля 2023 года             | 2023-07-13",
        "uk            | 13 липня 2023                 | 2023-07-13",
        "pl            | 13 lipca 2023                 | 2023-07-13",
        "tr            | 13 Temmuz 2023                | 2023-07-13",
        "hu            | 2023. július 13.              | 2023-07-13",
        "ar            | 13 يوليو 2023                 | 2023-07-13",
        "ar levant     | 13 تموز 2023                  | 2023-07-13",
        "ar two words  | 2 كانون الثاني 2023           | 2023-01-02",
        "ar digits     | ١٣ يوليو ٢٠٢٣                 | 2023-07-13",
        "fa digits     | ۲۰۲۳-۰۷-۱۳                    | 2023-07-13",
        "zh            | 2023年7月13日 10:30            | 2023-07-13",
        "ko            | 2023년 7월 13일                | 2023-07-13",
        "dashes        | 13-07-2023                    | 2023-07-13",
        "late century  | 31.12.99                      | 1999-12-31"
      })
  void readsDatesAsTheyAreWritten(String name, String text, LocalDate expected) {
    assertThat(parser.first(text, DayOrder.DAY_FIRST)).contains(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "03/04/2023 | DAY_FIRST   | 2023-04-03",
        "03/04/2023 | MONTH_FIRST | 2023-03-04",
        "13/04/2023 | MONTH_FIRST | 2023-04-13",
        "04/13/2023 | DAY_FIRST   | 2023-04-13",
        "03.04.2023 | MONTH_FIRST | 2023-04-03"
      })
  void readsAmbiguousSlashDatesInTheLanguagesOrder(
      String text, DayOrder order, LocalDate expected) {
    assertThat(parser.first(text, order)).contains(expected);
  }

  @Test
  void findsEveryDateWithItsOffsets() {
    String text = "Published 13 July 2023, updated 2023-07-14.";

    assertThat(parser.findAll(text, DayOrder.DAY_FIRST))
        .containsExactly(
            new WrittenDate(LocalDate.of(2023, 7, 13), 10, 22),
            new WrittenDate(LocalDate.of(2023, 7, 14), 32, 42));
  }

  @Test
  void readsDayAndMonthWithoutAYear() {
    assertThat(parser.firstMonthDay("WASHINGTON, July 12").map(m -> m.monthDay().toString()))
        .contains("--07-12");
    assertThat(parser.firstMonthDay("新华社北京7月13日电").map(m -> m.monthDay().toString()))
        .contains("--07-13");
  }

  @Nested
  class NotDates {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "",
          "2023-02-30",
          "31.04.2023",
          "13 Things 2023",
          "phone 12-05-23",
          "call 0170 1234567",
          "in 1850 and 2150",
          "12.10.2023.4",
          "July 2023"
        })
    void giveNothing(String text) {
      assertThat(parser.findAll(text, DayOrder.DAY_FIRST)).isEmpty();
    }

    @Test
    void namesThatMeanDifferentMonthsInDifferentLanguagesAreLeftOut() {
      assertThat(new CalendarWords(List.of("cs", "hr")).month("listopad")).isEmpty();
      assertThat(new CalendarWords(List.of("cs")).month("listopad")).hasValue(11);
    }
  }
}
