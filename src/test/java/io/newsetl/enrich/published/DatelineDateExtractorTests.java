package io.newsetl.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineDateExtractorTests {

  private static final Optional<LocalDate> FILED = Optional.of(LocalDate.of(2023, 7, 13));

  private final DatelineDateExtractor datelines = new DatelineDateExtractor();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en Reuters  | WASHINGTON, July 12 (Reuters) - U.S. consumer prices rose | 2023-07-12",
        "en abbr     | LONDON, Jul 13 (Reuters) - Britain's economy shrank       | 2023-07-13",
        "en 1987     | NEW YORK, March 3 - Shares rose                           | 2023-03-03",
        "en AP year  | WASHINGTON, July 12, 2023 (AP) — The Senate voted         | 2023-07-12",
        "fr AFP      | PARIS, 12 juillet (AFP) - Quatre départements             | 2023-07-12",
        "de dpa      | BERLIN, 12. Juli (dpa) - Die Bundesregierung              | 2023-07-12",
        "es EFE      | MADRID, 12 jul (EFE).- El índice de precios               | 2023-07-12",
        "ru TASS     | МОСКВА, 12 июля. /ТАСС/. Урожай зерна                     | 2023-07-12",
        "ar Reuters  | بكين 13 يوليو (رويترز) - رفضت الصين                        | 2023-07-13",
        "ar comma    | القاهرة، 12 تموز (أ ف ب) - قالت                            | 2023-07-12",
        "zh Xinhua   | 新华社北京7月13日电（记者王希）海关总署13日发布               | 2023-07-13",
        "date line   | Thursday, 13 July 2023                                    | 2023-07-13"
      })
  void readsTheDatelinesDate(String name, String text, LocalDate expected) {
    assertThat(datelines.extract(text, FILED, DayOrder.DAY_FIRST)).contains(expected);
  }

  @Test
  void looksAtTheFirstParagraphsOnly() {
    String story =
        "US inflation cools to 3% in June\n\nBy Daniel Hart\n\nWASHINGTON, July 12 (Reuters) - Prices rose.";

    assertThat(datelines.extract(story, FILED, DayOrder.MONTH_FIRST))
        .contains(LocalDate.of(2023, 7, 12));
    assertThat(
            datelines.extract(
                "x".repeat(900) + "\nWASHINGTON, July 12 (Reuters) - Prices rose.",
                FILED,
                DayOrder.MONTH_FIRST))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} filed {1}")
  @CsvSource({
    "'NEW YORK, Dec 31 (Reuters) - x', 2024-01-02, 2023-12-31",
    "'NEW YORK, Jan 2 (Reuters) - x',  2024-01-02, 2024-01-02",
    "'NEW YORK, Jan 3 (Reuters) - x',  2024-01-02, 2024-01-03",
    "'NEW YORK, Jan 5 (Reuters) - x',  2024-01-02, 2023-01-05"
  })
  void placesADatelineWithoutAYearOnOrJustBeforeTheFilingDay(
      String text, LocalDate filed, LocalDate expected) {
    assertThat(datelines.extract(text, Optional.of(filed), DayOrder.MONTH_FIRST))
        .contains(expected);
  }

  @Nested
  class NoDateline {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "PARIS (AFP) - Quatre départements",
          "Im Bundesgesetzblatt vom 17. August 2021 (Teil I Nr. 53) wurde das Gesetz verkündet.",
          "Article mis à jour le 7 janvier 2020.",
          "Officials said on July 12 (Reuters) that prices rose",
          "Heat wave: July 12 - a record",
          ""
        })
    void givesNothing(String text) {
      assertThat(datelines.extract(text, FILED, DayOrder.DAY_FIRST)).isEmpty();
    }

    @Test
    void aDatelineWithoutAYearNeedsAReferenceDay() {
      assertThat(
              datelines.extract(
                  "WASHINGTON, July 12 (Reuters) - x", Optional.empty(), DayOrder.MONTH_FIRST))
          .isEmpty();
      assertThat(
              datelines.extract(
                  "WASHINGTON, July 12, 2023 (AP) - x", Optional.empty(), DayOrder.MONTH_FIRST))
          .contains(LocalDate.of(2023, 7, 12));
    }
  }
}
