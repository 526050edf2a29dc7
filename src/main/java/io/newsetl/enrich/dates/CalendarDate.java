package io.newsetl.enrich.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An explicit calendar date or month: "13 July 2023", "July 2023", "July 13".
 *
 * <p>Without a year, news semantics apply: the most recent such day on or before the reference,
 * unless the next one is closer and at most {@value #NEAR_FUTURE_DAYS} days ahead ("on July 20" in
 * a July 13 paper), or the sentence is in the future tense.
 *
 * @param year the year, or 0 when the text gives none
 * @param month 1 to 12
 * @param day 1 to 31, or 0 for a whole month
 * @param future whether a yearless date was read in the future tense
 */
record CalendarDate(int year, int month, int day, boolean future) implements Anchor {

  static final int NEAR_FUTURE_DAYS = 90;

  static CalendarDate of(int year, int month, int day) {
    return new CalendarDate(year, month, day, false);
  }

  /** Whether the day exists; a missing year is checked against a leap year. */
  static boolean valid(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 0 || day > 31) {
      return false;
    }
    try {
      LocalDate.of(year == 0 ? 2000 : year, month, Math.max(day, 1));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  @Override
  public String value(Optional<LocalDate> reference) {
    if (year != 0) {
      return day == 0 ? Periods.month(year, month) : Periods.day(LocalDate.of(year, month, day));
    }
    if (day == 0 && reference.isPresent()) {
      return CyclicRef.month(month, future ? Direction.FUTURE : Direction.DEFAULT).value(reference);
    }
    if (reference.isEmpty()) {
      return day == 0
          ? "XXXX-" + twoDigits(month)
          : "XXXX-" + twoDigits(month) + "-" + twoDigits(day);
    }
    return Periods.day(resolve(reference.get()));
  }

  private LocalDate resolve(LocalDate reference) {
    LocalDate past = null;
    LocalDate next = null;
    for (int y = reference.getYear() - 4; y <= reference.getYear() + 4; y++) {
      if (valid(y, month, day)) {
        LocalDate candidate = LocalDate.of(y, month, day);
        if (!candidate.isAfter(reference)) {
          past = candidate;
        } else if (next == null) {
          next = candidate;
        }
      }
    }
    if (future && next != null && !next.isAfter(reference.plusYears(1))) {
      return past != null && past.isEqual(reference) ? past : next;
    }
    long ahead = next == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(reference, next);
    long behind = past == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(past, reference);
    return ahead <= NEAR_FUTURE_DAYS && ahead < behind || past == null ? next : past;
  }

  @Override
  public Anchor towardFuture() {
    return year == 0 ? new CalendarDate(year, month, day, true) : this;
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  @Override
  public boolean isDay() {
    return day > 0;
  }
}
