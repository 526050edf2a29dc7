package io.newsetl.enrich.entities.tagger;

/**
 * Best label sequence (Viterbi) and label marginals (forward-backward) over per-token label scores
 * and label-bigram scores, with the forbidden BILOU transitions excluded. An instance holds the
 * bigram scores of a model, with forbidden transitions and their potentials worked out once.
 * Immutable and thread-safe.
 */
final class LabelLattice {

  private static final double NEG = -1e30;

  // per label, the labels that may come before it and after it (ascending), and whether it may
  // start a sentence: the loops visit only allowed transitions (the others score NEG or 0)
  private static final int[][] PREVIOUS = neighbours(true);
  private static final int[][] NEXT = neighbours(false);

  private final double[] edges;
  private final double[] edgePotentials;
  private final double temperature;

  /**
   * The lattice of {@code transitions}, (labels + 1) × labels bigram scores, the last row for the
   * sentence start; {@code temperature} divides the scores for the marginals.
   */
  LabelLattice(float[] transitions, double temperature) {
    this.edges = edges(transitions);
    this.edgePotentials = potentials(transitions, temperature, true);
    this.temperature = temperature;
  }

  /**
   * The best labels.
   *
   * @param scores token × label scores
   * @param transitions (labels + 1) × labels bigram scores, the last row for the sentence start
   */
  static int[] best(float[][] scores, float[] transitions) {
    return best(scores, edges(transitions));
  }

  /**
   * The best labels of token × label {@code scores}; only the first {@link NameLabels#COUNT} scores
   * of each token are read.
   */
  int[] best(float[][] scores) {
    return best(scores, edges);
  }

  private static int[] best(float[][] scores, double[] edges) {
    int n = scores.length;
    int t = NameLabels.COUNT;
    double[][] delta = new double[n][t];
    int[][] back = new int[n][t];
    for (int cur = 0; cur < t; cur++) {
      delta[0][cur] = edges[t * t + cur] + scores[0][cur];
    }
    for (int i = 1; i < n; i++) {
      for (int cur = 0; cur < t; cur++) {
        double best = NEG;
        for (int prev : PREVIOUS[cur]) {
          double s = delta[i - 1][prev] + edges[prev * t + cur];
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

  /**
   * The marginal probability of each token's label, treating scores / temperature as
   * log-potentials. Forward-backward in probability space, rescaled at every token, so that each
   * token costs one exponential per label instead of one per label pair.
   */
  static double[][] marginals(float[][] scores, float[] transitions, double temperature) {
    return marginals(scores, potentials(transitions, temperature, true), temperature);
  }

  /** {@link #marginals(float[][], float[], double)} with this lattice's transitions. */
  double[][] marginals(float[][] scores) {
    return marginals(scores, edgePotentials, temperature);
  }

  private static double[][] marginals(float[][] scores, double[] edges, double temperature) {
    int n = scores.length;
    int t = NameLabels.COUNT;
    double[][] nodes = new double[n][];
    for (int i = 0; i < n; i++) {
      nodes[i] = potentials(scores[i], temperature, false);
    }
    double[][] alpha = new double[n][t];
    for (int i = 0; i < n; i++) {
      for (int cur = 0; cur < t; cur++) {
        double sum = 0;
        if (i == 0) {
          sum = edges[t * t + cur];
        } else {
          for (int prev : PREVIOUS[cur]) {
            sum += alpha[i - 1][prev] * edges[prev * t + cur];
          }
        }
        alpha[i][cur] = sum * nodes[i][cur];
      }
      normalize(alpha[i]);
    }
    double[][] beta = new double[n][t];
    java.util.Arrays.fill(beta[n - 1], 1);
    for (int i = n - 2; i >= 0; i--) {
      for (int cur = 0; cur < t; cur++) {
        double sum = 0;
        for (int next : NEXT[cur]) {
          sum += edges[cur * t + next] * nodes[i + 1][next] * beta[i + 1][next];
        }
        beta[i][cur] = sum;
      }
      normalize(beta[i]);
    }
    for (int i = 0; i < n; i++) {
      for (int cur = 0; cur < t; cur++) {
        alpha[i][cur] *= beta[i][cur];
      }
      normalize(alpha[i]);
    }
    return alpha;
  }

  // exp(value / temperature), shifted by the maximum (over allowed transitions only when the
  // values are the (labels + 1) × labels transition table, whose forbidden BILOU entries get 0).
  private static double[] potentials(float[] values, double temperature, boolean table) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < values.length; k++) {
      if (!table || allowed(k)) {
        max = Math.max(max, values[k]);
      }
    }
    double[] out = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      out[k] = !table || allowed(k) ? Math.exp((values[k] - max) / temperature) : 0;
    }
    return out;
  }

  private static boolean allowed(int transition) {
    int t = NameLabels.COUNT;
    int prev = transition / t;
    return NameLabels.allowed(prev == t ? -1 : prev, transition % t);
  }

  private static void normalize(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    if (sum > 0) {
      for (int k = 0; k < values.length; k++) {
        values[k] /= sum;
      }
    }
  }

  private static int[][] neighbours(boolean before) {
    int t = NameLabels.COUNT;
    int[][] out = new int[t][];
    for (int label = 0; label < t; label++) {
      int[] found = new int[t];
      int k = 0;
      for (int other = 0; other < t; other++) {
        if (before ? NameLabels.allowed(other, label) : NameLabels.allowed(label, other)) {
          found[k++] = other;
        }
      }
      out[label] = java.util.Arrays.copyOf(found, k);
    }
    return out;
  }

  // the transition scores with forbidden transitions at NEG
  private static double[] edges(float[] transitions) {
    int t = NameLabels.COUNT;
    double[] edges = new double[transitions.length];
    for (int prev = 0; prev <= t; prev++) {
      for (int cur = 0; cur < t; cur++) {
        edges[prev * t + cur] = edge(transitions, prev, cur);
      }
    }
    return edges;
  }

  private static double edge(float[] transitions, int prev, int cur) {
    int t = NameLabels.COUNT;
    return NameLabels.allowed(prev == t ? -1 : prev, cur) ? transitions[prev * t + cur] : NEG;
  }
}
