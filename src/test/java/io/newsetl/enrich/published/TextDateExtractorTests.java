package io.newsetl.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDateExtractorTests {

  private final TextDateExtractor texts = new TextDateExtractor();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en       | Story by Ann Lee. Published July 13, 2023 at 10:45 am.       | 2023-07-13",
        "en on    | Posted on 13/07/2023 by admin                                 | 2023-07-13",
        "de       | Artikel veröffentlicht am 13.07.2023, 10:45 Uhr              | 2023-07-13",
        "de after | wurde am Donnerstag, 13. Juli 2023 um 14:48 veröffentlicht    | 2023-07-13",
        "fr       | Publié le 13 juillet 2023 à 10h45                            | 2023-07-13",
        "es       | Publicado el 13 de julio de 2023                             | 2023-07-13",
        "it       | Pubblicato il 13 luglio 2023                                 | 2023-07-13",
        "ru       | Опубликовано: 13 июля 2023, 10:45                            | 2023-07-13",
        "zh       | 发布时间：2023年07月13日 10:45                                 | 2023-07-13",
        "ar       | نُشر في 13 يوليو 2023                                         | 2023-07-13",
        "ar label | تاريخ النشر: ١٣ يوليو ٢٠٢٣                                    | 2023-07-13",
        "label    | Datum: 13.07.2023                                            | 2023-07-13",
        "updated  | Last updated 14 July 2023                                    | 2023-07-14"
      })
  void readsTheDateAPageStates(String name, String text, LocalDate expected) {
    assertThat(texts.extract(text, DayOrder.DAY_FIRST)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Updated 14 July 2023. Published 13 July 2023.          | 2023-07-13",
        "Datum: 12.07.2023 · Veröffentlicht am 13.07.2023       | 2023-07-13",
        "Aktualisiert: 14.07.2023 · Datum: 12.07.2023           | 2023-07-12"
      })
  void prefersPublishedOverDateLabelsOverUpdated(String text, LocalDate expected) {
    assertThat(texts.extract(text, DayOrder.DAY_FIRST)).contains(expected);
  }

  @Nested
  class NothingStated {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "The summit opened on 13 July 2023 in Vilnius.",
          "Published by Reuters, a news agency founded in London in the year of our lord, on 13 July 2023",
          "Published\n\n13 July 2023",
          "The data from 2023-07-13 show a rise.",
          ""
        })
    void givesNothing(String text) {
      assertThat(texts.extract(text, DayOrder.DAY_FIRST)).isEmpty();
    }
  }
}
