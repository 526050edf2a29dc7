package io.newsetl.ingest.html;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells whether a block's text is part of the article body a page declares in its metadata (JSON-LD
 * {@code articleBody}), comparing letters and digits only. Matches nothing when no body is
 * declared. Immutable.
 */
final class BodyMatcher {

  private static final int MIN_LETTERS = 20;

  private final String body;

  BodyMatcher(Optional<String> declaredBody) {
    this.body = declaredBody.map(BodyMatcher::letters).orElse("");
  }

  boolean matches(String text) {
    if (body.isEmpty()) {
      return false;
    }
    String letters = letters(text);
    return letters.length() >= MIN_LETTERS && body.contains(letters);
  }

  static String letters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
