package io.newsetl.evaluate;

/**
 * Counts for one evaluated document.
 *
 * @param file the file name
 * @param gold gold expressions (the document creation time excluded)
 * @param system expressions the extractor found
 * @param strict pairs with exactly the same span
 * @param relaxed pairs with overlapping spans (one-to-one)
 * @param type relaxed pairs whose TIMEX3 type agrees
 * @param value relaxed pairs whose TIMEX3 value agrees
 */
public record FileCounts(
    String file, int gold, int system, int strict, int relaxed, int type, int value) {

  FileCounts plus(FileCounts other) {
    return new FileCounts(
        file,
        gold + other.gold,
        system + other.system,
        strict + other.strict,
        relaxed + other.relaxed,
        type + other.type,
        value + other.value);
  }
}
