package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FeatureSink} that spells each feature out as a string: one list of feature strings per
 * token, as training counts and indexes them. Not thread-safe: one per sentence.
 */
final class FeatureStrings implements FeatureSink {

  private final List<List<String>> tokens = new ArrayList<>();
  private List<String> current;

  /** The features of each token received so far, in order. */
  List<List<String>> tokens() {
    return tokens;
  }

  @Override
  public void startToken(int i) {
    current = new ArrayList<>(64);
    tokens.add(current);
  }

  @Override
  public void emit(FeatureTemplate template) {
    current.add(template.prefix());
  }

  @Override
  public void emit(FeatureTemplate template, FeatureValues values, int i) {
    current.add(template.prefix() + values.text(i));
  }

  @Override
  public void emit(FeatureTemplate template, String value, int from, int to) {
    current.add(template.prefix() + value.substring(from, to));
  }

  @Override
  public void emit(FeatureTemplate template, FeatureValues a, int i, FeatureValues b, int j) {
    current.add(template.prefix() + a.text(i) + "|" + b.text(j));
  }

  @Override
  public void emitAround(FeatureTemplate template, FeatureValues v, int i) {
    current.add(template.prefix() + v.text(i - 1) + "|" + v.text(i) + "|" + v.text(i + 1));
  }
}
