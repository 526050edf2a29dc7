package io.newsetl.clean;

import java.lang.Character.UnicodeScript;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Objects;

/**
 * Counts the words of a text in any script.
 *
 * <p>Words are found with the {@link BreakIterator} word rules for {@link Locale#ROOT}; a segment
 * is a word when it holds a letter or a digit, so punctuation and spaces never count, while {@code
 * don't}, {@code year-on-year} and {@code 3.0%} count once. Scripts written without spaces between
 * words are handled apart: every Han ideograph and every kana counts as a word (the usual measure
 * for Chinese and Japanese), and Thai, Lao, Khmer and Myanmar runs are split with the
 * dictionary-based Thai rules (exact for Thai, one word per run for scripts they do not cover).
 *
 * <p>Thread-safe; returns 0 for blank text.
 */
public final class WordCounter {

  private static final Locale THAI = Locale.forLanguageTag("th");

  /** The number of words in {@code text}. */
  public int count(String text) {
    Objects.requireNonNull(text, "text");
    return count(text, BreakIterator.getWordInstance(Locale.ROOT), true);
  }

  private static int count(String text, BreakIterator words, boolean splitSoutheastAsian) {
    words.setText(text);
    int count = 0;
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      count += wordsIn(text.substring(start, end), splitSoutheastAsian);
    }
    return count;
  }

  private static int wordsIn(String segment, boolean splitSoutheastAsian) {
    int ideographs = 0;
    boolean other = false;
    boolean southeastAsian = false;
    for (int i = 0; i < segment.length(); ) {
      int cp = segment.codePointAt(i);
      i += Character.charCount(cp);
      if (CjkCharacters.isIdeographic(cp)) {
        ideographs++;
      } else if (Character.isLetterOrDigit(cp)) {
        other = true;
        southeastAsian |= isSoutheastAsian(cp);
      }
    }
    if (southeastAsian && splitSoutheastAsian) {
      return ideographs + count(segment, BreakIterator.getWordInstance(THAI), false);
    }
    return ideographs + (other ? 1 : 0);
  }

  private static boolean isSoutheastAsian(int cp) {
    UnicodeScript script = UnicodeScripts.of(cp);
    return script == UnicodeScript.THAI
        || script == UnicodeScript.LAO
        || script == UnicodeScript.KHMER
        || script == UnicodeScript.MYANMAR;
  }
}
