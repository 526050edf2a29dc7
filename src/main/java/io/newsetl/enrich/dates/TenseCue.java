package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;

/**
 * Reads whether an expression stands in a future-tense clause: the nearest tense marker before it
 * in the same sentence is a future auxiliary ("will", "سوف", "wird", "将") rather than a past one
 * ("said", "was").
 */
final class TenseCue {

  private static final int WINDOW = 15;

  private TenseCue() {}

  static boolean future(Scan s, int first) {
    for (int k = first - 1; k >= 0 && k >= first - WINDOW; k--) {
      if (sentenceEnd(s, k)) {
        return false;
      }
      if (s.has(k, Category.FUTURE)) {
        return true;
      }
      if (s.has(k, Category.PAST)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Sentence punctuation; a full stop after an initial or a short abbreviation ("P.", "Mr.") is
   * not.
   */
  private static boolean sentenceEnd(Scan s, int k) {
    Token t = s.token(k);
    if (t.kind() != Token.Kind.PUNCT
        || "!?;\u061F\u3002\uFF01\uFF1F.".indexOf(t.text().charAt(0)) < 0) {
      return false;
    }
    return !t.is('.') || k == 0 || s.isNumber(k - 1) || s.token(k - 1).text().length() > 2;
  }
}
