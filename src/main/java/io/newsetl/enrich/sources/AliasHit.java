package io.newsetl.enrich.sources;

/**
 * An alias found in a text.
 *
 * @param alias the alias that matched
 * @param clitic Arabic clitic letters glued in front of the name ("ل" in "لرويترز"), folded; empty
 *     for most hits
 * @param wordStart folded offset where the word starts, clitics included
 * @param foldedStart folded offset of the name itself
 * @param foldedEnd folded offset just after the name
 * @param start original offset of the name
 * @param end original offset just after the name
 */
record AliasHit(
    AliasEntry alias,
    String clitic,
    int wordStart,
    int foldedStart,
    int foldedEnd,
    int start,
    int end) {

  Outlet outlet() {
    return alias.outlet();
  }
}
