package io.newsetl.enrich.entities.tagger;

/**
 * A {@link FeatureSink} that adds the weights of each feature a model knows to its token's label
 * scores, without building feature strings: each feature's {@link FeatureHash} is composed from the
 * template's and the values' hashes and looked up in the model's {@link FeatureTable}. Not
 * thread-safe: one per sentence.
 */
final class FeatureScorer implements FeatureSink {

  private static final long SEPARATOR = '|';

  private final FeatureTable table;
  private final float[] weights;
  private final float[][] scores;
  private float[] current;

  /**
   * A scorer that fills {@code scores} (token × label) from {@code weights} (feature id × label).
   */
  FeatureScorer(FeatureTable table, float[] weights, float[][] scores) {
    this.table = table;
    this.weights = weights;
    this.scores = scores;
  }

  @Override
  public void startToken(int i) {
    current = scores[i];
  }

  @Override
  public void emit(FeatureTemplate template) {
    add(template.hash());
  }

  @Override
  public void emit(FeatureTemplate template, FeatureValues values, int i) {
    add(FeatureHash.append(template.hash(), values.hash(i), values.text(i).length()));
  }

  @Override
  public void emit(FeatureTemplate template, String value, int from, int to) {
    add(FeatureHash.append(template.hash(), FeatureHash.of(value, from, to), to - from));
  }

  @Override
  public void emit(FeatureTemplate template, FeatureValues a, int i, FeatureValues b, int j) {
    long h = FeatureHash.append(template.hash(), a.hash(i), a.text(i).length());
    h = FeatureHash.append(h, SEPARATOR, 1);
    add(FeatureHash.append(h, b.hash(j), b.text(j).length()));
  }

  @Override
  public void emitAround(FeatureTemplate template, FeatureValues v, int i) {
    long h = FeatureHash.append(template.hash(), v.hash(i - 1), v.text(i - 1).length());
    h = FeatureHash.append(h, SEPARATOR, 1);
    h = FeatureHash.append(h, v.hash(i), v.text(i).length());
    h = FeatureHash.append(h, SEPARATOR, 1);
    add(FeatureHash.append(h, v.hash(i + 1), v.text(i + 1).length()));
  }

  private void add(long hash) {
    int id = table.id(hash);
    if (id >= 0) {
      int t = current.length;
      int base = id * t;
      for (int l = 0; l < t; l++) {
        current[l] += weights[base + l];
      }
    }
  }
}
