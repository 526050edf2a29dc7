package io.newsetl.clean;

import java.util.Optional;

/** Interim detector by script. */
public final class LanguageDetector {

  public LanguageGuess detect(String text) {
    return detect(text, Optional.empty());
  }

  public LanguageGuess detect(String text, Optional<String> hint) {
    long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
    long letters = text.codePoints().filter(Character::isLetter).count();
    if (letters == 0) {
      return new LanguageGuess("und", 0);
    }
    return arabic * 2 > letters ? new LanguageGuess("ar", 0.9) : new LanguageGuess(hint.orElse("en"), 0.5);
  }
}
