package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextKeyIdsTests {

  @Test
  void theSameKeyGetsTheSameIdInEverySentenceAndShortOrMissingKeysNone() {
    List<FeatureValues> keys =
        List.of(
            FeatureValues.of(new String[] {"عباس", "في", "النيل"}),
            FeatureValues.of(new String[] {"النيل", null, "عباس", "قال"}));

    int[][] ids = TextKeyIds.of(keys, 3);

    assertThat(ids[0]).containsExactly(0, -1, 1);
    assertThat(ids[1]).containsExactly(1, -1, 0, 2);
  }

  @Test
  void manyDistinctKeysGetDistinctIds() {
    List<FeatureValues> keys = new ArrayList<>();
    for (int s = 0; s < 50; s++) {
      String[] words = new String[40];
      for (int i = 0; i < words.length; i++) {
        words[i] = "key" + (s * 40 + i) % 1500;
      }
      keys.add(FeatureValues.of(words));
    }

    int[][] ids = TextKeyIds.of(keys, 3);

    for (int s = 0; s < 50; s++) {
      for (int i = 0; i < 40; i++) {
        assertThat(ids[s][i]).isEqualTo((s * 40 + i) % 1500);
      }
    }
  }

  @Test
  void anEmptyTextHasNoIds() {
    assertThat(TextKeyIds.of(List.of(), 3)).isEmpty();
    assertThat(TextKeyIds.of(List.of(FeatureValues.of(new String[0])), 3)[0]).isEmpty();
  }
}
