package io.newsetl.enrich.entities.tagger;

/**
 * One value per token of a sentence (its lowercase form, its shape, its cluster ...) with the
 * value's {@link FeatureHash}, computed once per sentence; positions before and after the sentence
 * read as fixed values ({@code <s>} and {@code </s>} by default). A value may be absent (null). Not
 * thread-safe: one per sentence.
 */
final class FeatureValues {

  private final String[] texts;
  private final long[] hashes;
  private final String before;
  private final String after;
  private final long beforeHash;
  private final long afterHash;

  private FeatureValues(String[] texts, String before, String after) {
    this.texts = texts;
    this.hashes = new long[texts.length];
    for (int i = 0; i < texts.length; i++) {
      hashes[i] = texts[i] == null ? 0 : FeatureHash.of(texts[i]);
    }
    this.before = before;
    this.after = after;
    this.beforeHash = FeatureHash.of(before);
    this.afterHash = FeatureHash.of(after);
  }

  /** The values, with {@code <s>} before the sentence and {@code </s>} after it. */
  static FeatureValues of(String[] texts) {
    return new FeatureValues(texts, "<s>", "</s>");
  }

  /** The values, with {@code outside} before and after the sentence. */
  static FeatureValues of(String[] texts, String outside) {
    return new FeatureValues(texts, outside, outside);
  }

  /** The number of tokens. */
  int size() {
    return texts.length;
  }

  /** Whether token {@code i} is in the sentence and has a value. */
  boolean has(int i) {
    return i >= 0 && i < texts.length && texts[i] != null;
  }

  /** The value at {@code i}, the fixed values outside the sentence. */
  String text(int i) {
    return i < 0 ? before : i >= texts.length ? after : texts[i];
  }

  /** The hash of {@link #text}. */
  long hash(int i) {
    return i < 0 ? beforeHash : i >= texts.length ? afterHash : hashes[i];
  }
}
