package io.newsetl.enrich.entities.tagger;

/**
 * Adds the weights of each feature a model knows to its token's label scores, without building
 * feature strings: each feature's hash (see {@link HashedFeatures}) is looked up in the model's
 * {@link FeatureTable}. Not thread-safe: one per sentence.
 */
final class FeatureScorer extends HashedFeatures {

  private final FeatureTable table;
  private final float[][] scores;
  private float[] current;

  /** A scorer that fills {@code scores} (token × label) from the weights of {@code table}. */
  FeatureScorer(FeatureTable table, float[][] scores) {
    this.table = table;
    this.scores = scores;
  }

  @Override
  public void startToken(int i) {
    current = scores[i];
  }

  @Override
  void add(long hash) {
    table.addTo(hash, current);
  }
}
