package io.newsetl.enrich.dates;

/** The four TIMEX3 types of TimeML. */
public enum TimexType {
  /** A calendar date or period: a day, week, month, quarter, season, year or decade. */
  DATE,
  /** A time of day, possibly with its date. */
  TIME,
  /** A length of time, for example {@code P3D}. */
  DURATION,
  /** A recurring time, for example {@code P1W} or {@code XXXX-WXX-1}. */
  SET
}
