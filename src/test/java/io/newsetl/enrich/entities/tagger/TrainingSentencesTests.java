package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSentencesTests {

  private static ConllSentence sentence(String... tokens) {
    return new ConllSentence(List.of(tokens), Collections.nCopies(tokens.length, "O"), false);
  }

  private static final ConllSentence SMITH = sentence("Mr.", "Smith", "visited", "Oslo", ".");
  private static final ConllSentence JONES = sentence("Mr.", "Jones", "visited", "Rome", ".");

  @Test
  void countsTheSentencesWhoseTokensWereTrainedOn() {
    TrainingSentences trained = TrainingSentences.of(List.of(SMITH, SMITH, JONES));
    assertThat(trained.size()).isEqualTo(2);
    ConllSentence relabelled =
        new ConllSentence(SMITH.tokens(), List.of("O", "B-PERSON", "O", "B-LOCATION", "O"), true);
    assertThat(trained.countIn(List.of(relabelled, JONES))).isEqualTo(2);
    assertThat(trained.countIn(List.of(sentence("Mr.", "Smith", "visited", "Rome", ".")))).isZero();
  }

  @Test
  void tokenBoundariesAreKept() {
    TrainingSentences trained = TrainingSentences.of(List.of(sentence("New", "York")));
    assertThat(trained.countIn(List.of(sentence("NewYork"), sentence("Ne", "wYork")))).isZero();
    assertThat(trained.countIn(List.of(sentence("New", "York")))).isEqualTo(1);
  }

  @Test
  void noneCountsNothing() {
    assertThat(TrainingSentences.none().size()).isZero();
    assertThat(TrainingSentences.none().countIn(List.of(SMITH))).isZero();
  }

  @Test
  void readsBackWhatItWroteAndNothingAtTheEndOfAnOlderFile() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      TrainingSentences.of(List.of(SMITH, JONES)).write(out);
    }
    TrainingSentences read =
        TrainingSentences.readIfPresent(
            new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(read.size()).isEqualTo(2);
    assertThat(read.countIn(List.of(JONES))).isEqualTo(1);

    TrainingSentences older =
        TrainingSentences.readIfPresent(new DataInputStream(new ByteArrayInputStream(new byte[0])));
    assertThat(older.size()).isZero();
  }

  @Test
  void anotherSectionOrACutShortOneIsRefused() throws IOException {
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(other)) {
      out.writeUTF("something-else");
    }
    assertThatThrownBy(
            () ->
                TrainingSentences.readIfPresent(
                    new DataInputStream(new ByteArrayInputStream(other.toByteArray()))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("something-else");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      TrainingSentences.of(List.of(SMITH, JONES)).write(out);
    }
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
    assertThatThrownBy(
            () ->
                TrainingSentences.readIfPresent(new DataInputStream(new ByteArrayInputStream(cut))))
        .isInstanceOf(IOException.class);
  }
}
