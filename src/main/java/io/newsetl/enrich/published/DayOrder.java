package io.newsetl.enrich.published;

/**
 * How to read a numeric date whose first two numbers could both be a day or a month ({@code
 * 03/04/2023}): day first as in most of the world, or month first as in the United States.
 */
public enum DayOrder {
  DAY_FIRST,
  MONTH_FIRST;

  /** Month first for English, day first for every other language. */
  public static DayOrder forLanguage(String language) {
    return "en".equals(language) ? MONTH_FIRST : DAY_FIRST;
  }
}
