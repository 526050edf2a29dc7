package io.newsetl.clean;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The outcome of language identification.
 *
 * @param language ISO 639-1 code in lower case, or {@value #UNDETERMINED} when the text gives no
 *     usable evidence (empty, digits and punctuation only, an unsupported script)
 * @param confidence from 0 (no evidence) to 1; short texts get lower values than long ones
 */
public record LanguageGuess(String language, double confidence) {

  /** The ISO 639-2 code for an undetermined language. */
  public static final String UNDETERMINED = "und";

  private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

  public LanguageGuess {
    Objects.requireNonNull(language, "language");
    if (!language.equals(UNDETERMINED) && !ISO_639_1.matcher(language).matches()) {
      throw new IllegalArgumentException("not an ISO 639-1 code: " + language);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }
  }

  /** No language identified, with confidence 0. */
  public static LanguageGuess undetermined() {
    return new LanguageGuess(UNDETERMINED, 0);
  }

  /** Whether a language was identified. */
  public boolean isDetermined() {
    return !language.equals(UNDETERMINED);
  }
}
