package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameGazetteerTests {

  private static final NameGazetteer GAZETTEER =
      NameGazetteer.of(
          List.of(
              sentence("Jordan|B-LOCATION said|O"),
              sentence("Jordan|B-PERSON and|O Jordan|B-PERSON"),
              sentence("the|O Red|B-ORGANIZATION Cross|I-ORGANIZATION said|O"),
              sentence("Red|O tape|O and|O Red|O wine|O")),
          w -> w);

  private static ConllSentence sentence(String words) {
    List<String[]> pairs =
        java.util.Arrays.stream(words.split(" ")).map(w -> w.split("\\|")).toList();
    return new ConllSentence(
        pairs.stream().map(p -> p[0]).toList(), pairs.stream().map(p -> p[1]).toList(), false);
  }

  private static String[] keys(String text) {
    return text.split(" ");
  }

  @Test
  void aNameTakesTheClassItWasMostOftenLabelled() {
    assertThat(GAZETTEER.nameMarks(keys("Jordan won"))).containsExactly("B-PERSON", null);
    assertThat(GAZETTEER.names()).isEqualTo(2);
  }

  @Test
  void aNameIsMarkedOnlyWhole() {
    assertThat(GAZETTEER.nameMarks(keys("the Red Cross and Red tape")))
        .containsExactly(null, "B-ORGANIZATION", "I-ORGANIZATION", null, null, null);
  }

  @Test
  void wordsKeepTheClassesTheyWereMostlySeenIn() {
    assertThat(GAZETTEER.classesOf("Jordan")).isNotZero();
    assertThat(GAZETTEER.classesOf("Red")).isZero();
  }

  @Test
  void roundTrips() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GAZETTEER.write(new DataOutputStream(bytes));

    NameGazetteer read =
        NameGazetteer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

    assertThat(read.size()).isEqualTo(GAZETTEER.size());
    assertThat(read.nameMarks(keys("the Red Cross")))
        .containsExactly(GAZETTEER.nameMarks(keys("the Red Cross")));
    assertThat(read.classesOf("Jordan")).isEqualTo(GAZETTEER.classesOf("Jordan"));
  }
}
