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
  void aMarginChangesTrainingAndStillLearnsTheCorpus() throws IOException {
    List<ConllSentence> train = corpus(200, 1);
    TaggerModel margin =
        new TaggerTrainer("en", WordClusters.empty(), AliasGazetteer.empty(), 1, 10)
            .train(train, 5, TaggerTrainer.EpochListener.none());
    assertThat(NerEvaluation.score(margin, corpus(50, 2)).overall().f1()).isEqualTo(1.0);
    assertThat(margin.labels(List.of("Mr.", "Garcia", "visited", "Paris", ".")))
        .containsExactly("O", "B-PERSON", "O", "B-LOCATION", "O");
    assertThat(written(margin))
        .isNotEqualTo(
            written(
                new TaggerTrainer("en", WordClusters.empty(), 1)
                    .train(train, 5, TaggerTrainer.EpochListener.none())));
  }

  @Test
  void aZeroMarginIsThePlainPerceptron() throws IOException {
    List<ConllSentence> train = corpus(100, 4);
    TaggerModel plain =
        new TaggerTrainer("en", WordClusters.empty(), 1)
            .train(train, 3, TaggerTrainer.EpochListener.none());
    TaggerModel zero =
        new TaggerTrainer("en", WordClusters.empty(), AliasGazetteer.empty(), 1, 0)
            .train(train, 3, TaggerTrainer.EpochListener.none());
    assertThat(written(zero)).isEqualTo(written(plain));
    assertThatThrownBy(
            () -> new TaggerTrainer("en", WordClusters.empty(), AliasGazetteer.empty(), 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copiesWithNamesReplacedAreTrainedOnToo() throws IOException {
    List<ConllSentence> train = corpus(100, 4);
    TaggerModel plain =
        new TaggerTrainer("en", WordClusters.empty(), AliasGazetteer.empty(), 1, 0, 0)
            .train(train, 3, TaggerTrainer.EpochListener.none());
    assertThat(written(plain))
        .isEqualTo(
            written(
                new TaggerTrainer("en", WordClusters.empty(), 1)
                    .train(train, 3, TaggerTrainer.EpochListener.none())));
    TaggerModel copied =
        new TaggerTrainer("en", WordClusters.empty(), AliasGazetteer.empty(), 1, 0, 2)
            .train(train, 3, TaggerTrainer.EpochListener.none());
    assertThat(written(copied)).isNotEqualTo(written(plain));
    assertThat(NerEvaluation.score(copied, corpus(50, 2)).overall().f1()).isEqualTo(1.0);
    assertThatThrownBy(
            () -> new TaggerTrainer("en", WordClusters.empty(), AliasGazetteer.empty(), 1, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] written(TaggerModel model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0f);
    return bytes.toByteArray();
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
  void theTrainingSentencesAModelRecordsTravelWithItsFile() throws IOException {
    List<ConllSentence> train = corpus(100, 3);
    TaggerModel model =
        new TaggerTrainer("en", WordClusters.empty(), 1)
            .train(train, 3, TaggerTrainer.EpochListener.none())
            .trainedOn(train.subList(0, 40));
    assertThat(model.trainingSentences().countIn(train.subList(0, 40))).isEqualTo(40);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0.01f);
    TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(read.trainingSentences().size()).isEqualTo(model.trainingSentences().size());
    assertThat(read.trainingSentences().countIn(train.subList(0, 40))).isEqualTo(40);
    assertThat(read.forTagging().trainingSentences().size()).isZero();
  }

  @Test
  void aSecondPassTravelsWithTheWrittenModelAndScoresAsItsFeatureStrings() throws IOException {
    SecondPassTraining.Trainers trainers = () -> new TaggerTrainer("en", WordClusters.empty(), 1);
    List<ConllSentence> train = corpus(100, 7);
    TaggerModel first = trainers.create().train(train, 3, TaggerTrainer.EpochListener.none());
    TaggerModel model =
        SecondPassTraining.train(first, train, 3, trainers, TaggerTrainer.EpochListener.none());
    assertThat(model.featureCount()).isGreaterThan(first.featureCount());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0f);
    TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));

    List<List<String>> text =
        List.of(
            List.of("Mr.", "Evans", "visited", "Oslo", "."),
            List.of("Evans", "visited", "Rome", "."));
    assertThat(read.labelsOfText(text)).isEqualTo(model.labelsOfText(text));
    float[][][] readHashed = read.scoresOfText(text);
    float[][][] readStrings = read.scoresOfTextFeatureStrings(text);
    for (int s = 0; s < text.size(); s++) {
      assertThat(readHashed[s]).as("as read, 16-bit weights").isDeepEqualTo(readStrings[s]);
      assertThat(read.scores(text.get(s))).isDeepEqualTo(read.scoresOfFeatureStrings(text.get(s)));
    }
    assertThat(read.labelsOfText(text).get(0))
        .containsExactly("O", "B-PERSON", "O", "B-LOCATION", "O");
    float[][][] hashed = model.scoresOfText(text);
    float[][][] strings = model.scoresOfTextFeatureStrings(text);
    for (int s = 0; s < text.size(); s++) {
      for (int i = 0; i < hashed[s].length; i++) {
        assertThat(hashed[s][i]).containsExactly(strings[s][i]);
      }
      assertThat(model.scores(text.get(s)))
          .isDeepEqualTo(model.scoresOfFeatureStrings(text.get(s)));
    }
  }

  @Test
  void crossFittedLabelsComeFromModelsThatDidNotSeeTheSentence() {
    // the first fifth names "Zed", which no other sentence does
    List<ConllSentence> train = new ArrayList<>();
    for (int s = 0; s < 50; s++) {
      train.add(
          s < 10
              ? new ConllSentence(List.of("Zed", "."), List.of("B-PERSON", "O"), false)
              : new ConllSentence(List.of("Bob", "."), List.of("O", "O"), false));
    }
    SecondPassTraining.Trainers trainers = () -> new TaggerTrainer("en", WordClusters.empty(), 1);
    assertThat(
            trainers
                .create()
                .train(train, 2, TaggerTrainer.EpochListener.none())
                .labels(List.of("Zed", ".")))
        .as("a model that saw the sentences")
        .containsExactly("B-PERSON", "O");

    List<int[]> labels = SecondPassTraining.crossFitted(train, 2, trainers);
    assertThat(labels).hasSize(train.size());
    for (int s = 0; s < train.size(); s++) {
      assertThat(NameLabels.names(labels.get(s))).as("sentence %d", s).containsExactly("O", "O");
    }
  }

  @Test
  void aSingleModelIsStillWrittenInTheFormatItWasRead() throws IOException {
    TaggerModel model = BundledNameTaggers.model("en");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0f);
    try (java.io.DataInputStream in =
        new java.io.DataInputStream(
            new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())))) {
      assertThat(in.readUTF()).isEqualTo("news-etl-ner/10");
    }
  }

  @Test
  void aTwoPassModelIsWrittenInItsOwnFormatAndEarlierFormatsAreRefused() throws IOException {
    SecondPassTraining.Trainers trainers = () -> new TaggerTrainer("en", WordClusters.empty(), 1);
    List<ConllSentence> train = corpus(50, 8);
    TaggerModel first = trainers.create().train(train, 2, TaggerTrainer.EpochListener.none());
    TaggerModel model =
        SecondPassTraining.train(first, train, 2, trainers, TaggerTrainer.EpochListener.none());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0f);
    try (java.io.DataInputStream in =
        new java.io.DataInputStream(
            new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())))) {
      assertThat(in.readUTF()).isEqualTo("news-etl-ner/11");
    }

    for (int v = 2; v <= 9; v++) {
      String version = "news-etl-ner/" + v;
      ByteArrayOutputStream old = new ByteArrayOutputStream();
      try (java.io.DataOutputStream out =
          new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(old))) {
        out.writeUTF(version);
      }
      assertThatThrownBy(() -> TaggerModel.read(new ByteArrayInputStream(old.toByteArray())))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("retrain");
    }
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
