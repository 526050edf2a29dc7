package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConllReaderTests {

  static List<ConllSentence> read(String text) throws IOException {
    return ConllReader.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void readsConll2003WithDocumentStartsAndFourColumns() throws IOException {
    List<ConllSentence> sentences =
        read(
            """
        -DOCSTART- -X- -X- O

        EU NNP B-NP B-ORG
        rejects VBZ B-VP O
        German JJ B-NP B-MISC

        Peter NNP B-NP B-PER
        Blackburn NNP I-NP I-PER
        -DOCSTART- -X- -X- O

        BRUSSELS NNP B-NP B-LOC
        """);
    assertThat(sentences).hasSize(3);
    assertThat(sentences.get(0).tokens()).containsExactly("EU", "rejects", "German");
    assertThat(sentences.get(0).labels()).containsExactly("B-ORGANIZATION", "O", "B-MISC");
    assertThat(sentences.get(1).labels()).containsExactly("B-PERSON", "I-PERSON");
    assertThat(sentences)
        .extracting(ConllSentence::documentStart)
        .containsExactly(true, false, true);
  }

  @Test
  void turnsIob1IntoIob2() throws IOException {
    List<ConllSentence> sentences =
        read(
            """
        In O
        West I-LOC
        Germany I-LOC
        and O
        Bonn I-LOC
        Paris I-LOC
        Dakar B-LOC
        Smith I-PER
        """);
    assertThat(sentences.get(0).labels())
        .containsExactly(
            "O",
            "B-LOCATION",
            "I-LOCATION",
            "O",
            "B-LOCATION",
            "I-LOCATION",
            "B-LOCATION",
            "B-PERSON");
  }

  @Test
  void readsAnercorpTwoColumnsAndTypes() throws IOException {
    List<ConllSentence> sentences =
        read(
            """
        فرانكفورت B-LOC
        أعلن O
        اتحاد B-ORG
        صناعة I-ORG
        محمد B-PERS
        عمر I-PERS
        والسيارات B-MISC
        """);
    assertThat(sentences.get(0).labels())
        .containsExactly(
            "B-LOCATION",
            "O",
            "B-ORGANIZATION",
            "I-ORGANIZATION",
            "B-PERSON",
            "I-PERSON",
            "B-MISC");
  }

  @Nested
  class BadInput {

    @Test
    void unknownTypeNamesTheLine() {
      assertThatThrownBy(() -> read("a O\nb B-DATE\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("line 2");
    }

    @Test
    void lineWithoutLabel() {
      assertThatThrownBy(() -> read("word\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedLabel() {
      assertThatThrownBy(() -> read("word X-PER\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyInputHasNoSentences() throws IOException {
      assertThat(read("\n\n")).isEmpty();
    }
  }
}
