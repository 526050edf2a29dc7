package io.newsetl.enrich.dates;

/**
 * A candidate expression found by a rule, in token and folded-character coordinates.
 *
 * @param first index of the first token
 * @param next index of the token after the expression
 * @param charStart folded offset of the first character
 * @param charEnd folded offset after the last character
 * @param type the TIMEX3 type
 * @param anchor the meaning, resolved against the reference date later
 */
record Match(int first, int next, int charStart, int charEnd, TimexType type, Anchor anchor) {

  int length() {
    return charEnd - charStart;
  }

  Match withStart(int newFirst, int newCharStart) {
    return new Match(newFirst, next, newCharStart, charEnd, type, anchor);
  }

  Match withEnd(int newNext, int newCharEnd) {
    return new Match(first, newNext, charStart, newCharEnd, type, anchor);
  }

  Match withAnchor(TimexType newType, Anchor newAnchor) {
    return new Match(first, next, charStart, charEnd, newType, newAnchor);
  }
}
