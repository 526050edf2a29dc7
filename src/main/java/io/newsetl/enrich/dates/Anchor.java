package io.newsetl.enrich.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an expression means before it is placed on the calendar: a fixed value, or a rule that needs
 * the reference date. Resolution never reads a clock.
 */
sealed interface Anchor
    permits Anaphoric,
        Anchor.Literal,
        Anchor.DayShift,
        Anchor.UnitShift,
        Anchor.MonthInYear,
        CalendarDate,
        WeekdayRef,
        CyclicRef,
        YearPart,
        TimeOfDay {

  /** The TIMEX3 value relative to {@code reference}; a partly unknown value when it is empty. */
  String value(Optional<LocalDate> reference);

  /**
   * The value when the text last mentioned the period {@code focus} (a TIMEX3 value); only
   * expressions counted from an earlier mention ("a year earlier") use it.
   */
  default String value(Optional<LocalDate> reference, Optional<String> focus) {
    return value(reference);
  }

  /** The same expression read in the future tense ("will meet Friday"). */
  default Anchor towardFuture() {
    return this;
  }

  /** Whether later expressions may be counted from this one ("a year earlier" than it). */
  default boolean isMention() {
    return true;
  }

  /** Whether the value is one calendar day, so a time of day can be attached to it. */
  default boolean isDay() {
    return false;
  }

  /** A value that needs no reference: a duration, a set, an absolute year. */
  record Literal(String text) implements Anchor {
    @Override
    public String value(Optional<LocalDate> reference) {
      return text;
    }
  }

  /**
   * A day counted from the reference ("yesterday", "two days ago"), optionally with a part of day
   * or time ({@code TMO}, {@code T15:00}).
   */
  record DayShift(int days, String time) implements Anchor {
    @Override
    public String value(Optional<LocalDate> reference) {
      return reference
          .map(r -> Periods.day(r.plusDays(days)) + time)
          .orElse(Periods.reference(days));
    }

    @Override
    public boolean isDay() {
      return time.isEmpty();
    }
  }

  /** A month in a year named relative to the reference's: "June last year" is (6, -1). */
  record MonthInYear(int month, int yearShift) implements Anchor {
    @Override
    public String value(Optional<LocalDate> reference) {
      return reference
          .map(r -> Periods.month(r.getYear() + yearShift, month))
          .orElseGet(() -> CyclicRef.month(month, Direction.DEFAULT).value(reference));
    }
  }

  /** The period {@code amount} units from the reference's: "last week" is (W, -1). */
  record UnitShift(String unit, int amount) implements Anchor {
    @Override
    public String value(Optional<LocalDate> reference) {
      return reference.map(r -> Periods.shift(r, unit, amount)).orElse(Periods.reference(amount));
    }

    @Override
    public boolean isDay() {
      return unit.equals("D");
    }
  }
}
