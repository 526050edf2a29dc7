package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingFeaturesTests {

  private static List<ConllSentence> train() {
    List<ConllSentence> train = new ArrayList<>(TaggerTrainerTests.corpus(40, 7));
    for (int i = 0; i < 10; i++) {
      train.add(new ConllSentence(List.of("It", "rained", "."), List.of("O", "O", "O"), false));
    }
    return train;
  }

  private static int sentencesIndexed(List<int[]> firstPass, int copies) {
    List<ConllSentence> train = train();
    Map<String, Integer> index = new HashMap<>();
    List<int[][]> features = new ArrayList<>();
    List<int[]> labels = new ArrayList<>();
    TrainingFeatures.index(
        "en",
        WordClusters.empty(),
        AliasGazetteer.empty(),
        train,
        firstPass,
        copies,
        0,
        1,
        index,
        features,
        labels);
    assertThat(labels).hasSameSizeAs(features);
    for (int s = 0; s < train.size(); s++) {
      assertThat(labels.get(s)).isEqualTo(NameLabels.encode(train.get(s).labels()));
    }
    return features.size();
  }

  @Test
  void aFirstPassAlsoIndexesTheCopiesOfSentencesWithNames() {
    assertThat(sentencesIndexed(null, 0)).isEqualTo(50);
    assertThat(sentencesIndexed(null, 2)).isEqualTo(50 + 2 * 40);
  }

  @Test
  void aSecondPassHasNoCopies() {
    List<int[]> firstPass = new ArrayList<>();
    for (ConllSentence s : train()) {
      firstPass.add(NameLabels.encode(s.labels()));
    }
    assertThat(sentencesIndexed(firstPass, 2)).isEqualTo(50);
  }
}
