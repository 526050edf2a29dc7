package io.newsetl.enrich.quotes;

/**
 * A word or a punctuation character of the text.
 *
 * @param text the characters as written
 * @param folded the folded form used for lexicon lookups
 * @param start offset in the text
 * @param end offset just after the token
 * @param word true for a word, false for punctuation
 */
record Token(String text, String folded, int start, int end, boolean word) {

  boolean capitalized() {
    return word && Character.isUpperCase(text.codePointAt(0));
  }

  boolean is(char punctuation) {
    return !word && text.charAt(0) == punctuation;
  }

  /** Commas, dashes, colons, semicolons, full stops and other clause punctuation. */
  boolean clausePunctuation() {
    return !word && ",،;:.!?؟—–-()[]\"«»“”„'".indexOf(text.charAt(0)) >= 0;
  }
}
