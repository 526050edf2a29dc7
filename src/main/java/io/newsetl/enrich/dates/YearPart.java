package io.newsetl.enrich.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A quarter or half of a year ("the third quarter", "Q3 2023", "last year's first quarter", "النصف
 * الأول").
 *
 * @param part {@code Q1} to {@code Q4} or {@code H1}, {@code H2}
 * @param year the year, or 0 for the reference's year moved by {@code yearShift}
 * @param yearShift years from the reference's year when {@code year} is 0 ("last year's": -1)
 */
record YearPart(String part, int year, int yearShift) implements Anchor {

  /** The same part of a year as a quarter or half read without its year. */
  static YearPart of(Anchor anchor) {
    if (anchor instanceof YearPart) {
      return (YearPart) anchor;
    }
    CyclicRef cyclic = (CyclicRef) anchor;
    return new YearPart(cyclic.cycle().label(cyclic.index()), 0, 0);
  }

  YearPart inYear(int newYear) {
    return new YearPart(part, newYear, 0);
  }

  YearPart shiftedYears(int shift) {
    return new YearPart(part, 0, shift);
  }

  @Override
  public String value(Optional<LocalDate> reference) {
    if (year != 0) {
      return Periods.year(year) + "-" + part;
    }
    return reference.map(r -> Periods.year(r.getYear() + yearShift)).orElse("XXXX") + "-" + part;
  }
}
