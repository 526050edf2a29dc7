package io.newsetl.enrich.entities.tagger;

/**
 * A {@link FeatureSink} that turns each feature into the {@link FeatureHash} of its string without
 * building the string: composed from the template's hash and the values' hashes, which {@link
 * FeatureValues} computes once per sentence.
 */
abstract class HashedFeatures implements FeatureSink {

  private static final char SEPARATOR = '|';

  /** Receives the hash of the next feature of the current token. */
  abstract void add(long hash);

  @Override
  public void emit(FeatureTemplate template) {
    add(template.hash());
  }

  @Override
  public void emit(FeatureTemplate template, FeatureValues values, int i) {
    add(append(template.hash(), values, i));
  }

  @Override
  public void emit(FeatureTemplate template, String value, int from, int to) {
    add(FeatureHash.append(template.hash(), FeatureHash.of(value, from, to), to - from));
  }

  @Override
  public void emit(FeatureTemplate template, FeatureValues a, int i, FeatureValues b, int j) {
    long h = FeatureHash.append(append(template.hash(), a, i), SEPARATOR);
    add(append(h, b, j));
  }

  @Override
  public void emitAround(FeatureTemplate template, FeatureValues v, int i) {
    long h = FeatureHash.append(append(template.hash(), v, i - 1), SEPARATOR);
    h = FeatureHash.append(append(h, v, i), SEPARATOR);
    add(append(h, v, i + 1));
  }

  private static long append(long h, FeatureValues values, int i) {
    return FeatureHash.append(h, values.hash(i), values.text(i).length());
  }
}
