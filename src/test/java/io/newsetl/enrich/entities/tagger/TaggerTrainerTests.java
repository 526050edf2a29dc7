package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaggerTrainerTests {

  static final List<String> PEOPLE =
      List.of("Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans");
  static final List<String> PLACES = List.of("Paris", "Berlin", "Madrid", "Rome", "Vienna", "Oslo");

  /** Sentences "Mr. X visited Y ." with X a person and Y a place. */
  static List<ConllSentence> corpus(int n, long seed) {
    Random random = new Random(seed);
    List<ConllSentence> sentences = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
      String place = PLACES.get(random.nextInt(PLACES.size()));
      sentences.add(
          new ConllSentence(
              List.of("Mr.", person, "visited", place, "."),
              List.of("O", "B-PERSON", "O", "B-LOCATION", "O"),
              false));
    }
    return sentences;
  }

  @Test
  void learnsTheCorpusAndGeneralizesToUnseenNamesInContext() {
    TaggerModel model =
        new TaggerTrainer("en", WordClusters.empty(), 1)
            .train(corpus(200, 1), 5, TaggerTrainer.EpochListener.none());
    assertThat(NerEvaluation.score(model, corpus(50, 2)).overall().f1()).isEqualTo(1.0);
    assertThat(model.labels(List.of("Mr.", "Garcia", "visited", "Paris", ".")))
        .containsExactly("O", "B-PERSON", "O", "B-LOCATION", "O");
  }

  @Test
  void writtenModelReadsBackWithTheSameLabels() throws IOException {
    TaggerModel model =
        new TaggerTrainer("en", WordClusters.empty(), 1)
            .train(corpus(100, 3), 3, TaggerTrainer.EpochListener.none());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0.01f);
    TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(read.language()).isEqualTo("en");
    List<String> sentence = List.of("Mr.", "Evans", "visited", "Oslo", ".");
    assertThat(read.labels(sentence)).isEqualTo(model.labels(sentence));
    assertThat(read.labels(List.of())).isEmpty();
  }

  @Test
  void knownNamesTravelWithTheWrittenModel() throws IOException {
    AliasGazetteer aliases =
        AliasGazetteer.of(
            java.util.Map.of("Oslo", io.newsetl.enrich.entities.NameClass.LOCATION), w -> w);
    TaggerModel model =
        new TaggerTrainer("en", WordClusters.empty(), aliases, 1)
            .train(corpus(100, 5), 3, TaggerTrainer.EpochListener.none());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0f);
    TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    List<String> sentence = List.of("Mr.", "Evans", "visited", "Oslo", ".");
    float[][] expected = model.scores(sentence);
    float[][] actual = read.scores(sentence);
    for (int i = 0; i < expected.length; i++) {
      // weights are stored with limited precision
      assertThat(actual[i]).containsExactly(expected[i], org.assertj.core.data.Offset.offset(0.1f));
    }
  }

  @Test
  void somethingElseIsNotAModel() {
    assertThatThrownBy(() -> TaggerModel.read(new ByteArrayInputStream("not gzip".getBytes())))
        .isInstanceOf(IOException.class);
  }

  @Test
  void splitHoldsOutTheLastSentences() {
    List<ConllSentence> all = corpus(20, 4);
    assertThat(ConllSplit.training(all, 10)).hasSize(18).isEqualTo(all.subList(0, 18));
    assertThat(ConllSplit.heldOut(all, 10)).hasSize(2).isEqualTo(all.subList(18, 20));
    assertThat(ConllSplit.heldOut(all, 0)).isEmpty();
    assertThatThrownBy(() -> ConllSplit.heldOut(all, 100))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
