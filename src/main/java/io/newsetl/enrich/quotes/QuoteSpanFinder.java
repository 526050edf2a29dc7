package io.newsetl.enrich.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quotations by their marks: “ ” « » „ “ ‚ ‘ ‘ ’ 「 」 『 』 and ASCII double quotes.
 * Nested quotations stay inside the outer one. A quotation ends at its paragraph (a line break)
 * unless the next paragraph opens with the same mark, the convention for quotes running over
 * several paragraphs. An opening mark without a closing one in its paragraph is ignored. Stateless.
 */
final class QuoteSpanFinder {

  /** Longer stretches between marks are almost always a stray mark, not a quotation. */
  static final int MAX_QUOTE_LENGTH = 6000;

  private QuoteSpanFinder() {}

  static List<QuoteSpan> find(String text) {
    List<QuoteSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      String closers = closersFor(text, i);
      QuoteSpan span = closers == null ? null : close(text, i, closers);
      if (span != null) {
        spans.add(span);
        i = span.end();
      } else {
        i++;
      }
    }
    return spans;
  }

  /** The closing marks for an opening mark at {@code i}, or null when none opens there. */
  private static String closersFor(String text, int i) {
    char c = text.charAt(i);
    return switch (c) {
      case '“' -> "”";
      case '„' -> "“”";
      case '«' -> "»";
      case '»' -> "«";
      case '‚' -> "‘’";
      case '「' -> "」";
      case '『' -> "』";
      case '‘', '"' ->
          afterNonWord(text, i) && beforeNonSpace(text, i) ? c == '"' ? "\"" : "’" : null;
      default -> null;
    };
  }

  private static QuoteSpan close(String text, int open, String closers) {
    char opener = text.charAt(open);
    StringBuilder words = new StringBuilder();
    int depth = 0;
    int limit = Math.min(text.length(), open + MAX_QUOTE_LENGTH);
    for (int i = open + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        int next = continuation(text, i, opener);
        if (next < 0) {
          return null;
        }
        words.append(text, i, next);
        i = next;
        continue;
      }
      if (closers.indexOf(c) >= 0 && closes(text, i, c)) {
        if (depth == 0) {
          return quote(open, i + 1, words.toString());
        }
        depth--;
      } else if (c == opener && opener != '"' && opener != '»') {
        depth++;
      }
      words.append(c);
    }
    return null;
  }

  /** After a line break inside a quote: where the words go on, or -1 when the quote is broken. */
  private static int continuation(String text, int newline, char opener) {
    int j = newline;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j < text.length() && text.charAt(j) == opener ? j : -1;
  }

  private static QuoteSpan quote(int start, int end, String words) {
    // "“We will respond,” he said": the comma belongs to the sentence, not to the words.
    String raw = words.strip();
    String stripped = raw.replaceFirst("[,،，]$", "").strip();
    char lastMark = raw.isEmpty() ? ' ' : raw.charAt(raw.length() - 1);
    return stripped.codePoints().anyMatch(Character::isLetter)
        ? new QuoteSpan(start, end, stripped, lastMark)
        : null;
  }

  /** A right single quote followed by a letter is an apostrophe ("don’t"), not a closing mark. */
  private static boolean closes(String text, int i, char c) {
    if (c != '’' && c != '"') {
      return true;
    }
    return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean afterNonWord(String text, int i) {
    return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static boolean beforeNonSpace(String text, int i) {
    return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
  }
}
