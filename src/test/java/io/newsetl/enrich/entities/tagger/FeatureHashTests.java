package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureHashTests {

  @ParameterizedTest
  @CsvSource({
    "l-1=, the",
    "s-1s0s1=, Xx|x|x",
    "stem=, مدينه",
    "w0=, Hewlett-Packard",
    "p1=, ''",
    "kb0=, B-PERSON"
  })
  void theHashOfAConcatenationComposesFromThePartsHashes(String prefix, String value) {
    long composed =
        FeatureHash.append(FeatureHash.of(prefix), FeatureHash.of(value), value.length());

    assertThat(composed).isEqualTo(FeatureHash.of(prefix + value));
  }

  @Test
  void composesAcrossValuesLongerThanThePrecomputedPowers() {
    String value = "x".repeat(200) + "y";

    assertThat(FeatureHash.append(FeatureHash.of("l0="), FeatureHash.of(value), value.length()))
        .isEqualTo(FeatureHash.of("l0=" + value));
  }

  @Test
  void appendsOneCharacter() {
    assertThat(FeatureHash.append(FeatureHash.of("c-1c0=12"), '|'))
        .isEqualTo(FeatureHash.of("c-1c0=12|"));
  }

  @Test
  void hashesOfSubstringsEqualHashesOfTheSubstrings() {
    assertThat(FeatureHash.of("washington", 6, 10)).isEqualTo(FeatureHash.of("gton"));
  }

  @Test
  void hashesAreBelowTheModulusAndDistinctForManySimilarStrings() {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      long h = FeatureHash.of("l0=" + i);
      assertThat(h).isBetween(0L, FeatureHash.MODULUS - 1);
      seen.add(h);
    }
    assertThat(seen).hasSize(100_000);
  }

  @Test
  void multipliesModuloTheMersennePrime() {
    long a = FeatureHash.MODULUS - 1;

    assertThat(FeatureHash.multiply(a, a)).isEqualTo(1);
    assertThat(FeatureHash.multiply(1L << 60, 2)).isEqualTo(1);
    assertThat(FeatureHash.multiply(123_456_789L, 987_654_321L))
        .isEqualTo(123_456_789L * 987_654_321L % FeatureHash.MODULUS);
  }
}
