package io.newsetl.enrich.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries outside quotations: a line break, or ". ! ? ؟ 。" followed by a space (no
 * space needed after Chinese marks). A full stop after a capitalized abbreviation of up to three
 * letters ("Mr.", "U.S.") is not a boundary. Stateless.
 */
final class Sentences {

  private Sentences() {}

  /** Start offsets of the sentences, the first being 0, in order; blank lines are no sentences. */
  static int[] starts(String text, List<QuoteSpan> quotes) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    boolean content = false;
    int q = 0;
    for (int i = 0; i < text.length(); i++) {
      while (q < quotes.size() && quotes.get(q).end() <= i) {
        q++;
      }
      if (q < quotes.size() && quotes.get(q).start() <= i) {
        i = quotes.get(q).end() - 1;
        content = true;
        continue;
      }
      if (content && endsSentence(text, i)) {
        starts.add(i + 1);
        content = false;
      } else if (!Character.isWhitespace(text.charAt(i))) {
        content = true;
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Index of the sentence containing {@code offset}. */
  static int indexOf(int[] starts, int offset) {
    int low = 0;
    int high = starts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  static int end(int[] starts, int index, int textLength) {
    return index + 1 < starts.length ? starts[index + 1] : textLength;
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '。' || c == '！' || c == '？') {
      return true;
    }
    if (".!?؟…".indexOf(c) < 0) {
      return false;
    }
    boolean spaceAfter = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
    return spaceAfter && !(c == '.' && abbreviation(text, i));
  }

  private static boolean abbreviation(String text, int period) {
    int start = period;
    while (start > 0
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, period).replace(".", "");
    return !word.isEmpty() && word.length() <= 3 && Character.isUpperCase(word.charAt(0));
  }
}
