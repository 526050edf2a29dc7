package io.newsetl.enrich.entities.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into the words names are matched on: runs of letters, digits and combining marks;
 * each Han or kana character alone. Stateless and thread-safe.
 */
public final class NameTokenizer {

  /**
   * Punctuation that no name runs across. A full stop after a one- or two-letter word does not
   * count.
   */
  private static final String BREAKS = ".!?;:,،؛。，、！？；：\n\r\t()[]{}\"“”«»„‘’|/";

  private NameTokenizer() {}

  /** The words of {@code text}, in order. */
  public static List<NameToken> tokenize(String text) {
    List<NameToken> tokens = new ArrayList<>();
    int i = 0;
    int previousEnd = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (isHan(cp)) {
        add(tokens, text, i, i + width, previousEnd, true);
        previousEnd = i + width;
        i += width;
      } else if (isWordChar(cp)) {
        int end = wordEnd(text, i + width);
        add(tokens, text, i, end, previousEnd, false);
        previousEnd = end;
        i = end;
      } else {
        i += width;
      }
    }
    return tokens;
  }

  private static int wordEnd(String text, int from) {
    int end = from;
    while (end < text.length()) {
      int next = text.codePointAt(end);
      if (!isWordChar(next) || isHan(next)) {
        break;
      }
      end += Character.charCount(next);
    }
    return end;
  }

  private static void add(
      List<NameToken> tokens, String text, int start, int end, int previousEnd, boolean han) {
    String folded = NameNormalizer.fold(text.substring(start, end));
    boolean hardBreak =
        !tokens.isEmpty() && breaks(text, previousEnd, start, tokens.get(tokens.size() - 1));
    tokens.add(
        new NameToken(start, end, folded, NameNormalizer.keyOfFolded(folded), han, hardBreak));
  }

  private static boolean breaks(String text, int from, int to, NameToken previous) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' && previous.end() - previous.start() <= 2 && !previous.han()) {
        continue;
      }
      if (BREAKS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  static boolean isWordChar(int cp) {
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static boolean isHan(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
