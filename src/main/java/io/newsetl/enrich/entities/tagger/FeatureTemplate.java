package io.newsetl.enrich.entities.tagger;

import java.util.Arrays;

/**
 * The fixed start of a feature string ({@code "l-1="}, {@code "shape="}, or a whole feature such as
 * {@code "allcaps"}) with its {@link FeatureHash}. Immutable.
 */
record FeatureTemplate(String prefix, long hash) {

  /** The template of a prefix. */
  static FeatureTemplate of(String prefix) {
    return new FeatureTemplate(prefix, FeatureHash.of(prefix));
  }

  /** The templates of several prefixes, in order (one per window position, say). */
  static FeatureTemplate[] all(String... prefixes) {
    return Arrays.stream(prefixes).map(FeatureTemplate::of).toArray(FeatureTemplate[]::new);
  }
}
