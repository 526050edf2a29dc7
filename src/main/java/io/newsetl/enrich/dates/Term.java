package io.newsetl.enrich.dates;

/**
 * The meaning of a dictionary phrase.
 *
 * @param category what the phrase is
 * @param code a category-specific code: a unit ({@code D}, {@code W}, {@code M}, {@code Y}), a cue
 *     ({@code LAST}, {@code NEXT}, {@code THIS}), a part of day ({@code MO}), a value ({@code P1W})
 * @param number a category-specific number: month 1-12, ISO weekday 1-7, day offset, count
 */
record Term(Category category, String code, int number) {

  enum Category {
    MONTH,
    MONTH_ABBR,
    WEEKDAY,
    WEEKDAY_BARE,
    DAY_REL,
    UNIT,
    NUMBER,
    ORDINAL,
    FUZZY,
    CUE,
    AGO_BEFORE,
    AGO_AFTER,
    AHEAD_BEFORE,
    AHEAD_AFTER,
    EVERY,
    SET_WORD,
    REF,
    MOD_BEFORE,
    MOD_AFTER,
    PREP,
    STOP,
    DECADE_NOUN,
    YEAR_NOT,
    YEAR_CUE,
    DURATION_PREP,
    AGE,
    RATE,
    RATE_CUE,
    PAST,
    SPAN_BEFORE,
    REL_UNIT,
    ANAPHORIC_UNIT,
    TIME_ZONE,
    DAY_NOUN,
    MONTH_NOUN,
    DATE_OF,
    DATE_SEP,
    DAY_SUFFIX,
    DAY_MARK,
    YEAR_NOUN,
    YEAR_SUFFIX,
    DECADE_BEFORE,
    DECADE_AFTER,
    DECADE_WORD,
    CENTURY,
    SEASON,
    PART_OF_DAY,
    TIME_WORD,
    AMPM,
    HOUR_MARK,
    MINUTE_MARK,
    TIME_NOUN,
    FUTURE,
    DETERMINER
  }
}
