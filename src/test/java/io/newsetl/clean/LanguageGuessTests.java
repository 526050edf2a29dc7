package io.newsetl.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGuessTests {

  @ParameterizedTest
  @CsvSource({"en, 0.0, true", "zh, 1.0, true", "und, 0.0, false", "ar, 0.5, true"})
  void acceptsIsoCodesAndConfidences(String language, double confidence, boolean determined) {
    assertThat(new LanguageGuess(language, confidence).isDetermined()).isEqualTo(determined);
  }

  @Test
  void undeterminedHasNoConfidence() {
    assertThat(LanguageGuess.undetermined()).isEqualTo(new LanguageGuess("und", 0));
  }

  @Nested
  class Errors {

    @ParameterizedTest
    @ValueSource(strings = {"", "EN", "eng", "en-US", "e", "12"})
    void rejectsOtherCodes(String language) {
      assertThatIllegalArgumentException().isThrownBy(() -> new LanguageGuess(language, 0.5));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsConfidenceOutsideZeroToOne(double confidence) {
      assertThatIllegalArgumentException().isThrownBy(() -> new LanguageGuess("en", confidence));
    }
  }
}
