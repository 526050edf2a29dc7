package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNameCuesTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
      الرئيس,  title
      والرئيس, title
      وزير,    title
      الشيخ,   title
      وقال,    say
      أكد,     say
      شركة,    org
      والحزب,  org
      مدينة,   place
      بن,      join
      أبو,     join
      """)
  void findsCuesByFormOrStem(String word, String kind) {
    assertThat(ArabicNameCues.of(word)).contains(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
      كتاب
      أوباما
      Microsoft
      """)
  void otherWordsAreNoCue(String word) {
    assertThat(ArabicNameCues.of(word)).isEmpty();
  }
}
