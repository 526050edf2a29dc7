package io.newsetl.ingest.html;

import java.util.Optional;

/**
 * Tells whether a piece of text is the page's title again, or most of it (a heading without the
 * site name the title carries). Compares letters and digits only. Matches nothing when the page has
 * no title. Immutable.
 */
final class TitleMatcher {

  private static final int MAX_TITLE_LENGTH = 400;

  private final String title;

  TitleMatcher(Optional<String> title) {
    this.title = title.map(BodyMatcher::letters).orElse("");
  }

  boolean matches(String text) {
    if (title.isEmpty() || text.length() > MAX_TITLE_LENGTH) {
      return false;
    }
    String letters = BodyMatcher.letters(text);
    if (letters.isEmpty()) {
      return false;
    }
    return letters.equals(title)
        || title.contains(letters) && letters.length() >= 0.6 * title.length()
        || letters.contains(title) && title.length() >= 0.8 * letters.length();
  }
}
