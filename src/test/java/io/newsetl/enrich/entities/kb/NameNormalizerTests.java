package io.newsetl.enrich.entities.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      أحمد        | احمد
      إسرائيل     | اسراييل
      آسيا        | اسيا
      ٱلصين       | الصين
      مصطفى       | مصطفي
      القاهرة     | القاهره
      الصيـــن    | الصين
      مُحَمَّد     | محمد
      Pékin       | pekin
      MÜNCHEN     | munchen
      Côte d'Ivoire | cote d'ivoire
      ёлка        | елка
      """)
  void foldsCaseDiacriticsAndArabicLetterVariants(String word, String folded) {
    assertThat(NameNormalizer.fold(word)).isEqualTo(folded);
  }

  @ParameterizedTest(name = "{0} and {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Китай     | Китая
      Китай     | Китаю
      Китай     | Китаем
      Китай     | Китае
      Москва    | Москве
      Москва    | Москвы
      Москва    | Москву
      Путин     | Путина
      Путин     | Путиным
      Россия    | России
      Россия    | Россией
      Вашингтон | Вашингтоне
      Киев      | Киева
      Иран      | Ираном
      Зеленский | Зеленского
      Зеленский | Зеленским
      Песков    | Песковым
      китайский | китайская
      китайский | китайского
      китайский | китайские
      """)
  void russianCaseFormsShareAKey(String nominative, String inflected) {
    assertThat(NameNormalizer.key(inflected)).isEqualTo(NameNormalizer.key(nominative));
  }

  @Test
  void shortRussianWordsKeepTheirEnding() {
    assertThat(NameNormalizer.key("США")).isEqualTo("сша");
    assertThat(NameNormalizer.key("МИД")).isEqualTo("мид");
  }

  @Nested
  class ArabicClitics {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        والصين   | الصين
        بالصين   | الصين
        للصين    | الصين
        وللصين   | الصين
        فالصين   | الصين
        كالصين   | الصين
        وبكين    | بكين
        لرويترز  | رويترز
        وبرويترز | رويترز
        """)
    void readingsDropConjunctionsAndPrepositions(String word, String reading) {
      assertThat(NameNormalizer.arabicReadings(NameNormalizer.fold(word))).contains(reading);
    }

    @Test
    void theWordItselfComesFirstAndShortRemaindersAreNotReadings() {
      assertThat(NameNormalizer.arabicReadings("وبه")).containsExactly("وبه");
      assertThat(NameNormalizer.arabicReadings("والصين").get(0)).isEqualTo("والصين");
    }

    @Test
    void otherScriptsHaveOneReading() {
      assertThat(NameNormalizer.arabicReadings("washington")).containsExactly("washington");
      assertThat(NameNormalizer.arabicReadings("")).containsExactly("");
    }
  }
}
