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
              "باراك أوباما", NameClass.PERSON),
          ArabicNormalizer::stem);

  private static String[] keys(String sentence) {
    return java.util.Arrays.stream(sentence.split(" "))
        .map(ArabicNormalizer::stem)
        .toArray(String[]::new);
  }

  @Test
  void marksWholeNamesOnCliticStrippedNormalizedWords() {
    assertThat(ALIASES.marks(keys("قال والولايات المتحدة اليوم")))
        .containsExactly(null, "B-LOCATION", "I-LOCATION", null);
  }

  @Test
  void prefersTheLongestNameStartingAtAWord() {
    assertThat(ALIASES.marks(keys("في مجلس الامن الدولي امس")))
        .containsExactly(null, "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", null);
  }

  @Test
  void marksWordsOfLongerNamesThatDoNotMatchWhole() {
    assertThat(ALIASES.marks(keys("قال أوباما"))).containsExactly(null, "W-PERSON");
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
    assertThat(read.marks(keys("الأمم المتحدة")))
        .containsExactly("B-ORGANIZATION", "I-ORGANIZATION");
  }
}
