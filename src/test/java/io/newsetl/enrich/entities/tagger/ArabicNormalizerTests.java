package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
      أحمد,    احمد
      إسرائيل, اسرائيل
      آسيا,    اسيا
      مستشفى,  مستشفي
      الجامعة, الجامعه
      مـصـر,   مصر
      مُحَمَّد,   محمد
      Microsoft, Microsoft
      """)
  void normalizes(String word, String normalized) {
    assertThat(ArabicNormalizer.normalize(word)).isEqualTo(normalized);
  }

  @ParameterizedTest(name = "{0} -> {1} + {2}")
  @CsvSource(
      textBlock =
          """
      والصين,  صين,  وال
      بالصين,  صين,  بال
      للأمم,   امم,  لل
      الولايات, ولايات, ال
      وواشنطن, واشنطن, و
      بكين,    كين,  ب
      فرنسا,   رنسا, ف
      لي,      لي,   ''
      وال,     ال,   و
      ال,      ال,   ''
      """)
  void stripsOneCliticPrefixKeepingTwoLetters(String word, String stem, String prefix) {
    assertThat(ArabicNormalizer.stem(word)).isEqualTo(stem);
    assertThat(ArabicNormalizer.prefix(word)).isEqualTo(prefix);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
      الصين,   الصين
      الجزيرة, الجزيره
      إلينوي,  الينوي
      باول,    باول
      بكين,    بكين
      وواشنطن, وواشنطن
      """)
  void keysANameWordByItsNormalizedFormWithItsArticle(String word, String key) {
    assertThat(ArabicNormalizer.nameKey(word)).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
      والصين,  الصين
      للصين,   الصين
      الصين,   الصين
      لبكين,   بكين
      كتبت,    تبت
      فرقة,    رقه
      """)
  void keepsTheArticleOfAStemThatHadOne(String word, String key) {
    String form = ArabicNormalizer.normalize(word);
    assertThat(ArabicNormalizer.definiteStem(form, ArabicNormalizer.stemOfNormalized(form)))
        .isEqualTo(key);
  }
}
