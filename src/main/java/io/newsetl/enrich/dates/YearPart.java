package io.newsetl.enrich.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A quarter or half of a year ("the third quarter", "Q3 2023", "النصف الأول").
 *
 * @param part {@code Q1} to {@code Q4} or {@code H1}, {@code H2}
 * @param year the year, or 0 for the reference's year
 */
record YearPart(String part, int year) implements Anchor {

  YearPart inYear(int newYear) {
    return new YearPart(part, newYear);
  }

  @Override
  public String value(Optional<LocalDate> reference) {
    if (year != 0) {
      return Periods.year(year) + "-" + part;
    }
    return reference.map(r -> Periods.year(r.getYear())).orElse("XXXX") + "-" + part;
  }
}
