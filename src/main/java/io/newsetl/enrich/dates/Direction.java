package io.newsetl.enrich.dates;

/** Which occurrence of a named day, month or season an expression means. */
enum Direction {
  /** No cue: news semantics, the most recent occurrence, today or this month included. */
  DEFAULT,
  /** "last", "الماضي": the most recent occurrence strictly before the reference. */
  LAST,
  /** "next", "المقبل": the first occurrence strictly after the reference. */
  NEXT,
  /** "this", "هذا": the occurrence in the reference's week, year. */
  THIS,
  /** No cue but future tense: the first occurrence on or after the reference. */
  FUTURE,
  /** Chinese 上周三: the day in the previous calendar week. */
  PREVIOUS_WEEK,
  /** Chinese 下周三: the day in the next calendar week. */
  NEXT_WEEK;

  static Direction ofCue(String cue) {
    switch (cue) {
      case "LAST":
        return LAST;
      case "NEXT":
        return NEXT;
      case "THIS":
        return THIS;
      default:
        return DEFAULT;
    }
  }
}
