package io.newsetl.pipeline;

import java.util.Optional;

/**
 * An article's title and text joined as one text, title first, a blank line between them, so that
 * entity extraction reads both together (a surname in the text takes the full name the title
 * gives); and the way back from an offset of the joined text to the title or the text.
 *
 * @param joined the title, a blank line and the text; the text alone when there is no title
 * @param titleEnd the end of the title in {@code joined}; 0 without a title
 * @param textStart where the text starts in {@code joined}
 */
record TitleAndText(String joined, int titleEnd, int textStart) {

  private static final String SEPARATOR = "\n\n";

  static TitleAndText of(Optional<String> title, String text) {
    String t = title.orElse("");
    if (t.isEmpty()) {
      return new TitleAndText(text, 0, 0);
    }
    return new TitleAndText(t + SEPARATOR + text, t.length(), t.length() + SEPARATOR.length());
  }

  /** Whether the span of {@code joined} from {@code start} to {@code end} lies in the title. */
  boolean inTitle(int start, int end) {
    return start < end && end <= titleEnd;
  }

  /** Whether a span of {@code joined} starting at {@code start} lies in the text. */
  boolean inText(int start) {
    return start >= textStart;
  }
}
