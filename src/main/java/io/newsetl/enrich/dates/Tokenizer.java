package io.newsetl.enrich.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into words, digit runs and single punctuation characters. Han characters are
 * one token each, so Chinese needs no word segmentation: dictionary phrases are split the same way.
 */
final class Tokenizer {

  private Tokenizer() {}

  static List<Token> tokenize(String folded) {
    List<Token> tokens = new ArrayList<>(folded.length() / 4 + 4);
    int i = 0;
    int n = folded.length();
    while (i < n) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (c >= '0' && c <= '9') {
        i = add(tokens, folded, Token.Kind.NUMBER, i, digitsEnd(folded, i));
      } else if (isHan(folded, i)) {
        i = add(tokens, folded, Token.Kind.WORD, i, i + Character.charCount(folded.codePointAt(i)));
      } else if (isWordPart(folded, i)) {
        i = add(tokens, folded, Token.Kind.WORD, i, wordEnd(folded, i));
      } else {
        i =
            add(
                tokens,
                folded,
                Token.Kind.PUNCT,
                i,
                i + Character.charCount(folded.codePointAt(i)));
      }
    }
    return tokens;
  }

  private static int add(List<Token> tokens, String s, Token.Kind kind, int start, int end) {
    tokens.add(new Token(kind, s.substring(start, end), start, end));
    return end;
  }

  private static int digitsEnd(String s, int i) {
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static int wordEnd(String s, int i) {
    while (i < s.length() && isWordPart(s, i) && !isHan(s, i)) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i;
  }

  private static boolean isWordPart(String s, int i) {
    int cp = s.codePointAt(i);
    if (cp >= '0' && cp <= '9') {
      return false;
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isHan(String s, int i) {
    int cp = s.codePointAt(i);
    if (cp < 0x2E80) {
      return false;
    }
    return cp == '\u3007' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
