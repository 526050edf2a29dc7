package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Spherical k-means over unit vectors, flat and two-level. Stateless and thread-safe. */
final class KMeans {

  private static final int ITERATIONS = 12;

  private KMeans() {}

  /**
   * A fine cluster per vector: {@code coarse} clusters, each split into {@code fanOut}; the fine id
   * is {@code coarseId * fanOut + subId}.
   */
  static int[] twoLevel(float[][] vectors, int coarse, int fanOut, Random random) {
    int[] top = cluster(vectors, coarse, random);
    int[] fine = new int[vectors.length];
    for (int c = 0; c < coarse; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < vectors.length; i++) {
        if (top[i] == c) {
          members.add(i);
        }
      }
      float[][] sub = new float[members.size()][];
      for (int m = 0; m < sub.length; m++) {
        sub[m] = vectors[members.get(m)];
      }
      int[] subIds = cluster(sub, fanOut, random);
      for (int m = 0; m < sub.length; m++) {
        fine[members.get(m)] = c * fanOut + subIds[m];
      }
    }
    return fine;
  }

  /** A cluster id in [0, k) per vector; with fewer vectors than k each is its own cluster. */
  static int[] cluster(float[][] vectors, int k, Random random) {
    int[] assignment = new int[vectors.length];
    if (vectors.length <= k) {
      for (int i = 0; i < vectors.length; i++) {
        assignment[i] = i;
      }
      return assignment;
    }
    float[][] centroids = new float[k][];
    for (int c = 0; c < k; c++) {
      centroids[c] = vectors[random.nextInt(vectors.length)].clone();
    }
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      for (int i = 0; i < vectors.length; i++) {
        assignment[i] = nearest(vectors[i], centroids);
      }
      float[][] sums = new float[k][vectors[0].length];
      for (int i = 0; i < vectors.length; i++) {
        addScaled(sums[assignment[i]], vectors[i], 1);
      }
      for (int c = 0; c < k; c++) {
        centroids[c] = normalize(sums[c]);
      }
    }
    return assignment;
  }

  private static int nearest(float[] v, float[][] centroids) {
    int best = 0;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      float s = 0;
      for (int d = 0; d < v.length; d++) {
        s += v[d] * centroids[c][d];
      }
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return best;
  }

  static void addScaled(float[] target, float[] v, float scale) {
    for (int d = 0; d < v.length; d++) {
      target[d] += scale * v[d];
    }
  }

  /** The vector scaled to unit length, in place; a zero vector stays zero. */
  static float[] normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < v.length; d++) {
        v[d] *= inv;
      }
    }
    return v;
  }
}
