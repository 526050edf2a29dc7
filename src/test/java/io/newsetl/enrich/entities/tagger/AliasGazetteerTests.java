package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.enrich.entities.NameClass;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AliasGazetteerTests {

  private static final AliasGazetteer ALIASES =
      AliasGazetteer.of(
          Map.of(
              "الولايات المتحدة", NameClass.LOCATION,
              "الأمم المتحدة", NameClass.ORGANIZATION,
              "مجلس الأمن الدولي", NameClass.ORGANIZATION,
              "مجلس", NameClass.ORGANIZATION,
              "باراك أوباما", NameClass.PERSON,
              "باول", NameClass.PERSON,
              "بالاو", NameClass.LOCATION,
              "ليما", NameClass.LOCATION,
              "التبت", NameClass.LOCATION,
              "إلينوي", NameClass.LOCATION),
          ArabicNormalizer::nameKey);

  private static String[] keys(String sentence) {
    return java.util.Arrays.stream(sentence.split(" "))
        .map(ArabicNormalizer::stem)
        .toArray(String[]::new);
  }

  private static String[] forms(String sentence) {
    return java.util.Arrays.stream(sentence.split(" "))
        .map(ArabicNormalizer::normalize)
        .toArray(String[]::new);
  }

  private static String[] definiteKeys(String sentence) {
    return java.util.Arrays.stream(forms(sentence))
        .map(form -> ArabicNormalizer.definiteStem(form, ArabicNormalizer.stemOfNormalized(form)))
        .toArray(String[]::new);
  }

  // the keys a sentence's words are matched by, as the tagger's features use them
  private static String[] marks(String sentence) {
    return ALIASES.marks(definiteKeys(sentence), keys(sentence), forms(sentence));
  }

  @Test
  void aNameThatBeginsWithACliticLetterKeepsItAndStillTakesClitics() {
    assertThat(marks("قال باول لباول أو فيما الأول بالاو ليما"))
        .containsExactly(
            null, "B-PERSON", "B-PERSON", null, null, null, "B-LOCATION", "B-LOCATION");
  }

  @Test
  void aDefiniteNameIsMatchedOnlyByAWordWithTheArticle() {
    assertThat(marks("كتبت ينوي والتبت للتبت إلينوي"))
        .containsExactly(null, null, "B-LOCATION", "B-LOCATION", "B-LOCATION");
  }

  @Test
  void marksWholeNamesOnCliticStrippedNormalizedWords() {
    assertThat(marks("قال والولايات المتحدة اليوم"))
        .containsExactly(null, "B-LOCATION", "I-LOCATION", null);
  }

  @Test
  void prefersTheLongestNameStartingAtAWord() {
    assertThat(marks("في مجلس الامن الدولي امس"))
        .containsExactly(null, "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", null);
  }

  @Test
  void marksWordsOfLongerNamesThatDoNotMatchWhole() {
    assertThat(marks("قال أوباما")).containsExactly(null, "W-PERSON");
  }

  @Test
  void wholeNameMarksLeaveWordsOfLongerNamesUnmarked() {
    assertThat(ALIASES.wholeNameMarks(definiteKeys("قال أوباما في الأمم المتحدة")))
        .containsExactly(null, null, null, "B-ORGANIZATION", "I-ORGANIZATION");
  }

  @Test
  void emptyMarksNothing() {
    assertThat(AliasGazetteer.empty().marks(keys("الولايات المتحدة"))).containsExactly(null, null);
  }

  @Test
  void roundTrips() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ALIASES.write(new DataOutputStream(bytes));
    AliasGazetteer read =
        AliasGazetteer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(read.size()).isEqualTo(ALIASES.size());
    assertThat(read.marks(definiteKeys("الأمم المتحدة")))
        .containsExactly("B-ORGANIZATION", "I-ORGANIZATION");
  }
}
