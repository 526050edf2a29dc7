package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags with a two-pass model at the cost of little more than one pass. The second pass is a model
 * with the first pass's features plus those of the first pass's labels ({@link FirstPassLabels}),
 * so both passes score the same features: one table holds, per feature of either pass, the first
 * pass's label weights followed by the second pass's (0 for a feature a pass does not have), and
 * one lookup per feature scores both passes. The first pass's labels (its Viterbi) then give the
 * label features, whose weights are a small dense array, and the second pass's label-bigram scores
 * decode the result. Scores are exactly those of the two models scored one after the other. The
 * weights of a model read from a file take 16 bits each in the table (see {@link
 * FeatureTable#ofStoredWeights}). Immutable and thread-safe.
 */
final class SecondPass {

  private static final int T = NameLabels.COUNT;

  private final FeatureTable table;
  private final float[] labelWeights;
  private final LabelLattice lattice;

  /**
   * The second pass of {@code first} (features by id and their feature id × label weights) and
   * {@code second} (the same for the second pass, label features included), decoded with {@code
   * lattice}.
   *
   * @throws IllegalArgumentException when two features have the same hash
   */
  SecondPass(
      Map<String, Integer> first,
      float[] firstWeights,
      Map<String, Integer> second,
      float[] secondWeights,
      LabelLattice lattice) {
    Map<String, Integer> labelFeatures = new HashMap<>();
    for (int f = 0; f < FirstPassLabels.COUNT; f++) {
      labelFeatures.put(FirstPassLabels.TEMPLATES[f].prefix(), f);
    }
    this.labelWeights = new float[FirstPassLabels.COUNT * T];
    second.forEach(
        (feature, id) -> {
          Integer f = labelFeatures.get(feature);
          if (f != null) {
            System.arraycopy(secondWeights, id * T, labelWeights, f * T, T);
          }
        });
    this.table = table(first, firstWeights, second, secondWeights, labelFeatures.keySet());
    this.lattice = lattice;
  }

  // the weights of both passes per feature of either, but for the second pass's label features
  private static FeatureTable table(
      Map<String, Integer> first,
      float[] firstWeights,
      Map<String, Integer> second,
      float[] secondWeights,
      Set<String> labelFeatures) {
    Set<String> all = new HashSet<>(first.keySet());
    second.keySet().stream().filter(f -> !labelFeatures.contains(f)).forEach(all::add);
    // a model read from a file has only storable weights: half the memory, the same scores
    FeatureTable table =
        storable(firstWeights) && storable(secondWeights)
            ? FeatureTable.ofStoredWeights(all.size(), 2 * T)
            : new FeatureTable(all.size(), 2 * T);
    float[] both = new float[2 * T];
    for (String feature : all) {
      copyOrClear(firstWeights, first.get(feature), both, 0);
      copyOrClear(secondWeights, second.get(feature), both, T);
      table.put(FeatureHash.of(feature), both, 0);
    }
    return table;
  }

  private static boolean storable(float[] weights) {
    for (float w : weights) {
      if (!FeatureTable.storable(w)) {
        return false;
      }
    }
    return true;
  }

  // the T weights of feature id from weights, or zeros when id is null, to target[at...]
  private static void copyOrClear(float[] weights, Integer id, float[] target, int at) {
    if (id == null) {
      Arrays.fill(target, at, at + T, 0f);
    } else {
      System.arraycopy(weights, id * T, target, at, T);
    }
  }

  /** The lattice that decodes the second pass's scores. */
  LabelLattice lattice() {
    return lattice;
  }

  /**
   * The second pass's token × label scores of each of the consecutive sentences of one text, with
   * {@code extractor}'s features and the first pass's labels decoded by {@code first}.
   */
  float[][][] scoresOfText(
      FeatureExtractor extractor, List<List<String>> sentences, LabelLattice first) {
    float[][][] both = new float[sentences.size()][][];
    List<FeatureValues> keys =
        extractor.extractText(
            sentences,
            s -> {
              both[s] = new float[sentences.get(s).size()][2 * T];
              return new FeatureScorer(table, both[s]);
            });
    return second(both, keys, first);
  }

  /** {@link #scoresOfText} of a single sentence. */
  float[][] scores(FeatureExtractor extractor, List<String> tokens, LabelLattice first) {
    float[][] both = new float[tokens.size()][2 * T];
    FeatureValues keys = extractor.extract(tokens, new FeatureScorer(table, both));
    return second(new float[][][] {both}, List.of(keys), first)[0];
  }

  // splits the scores of both passes, decodes the first and adds its label features to the second
  private float[][][] second(float[][][] both, List<FeatureValues> keys, LabelLattice first) {
    float[][][] second = new float[both.length][][];
    List<int[]> labels = new ArrayList<>(both.length);
    for (int s = 0; s < both.length; s++) {
      int n = both[s].length;
      second[s] = new float[n][];
      for (int i = 0; i < n; i++) {
        second[s][i] = Arrays.copyOfRange(both[s][i], T, 2 * T);
      }
      // the first pass's scores are the first T of each token's
      labels.add(n == 0 ? new int[0] : first.best(both[s]));
    }
    FirstPassLabels.of(
        keys,
        labels,
        (s, i, f) -> {
          float[] token = second[s][i];
          for (int l = 0; l < T; l++) {
            token[l] += labelWeights[f * T + l];
          }
        });
    return second;
  }
}
