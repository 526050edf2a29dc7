package io.newsetl.enrich.published;

import java.lang.Character.UnicodeScript;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive alternation of cue words that matches only as a whole word (not inside a
 * longer word of a script that separates words; Han characters may touch it). {@link #find} gives
 * the same matches as {@link Matcher#find()} but runs the pattern only where a word starts with the
 * first letter of one of the cue words, instead of at every character of the text. Immutable and
 * thread-safe.
 */
final class CuePattern {

  private static final String LETTER_OUTSIDE_HAN = "[\\p{L}&&[^\\p{IsHan}]]";

  private final Pattern pattern;
  private final String firstLetters;

  private CuePattern(Pattern pattern, String firstLetters) {
    this.pattern = pattern;
    this.firstLetters = firstLetters;
  }

  /**
   * The cue of {@code words}, alternatives separated by {@code |}, optionally wrapped in {@code
   * (?:…)} and followed by more pattern; every alternative starts with a literal letter.
   *
   * @throws IllegalArgumentException when an alternative does not start with a letter
   */
  static CuePattern of(String words) {
    Pattern pattern =
        Pattern.compile(
            "(?iu)(?<!" + LETTER_OUTSIDE_HAN + ")(?:" + words + ")(?!" + LETTER_OUTSIDE_HAN + ")");
    StringBuilder first = new StringBuilder();
    for (String alternative : words.replaceFirst("^\\(\\?:", "").split("\\|")) {
      char letter = alternative.isEmpty() ? ' ' : alternative.charAt(0);
      if (!Character.isLetter(letter)) {
        throw new IllegalArgumentException("a cue word must start with a letter: " + alternative);
      }
      first.append(letter).append(fold(letter));
    }
    return new CuePattern(pattern, first.toString());
  }

  /** A matcher of this cue over {@code text}, for {@link #find}. */
  Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true);
  }

  /**
   * Finds the first match that starts at or after {@code from}, as {@link Matcher#find()} would.
   *
   * @return whether there is one; if so, {@code matcher} holds it
   */
  boolean find(Matcher matcher, String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (mayStartAt(text, i)) {
        matcher.region(i, text.length());
        if (matcher.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  // The pattern compares a letter and its case fold; the look-behind refuses a letter before it.
  private boolean mayStartAt(String text, int i) {
    char c = text.charAt(i);
    if (firstLetters.indexOf(c) < 0 && firstLetters.indexOf(fold(c)) < 0) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isSurrogate(before)
        || !Character.isLetter(before)
        || UnicodeScript.of(before) == UnicodeScript.HAN;
  }

  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}
