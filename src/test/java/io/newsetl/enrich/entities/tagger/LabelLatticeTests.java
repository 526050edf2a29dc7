package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelLatticeTests {

  static final int T = NameLabels.COUNT;

  @Test
  void bestPathNeverStartsANameWithIOrLeavesItOpen() {
    float[][] scores = new float[3][T];
    scores[0][NameLabels.index("I-PERSON")] = 10;
    scores[1][NameLabels.index("I-PERSON")] = 10;
    scores[1][NameLabels.index("L-PERSON")] = 5;
    scores[2][NameLabels.index("O")] = 20;
    int[] best = LabelLattice.best(scores, new float[(T + 1) * T]);
    assertThat(NameLabels.names(best)).containsExactly("B-PERSON", "I-PERSON", "O");
    assertThat(NameLabels.ALL.get(best[1])).isEqualTo("L-PERSON");
  }

  @Test
  void transitionsDecideBetweenEqualScores() {
    float[][] scores = new float[2][T];
    float[] transitions = new float[(T + 1) * T];
    transitions[T * T + NameLabels.index("U-LOCATION")] = 1;
    transitions[NameLabels.index("U-LOCATION") * T + NameLabels.index("O")] = 1;
    assertThat(NameLabels.names(LabelLattice.best(scores, transitions)))
        .containsExactly("B-LOCATION", "O");
  }

  @Test
  void marginalsAreDistributionsAndFavourTheBestLabel() {
    Random random = new Random(9);
    float[][] scores = new float[4][T];
    for (float[] row : scores) {
      for (int l = 0; l < T; l++) {
        row[l] = random.nextFloat() * 4;
      }
    }
    scores[2][NameLabels.index("B-ORGANIZATION")] = 40;
    double[][] marginals = LabelLattice.marginals(scores, new float[(T + 1) * T], 1);
    for (double[] token : marginals) {
      double sum = 0;
      for (double p : token) {
        assertThat(p).isBetween(0.0, 1.0);
        sum += p;
      }
      assertThat(sum).isCloseTo(1.0, within(1e-6));
    }
    assertThat(marginals[2][NameLabels.index("B-ORGANIZATION")]).isGreaterThan(0.99);
    assertThat(marginals[0][NameLabels.index("I-PERSON")]).isZero();
    double[][] flatter = LabelLattice.marginals(scores, new float[(T + 1) * T], 16);
    assertThat(flatter[2][NameLabels.index("B-ORGANIZATION")])
        .isLessThan(marginals[2][NameLabels.index("B-ORGANIZATION")]);
  }

  @Test
  void marginalsEqualTheSumOverEveryLabelSequence() {
    Random random = new Random(17);
    float[][] scores = new float[3][T];
    for (float[] row : scores) {
      for (int l = 0; l < T; l++) {
        row[l] = random.nextFloat() * 20 - 10;
      }
    }
    float[] transitions = new float[(T + 1) * T];
    for (int k = 0; k < transitions.length; k++) {
      transitions[k] = random.nextFloat() * 20 - 10;
    }
    double temperature = 4;
    double[][] expected = new double[3][T];
    double z = 0;
    for (int a = 0; a < T; a++) {
      for (int b = 0; b < T; b++) {
        for (int c = 0; c < T; c++) {
          int[] path = {a, b, c};
          double weight = pathWeight(path, scores, transitions, temperature);
          z += weight;
          for (int i = 0; i < 3; i++) {
            expected[i][path[i]] += weight;
          }
        }
      }
    }
    double[][] marginals = LabelLattice.marginals(scores, transitions, temperature);
    for (int i = 0; i < 3; i++) {
      for (int l = 0; l < T; l++) {
        assertThat(marginals[i][l]).isCloseTo(expected[i][l] / z, within(1e-9));
      }
    }
  }

  @Test
  void aLatticeOfAModelsTransitionsGivesWhatTheTransitionsGive() {
    Random random = new Random(23);
    float[] transitions = new float[(T + 1) * T];
    for (int k = 0; k < transitions.length; k++) {
      transitions[k] = random.nextFloat() * 6 - 3;
    }
    LabelLattice lattice = new LabelLattice(transitions, 16);
    for (int n = 1; n <= 12; n++) {
      float[][] scores = new float[n][T];
      for (float[] row : scores) {
        for (int l = 0; l < T; l++) {
          row[l] = random.nextFloat() * 10 - 5;
        }
      }

      assertThat(lattice.best(scores)).containsExactly(LabelLattice.best(scores, transitions));
      assertThat(lattice.marginals(scores))
          .isDeepEqualTo(LabelLattice.marginals(scores, transitions, 16));
    }
  }

  private static double pathWeight(
      int[] path, float[][] scores, float[] transitions, double temperature) {
    double log = 0;
    for (int i = 0; i < path.length; i++) {
      int prev = i == 0 ? -1 : path[i - 1];
      if (!NameLabels.allowed(prev, path[i])) {
        return 0;
      }
      log += transitions[(i == 0 ? T : prev) * T + path[i]] + scores[i][path[i]];
    }
    return Math.exp(log / temperature);
  }
}
