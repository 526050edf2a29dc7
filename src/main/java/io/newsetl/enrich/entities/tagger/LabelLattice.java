package io.newsetl.enrich.entities.tagger;

/**
 * Best label sequence (Viterbi) and label marginals (forward-backward) over per-token label
 * scores and label-bigram scores, with IOB2's forbidden transitions excluded. Stateless.
 */
final class LabelLattice {

  private static final double NEG = -1e30;

  private LabelLattice() {}

  /**
   * The best labels.
   *
   * @param scores token × label scores
   * @param transitions (labels + 1) × labels bigram scores, the last row for the sentence start
   */
  static int[] best(float[][] scores, float[] transitions) {
    int n = scores.length;
    int t = BioLabels.COUNT;
    double[][] delta = new double[n][t];
    int[][] back = new int[n][t];
    for (int i = 0; i < n; i++) {
      for (int cur = 0; cur < t; cur++) {
        double best = NEG;
        for (int prev = i == 0 ? t : 0; prev < (i == 0 ? t + 1 : t); prev++) {
          double s = (i == 0 ? 0 : delta[i - 1][prev]) + edge(transitions, prev, cur);
          if (s > best) {
            best = s;
            back[i][cur] = prev;
          }
        }
        delta[i][cur] = best + scores[i][cur];
      }
    }
    int[] labels = new int[n];
    for (int cur = 1; cur < t; cur++) {
      if (delta[n - 1][cur] > delta[n - 1][labels[n - 1]]) {
        labels[n - 1] = cur;
      }
    }
    for (int i = n - 1; i > 0; i--) {
      labels[i - 1] = back[i][labels[i]];
    }
    return labels;
  }

  /** The marginal probability of each token's label, treating scores / temperature as log-potentials. */
  static double[][] marginals(float[][] rawScores, float[] rawTransitions, double temperature) {
    float[][] scores = new float[rawScores.length][];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = scaled(rawScores[i], temperature);
    }
    float[] transitions = scaled(rawTransitions, temperature);
    double[][] alpha = forward(scores, transitions);
    double[][] beta = backward(scores, transitions);
    int n = scores.length;
    double z = logSum(alpha[n - 1]);
    double[][] p = new double[n][BioLabels.COUNT];
    for (int i = 0; i < n; i++) {
      for (int cur = 0; cur < BioLabels.COUNT; cur++) {
        p[i][cur] = Math.min(1, Math.exp(alpha[i][cur] + beta[i][cur] - z));
      }
    }
    return p;
  }

  private static double[][] forward(float[][] scores, float[] transitions) {
    int t = BioLabels.COUNT;
    double[][] alpha = new double[scores.length][t];
    for (int i = 0; i < scores.length; i++) {
      for (int cur = 0; cur < t; cur++) {
        double[] terms = new double[i == 0 ? 1 : t];
        for (int k = 0; k < terms.length; k++) {
          terms[k] = i == 0 ? edge(transitions, t, cur) : alpha[i - 1][k] + edge(transitions, k, cur);
        }
        alpha[i][cur] = logSum(terms) + scores[i][cur];
      }
    }
    return alpha;
  }

  private static double[][] backward(float[][] scores, float[] transitions) {
    int t = BioLabels.COUNT;
    double[][] beta = new double[scores.length][t];
    for (int i = scores.length - 2; i >= 0; i--) {
      for (int cur = 0; cur < t; cur++) {
        double[] terms = new double[t];
        for (int next = 0; next < t; next++) {
          terms[next] = edge(transitions, cur, next) + scores[i + 1][next] + beta[i + 1][next];
        }
        beta[i][cur] = logSum(terms);
      }
    }
    return beta;
  }

  private static float[] scaled(float[] values, double temperature) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (float) (values[i] / temperature);
    }
    return out;
  }

  private static double edge(float[] transitions, int prev, int cur) {
    int t = BioLabels.COUNT;
    return BioLabels.allowed(prev == t ? -1 : prev, cur) ? transitions[prev * t + cur] : NEG;
  }

  private static double logSum(double[] values) {
    double max = NEG;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (max <= NEG) {
      return NEG;
    }
    double sum = 0;
    for (double v : values) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }
}
