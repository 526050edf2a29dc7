package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureTableTests {

  static final int LABELS = 9;

  @Test
  void addsTheWeightsOfEveryHashPutAndNothingForOthers() {
    int n = 5_000;
    Random random = new Random(3);
    float[] weights = new float[n * LABELS];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = random.nextInt(5) == 0 ? 0 : random.nextFloat() * 8 - 4;
    }
    FeatureTable table = new FeatureTable(n, LABELS);
    for (int id = 0; id < n; id++) {
      table.put(FeatureHash.of("f=" + id), weights, id * LABELS);
    }

    assertThat(table.size()).isEqualTo(n);
    for (int id = 0; id < n; id++) {
      float[] scores = new float[LABELS];
      scores[0] = 1;
      assertThat(table.addTo(FeatureHash.of("f=" + id), scores)).isTrue();
      for (int l = 0; l < LABELS; l++) {
        assertThat(scores[l]).isEqualTo((l == 0 ? 1 : 0) + weights[id * LABELS + l]);
      }
    }
    float[] untouched = new float[LABELS];
    for (int id = n; id < 2 * n; id++) {
      assertThat(table.addTo(FeatureHash.of("f=" + id), untouched)).isFalse();
    }
    assertThat(untouched).containsOnly(0f);
  }

  @Test
  void holdsAnOddNumberOfLabels() {
    FeatureTable table = new FeatureTable(1, 3);
    table.put(7, new float[] {1, 2, 3}, 0);
    float[] scores = new float[3];

    table.addTo(7, scores);

    assertThat(scores).containsExactly(1, 2, 3);
  }

  @Test
  void storedWeightsGiveTheSameSumsAsFloats() {
    int n = 2_000;
    int labels = 2 * LABELS;
    Random random = new Random(5);
    float[] weights = new float[n * labels];
    for (int i = 0; i < weights.length; i++) {
      // as model files store weights: 16-bit integers over 256, the extremes included
      int k = random.nextInt(10) == 0 ? 0 : random.nextInt(1 << 16) + Short.MIN_VALUE;
      weights[i] = k / 256f;
    }
    weights[0] = Short.MIN_VALUE / 256f;
    weights[1] = Short.MAX_VALUE / 256f;
    FeatureTable floats = new FeatureTable(n, labels);
    FeatureTable stored = FeatureTable.ofStoredWeights(n, labels);
    for (int id = 0; id < n; id++) {
      floats.put(FeatureHash.of("f=" + id), weights, id * labels);
      stored.put(FeatureHash.of("f=" + id), weights, id * labels);
    }

    float[] a = new float[labels];
    float[] b = new float[labels];
    for (int id = 0; id < 2 * n; id += 3) {
      long hash = FeatureHash.of("f=" + id);
      assertThat(stored.addTo(hash, b)).isEqualTo(floats.addTo(hash, a));
      assertThat(b).containsExactly(a);
    }
    assertThat(a).isNotEqualTo(new float[labels]);
  }

  @ParameterizedTest
  @CsvSource({
    "0, true",
    "1.5, true",
    "-0.00390625, true",
    "127.99609375, true",
    "-128, true",
    "128, false",
    "0.001, false",
    "0.1, false",
    "NaN, false"
  })
  void weightsAreStorableWhenTheyAreSixteenBitIntegersOver256(float weight, boolean storable) {
    assertThat(FeatureTable.storable(weight)).isEqualTo(storable);
  }

  @Nested
  class Errors {

    @Test
    void aWeightThatIsNotStorableIsRefusedByATableOfStoredWeights() {
      FeatureTable table = FeatureTable.ofStoredWeights(2, 3);

      assertThatThrownBy(() -> table.put(1, new float[] {1, 0.1f, 0}, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("storable");
      assertThat(table.size()).isZero();
      assertThat(table.addTo(1, new float[3])).isFalse();
    }

    @Test
    void twoFeaturesWithTheSameHashAreRefused() {
      FeatureTable table = new FeatureTable(4, LABELS);
      table.put(42, new float[LABELS], 0);

      assertThatThrownBy(() -> table.put(42, new float[LABELS], 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("same hash");
    }

    @Test
    void moreFeaturesThanTheCapacityAreRefused() {
      FeatureTable table = new FeatureTable(2, LABELS);
      table.put(1, new float[LABELS], 0);
      table.put(2, new float[LABELS], 0);

      assertThatThrownBy(() -> table.put(3, new float[LABELS], 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("full");
    }

    @Test
    void negativeHashesAreRefused() {
      FeatureTable table = new FeatureTable(2, LABELS);

      assertThatThrownBy(() -> table.put(-5, new float[LABELS], 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
