package io.newsetl.enrich.dates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A clock time on a day: "at 3 p.m." (the reference day), "Monday at 15:30".
 *
 * @param hour 0 to 24
 * @param minute 0 to 59
 * @param day the day, itself an anchor that resolves to one day
 */
record TimeOfDay(int hour, int minute, Anchor day) implements Anchor {

  @Override
  public String value(Optional<LocalDate> reference) {
    String date = day.value(reference);
    if (date.endsWith("_REF")) {
      date = "XXXX-XX-XX";
    }
    return date + String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
  }

  @Override
  public Anchor towardFuture() {
    return new TimeOfDay(hour, minute, day.towardFuture());
  }

  TimeOfDay on(Anchor otherDay) {
    return new TimeOfDay(hour, minute, otherDay);
  }
}
