package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.NameNormalizer;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of Arabic words compared on their folded forms, which a text word matches with or without a
 * clitic prefix (بالجنيه, ونيسان). Immutable and thread-safe.
 */
final class ArabicWordSet {

  private final Set<String> folded;

  private ArabicWordSet(Set<String> folded) {
    this.folded = folded;
  }

  /** The set of {@code words}, separated by spaces. */
  static ArabicWordSet of(String words) {
    return new ArabicWordSet(
        Arrays.stream(words.split(" "))
            .map(NameNormalizer::fold)
            .collect(Collectors.toUnmodifiableSet()));
  }

  /** Whether {@code word}, folded, or one of its readings without a clitic prefix is in the set. */
  boolean contains(String word) {
    return NameNormalizer.arabicReadings(NameNormalizer.fold(word)).stream()
        .anyMatch(folded::contains);
  }
}
