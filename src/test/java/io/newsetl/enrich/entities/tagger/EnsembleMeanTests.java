package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class EnsembleMeanTests {

  private static final List<String> SENTENCE = List.of("Mr.", "Garcia", "visited", "Oslo", ".");

  private static WordClusters clusters(List<ConllSentence> train, int member) {
    WordClusterBuilder builder = new WordClusterBuilder();
    train.forEach(s -> builder.add(s.tokens()));
    return builder.build(member).inSlot(member);
  }

  private static TaggerTrainer trainer(List<ConllSentence> train, int member) {
    return new TaggerTrainer(
        "en", clusters(train, member), AliasGazetteer.empty(), 1, 0, 1, member);
  }

  private static TaggerModel member(List<ConllSentence> train, int member) {
    return trainer(train, member).train(train, 3, TaggerTrainer.EpochListener.none());
  }

  private static byte[] written(TaggerModel model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0f);
    return bytes.toByteArray();
  }

  private static String magic(byte[] model) throws IOException {
    try (var in =
        new java.io.DataInputStream(new GZIPInputStream(new ByteArrayInputStream(model)))) {
      return in.readUTF();
    }
  }

  @Test
  void theMeanScoresEveryTokenAsTheMeanOfItsMembersScores() {
    List<ConllSentence> train = TaggerTrainerTests.corpus(120, 5);
    TaggerModel first = member(train, 0);
    TaggerModel second = member(train, 1);
    TaggerModel mean = TaggerModel.mean(List.of(first, second));

    float[][] a = first.scoresOfFeatureStrings(SENTENCE);
    float[][] b = second.scoresOfFeatureStrings(SENTENCE);
    float[][] m = mean.scoresOfFeatureStrings(SENTENCE);
    for (int i = 0; i < m.length; i++) {
      for (int l = 0; l < m[i].length; l++) {
        assertThat(m[i][l]).isCloseTo((a[i][l] + b[i][l]) / 2, within(1e-3f));
      }
    }
    assertThat(mean.scores(SENTENCE)).isDeepEqualTo(m);
    assertThat(mean.featureCount())
        .as("the members share the features that do not read clusters")
        .isGreaterThan(first.featureCount())
        .isLessThan(first.featureCount() + second.featureCount());
    assertThat(mean.labels(SENTENCE)).containsExactly("O", "B-PERSON", "O", "B-LOCATION", "O");
  }

  @Test
  void aMeanOfOnePassModelsReadsBackWithTheSameScores() throws IOException {
    List<ConllSentence> train = TaggerTrainerTests.corpus(120, 5);
    TaggerModel mean = TaggerModel.mean(List.of(member(train, 0), member(train, 1)));
    byte[] bytes = written(mean);
    assertThat(magic(bytes)).isEqualTo("news-etl-ner/12");
    assertThat(magic(written(member(train, 0)))).isEqualTo("news-etl-ner/10");
    TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes));
    assertThat(read.labels(SENTENCE)).isEqualTo(mean.labels(SENTENCE));
    assertThat(read.scores(SENTENCE)).isDeepEqualTo(read.scoresOfFeatureStrings(SENTENCE));
  }

  @Test
  void eachMemberDrawsItsOwnClusteringOrderAndReplacements() throws IOException {
    List<ConllSentence> train = TaggerTrainerTests.corpus(120, 5);
    WordClusters slot1 = clusters(train, 1);
    assertThat(slot1.slots()).isEqualTo(2);
    assertThat(slot1.has(0)).isFalse();
    assertThat(slot1.has(1)).isTrue();
    assertThat(new FeatureExtractor("en", slot1, NameGazetteer.empty()).extract(SENTENCE).get(1))
        .as("a clustering in slot 1 has its own templates")
        .anyMatch(f -> f.startsWith("1:c0="))
        .noneMatch(f -> f.startsWith("c0="));
    assertThat(written(member(train, 0)))
        .as("member 0 is the model of one")
        .isEqualTo(
            written(
                new TaggerTrainer("en", clusters(train, 0), AliasGazetteer.empty(), 1, 0, 1)
                    .train(train, 3, TaggerTrainer.EpochListener.none())));
    assertThatThrownBy(
            () ->
                new TaggerTrainer("en", WordClusters.empty(), AliasGazetteer.empty(), 1, 0, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordClusters.empty().inSlot(WordClusters.MAX_SLOTS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMeanOfTwoPassModelsTravelsInItsFileWithEveryClustering() throws IOException {
    List<ConllSentence> train = TaggerTrainerTests.corpus(120, 6);
    TaggerModel[] members = new TaggerModel[2];
    for (int m = 0; m < 2; m++) {
      int member = m;
      SecondPassTraining.Trainers trainers = () -> trainer(train, member);
      TaggerModel first = trainers.create().train(train, 3, TaggerTrainer.EpochListener.none());
      members[m] =
          SecondPassTraining.train(first, train, 3, trainers, TaggerTrainer.EpochListener.none());
    }
    TaggerModel mean = TaggerModel.mean(List.of(members));
    byte[] bytes = written(mean);
    assertThat(magic(bytes)).isEqualTo("news-etl-ner/13");
    assertThat(magic(written(members[0]))).isEqualTo("news-etl-ner/11");
    TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes));
    assertThat(written(read)).isEqualTo(bytes);

    List<List<String>> text = List.of(SENTENCE, List.of("Garcia", "visited", "Rome", "."));
    assertThat(read.labelsOfText(text)).isEqualTo(mean.labelsOfText(text));
    assertThat(read.labelsOfText(text).get(0))
        .containsExactly("O", "B-PERSON", "O", "B-LOCATION", "O");
    float[][][] hashed = read.scoresOfText(text);
    float[][][] strings = read.scoresOfTextFeatureStrings(text);
    for (int s = 0; s < text.size(); s++) {
      assertThat(hashed[s]).isDeepEqualTo(strings[s]);
    }
  }

  @Test
  void onlyModelsOfOneLanguageWithTheirOwnClusteringsAverage() {
    List<ConllSentence> train = TaggerTrainerTests.corpus(60, 5);
    TaggerModel first = member(train, 0);
    assertThat(TaggerModel.mean(List.of(first))).isSameAs(first);
    assertThatThrownBy(() -> TaggerModel.mean(List.of(first, member(train, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two clusterings in slot 0");
    TaggerModel arabic =
        new TaggerTrainer("ar", clusters(train, 1), AliasGazetteer.empty(), 1, 0, 0, 1)
            .train(train, 1, TaggerTrainer.EpochListener.none());
    assertThatThrownBy(() -> TaggerModel.mean(List.of(first, arabic)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaggerModel.mean(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void severalClusteringsReadBackFromTheirFile() throws IOException {
    List<ConllSentence> train = TaggerTrainerTests.corpus(60, 5);
    WordClusters union = WordClusters.union(List.of(clusters(train, 0), clusters(train, 2)));
    assertThat(union.slots()).isEqualTo(3);
    assertThat(union.has(1)).isFalse();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var out = new java.io.DataOutputStream(bytes)) {
      union.writeAll(out);
    }
    WordClusters read =
        WordClusters.readAll(
            new java.io.DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(read.slots()).isEqualTo(3);
    assertThat(read.has(1)).isFalse();
    assertThat(read.size()).isEqualTo(union.size());
    assertThat(read.fineId("Smith", 2)).isEqualTo(union.fineId("Smith", 2));
    assertThatThrownBy(() -> union.inSlot(1)).isInstanceOf(IllegalStateException.class);
  }
}
