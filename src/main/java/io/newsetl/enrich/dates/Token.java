package io.newsetl.enrich.dates;

/**
 * One token of a folded text.
 *
 * @param kind what the token is made of
 * @param text the folded characters
 * @param start offset in the folded text
 * @param end offset after the token in the folded text
 */
record Token(Kind kind, String text, int start, int end) {

  enum Kind {
    /** A run of letters, or one Han character. */
    WORD,
    /** A run of ASCII digits (after folding). */
    NUMBER,
    /** Any other single non-space character. */
    PUNCT
  }

  boolean is(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }
}
