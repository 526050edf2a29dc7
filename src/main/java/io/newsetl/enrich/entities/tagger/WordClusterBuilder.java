package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds word clusters from unlabeled sentences: each frequent word gets a vector of its left and
 * right neighbours among the most frequent words (Hellinger-weighted counts, randomly projected to
 * {@value #DIMENSIONS} dimensions), and two-level spherical k-means groups the vectors into {@value
 * #COARSE} coarse clusters of {@value #FAN_OUT} fine ones. Deterministic for a given input order.
 * Not thread-safe.
 */
public final class WordClusterBuilder {

  static final int COARSE = 64;
  static final int FAN_OUT = 16;
  static final int DIMENSIONS = 64;
  private static final int CONTEXTS = 400;
  private static final int MIN_COUNT = 3;
  private static final int MAX_WORDS = 60_000;

  private final Map<String, Integer> counts = new HashMap<>();
  private final List<String[]> sentences = new ArrayList<>();

  /** Adds one sentence of cluster keys. */
  public void add(List<String> keys) {
    String[] s = keys.toArray(String[]::new);
    for (String k : s) {
      counts.merge(k, 1, Integer::sum);
    }
    sentences.add(s);
  }

  /** The clusters of the words seen at least three times (at most 60,000, most frequent first). */
  public WordClusters build() {
    return build(0);
  }

  /**
   * {@link #build()} with the random projection and k-means seeded for ensemble member {@code
   * member} (0: as {@link #build()}), so that members cluster the same words differently.
   */
  public WordClusters build(int member) {
    List<String> byFrequency =
        counts.entrySet().stream()
            .filter(e -> e.getValue() >= MIN_COUNT)
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_WORDS)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, Integer> index = new HashMap<>();
    for (String w : byFrequency) {
      index.put(w, index.size());
    }
    float[][] vectors = project(contextCounts(index, byFrequency.size()), member);
    int[] fine = KMeans.twoLevel(vectors, COARSE, FAN_OUT, new Random(42 + member));
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < byFrequency.size(); i++) {
      ids.put(byFrequency.get(i), fine[i]);
    }
    return new WordClusters(ids);
  }

  private float[][] contextCounts(Map<String, Integer> index, int words) {
    float[][] counts = new float[words][2 * CONTEXTS];
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer w = index.get(s[i]);
        if (w == null) {
          continue;
        }
        Integer left = i > 0 ? index.get(s[i - 1]) : Integer.valueOf(0);
        Integer right = i + 1 < s.length ? index.get(s[i + 1]) : Integer.valueOf(0);
        if (left != null && left < CONTEXTS) {
          counts[w][left]++;
        }
        if (right != null && right < CONTEXTS) {
          counts[w][CONTEXTS + right]++;
        }
      }
    }
    return counts;
  }

  private static float[][] project(float[][] counts, int member) {
    Random random = new Random(7 + member);
    float[][] projection = new float[2 * CONTEXTS][DIMENSIONS];
    for (float[] row : projection) {
      for (int d = 0; d < DIMENSIONS; d++) {
        row[d] = (float) random.nextGaussian();
      }
    }
    float[][] vectors = new float[counts.length][];
    for (int w = 0; w < counts.length; w++) {
      float total = 0;
      for (float c : counts[w]) {
        total += c;
      }
      float[] v = new float[DIMENSIONS];
      for (int c = 0; c < counts[w].length && total > 0; c++) {
        if (counts[w][c] > 0) {
          KMeans.addScaled(v, projection[c], (float) Math.sqrt(counts[w][c] / total));
        }
      }
      vectors[w] = KMeans.normalize(v);
      counts[w] = null;
    }
    return vectors;
  }
}
