package io.newsetl.enrich.entities.tagger;

/**
 * Receives the features of a sentence from {@link FeatureExtractor}, token after token: as strings
 * (for training) or as hashes looked up in a model (for tagging). A feature is a template's prefix
 * followed by values, several values separated by {@code |}.
 */
interface FeatureSink {

  /** The features that follow are those of token {@code i}. */
  void startToken(int i);

  /** The feature {@code template.prefix()} alone. */
  void emit(FeatureTemplate template);

  /** {@code template.prefix() + values.text(i)}. */
  void emit(FeatureTemplate template, FeatureValues values, int i);

  /** {@code template.prefix() + value.substring(from, to)}. */
  void emit(FeatureTemplate template, String value, int from, int to);

  /** {@code template.prefix() + a.text(i) + "|" + b.text(j)}. */
  void emit(FeatureTemplate template, FeatureValues a, int i, FeatureValues b, int j);

  /** {@code template.prefix() + v.text(i - 1) + "|" + v.text(i) + "|" + v.text(i + 1)}. */
  void emitAround(FeatureTemplate template, FeatureValues v, int i);
}
