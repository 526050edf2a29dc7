package io.newsetl.enrich.dates;

/**
 * A dictionary phrase found in a token sequence.
 *
 * @param term what the phrase means
 * @param first index of its first token
 * @param next index of the token after it
 * @param charStart folded offset where it starts: after a clitic that was split off, if any
 */
record Hit(Term term, int first, int next, int charStart) {}
