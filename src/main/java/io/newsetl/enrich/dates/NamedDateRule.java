package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.DateParts.MonthName;
import io.newsetl.enrich.dates.DateParts.Year;
import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * Dates with a month name and a day or a year, in the orders these languages use: "July 13, 2023",
 * "13 July 2023", "13 juillet 2023", "13 de julio de 2023", "13. Juli 2023", "13 июля 2023 года",
 * "2023年7月13日", "13 يوليو/تموز 2023", "July 2023", "شهر مايو 2023". A weekday before the date
 * ("Monday, July 13") is part of the expression.
 */
final class NamedDateRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<Hit> weekday = s.hit(i, Category.WEEKDAY);
    if (weekday.isPresent()) {
      int j =
          s.isPunct(weekday.get().next(), ',') ? weekday.get().next() + 1 : weekday.get().next();
      return core(s, s.skip(j, Category.PREP))
          .filter(m -> m.anchor().isDay())
          .map(m -> m.withStart(i, weekday.get().charStart()));
    }
    Optional<Hit> noun = s.hit(i, Category.MONTH_NOUN);
    if (noun.isPresent()) {
      return monthFirst(s, noun.get().next()).map(m -> m.withStart(i, noun.get().charStart()));
    }
    return core(s, i);
  }

  private static Optional<Match> core(Scan s, int i) {
    if (s.isNumber(i)) {
      return dayFirst(s, i).or(() -> yearFirst(s, i));
    }
    return monthFirst(s, i);
  }

  /** "13 July 2023", "13 de julio", "13. Juli", "13th of July". */
  private static Optional<Match> dayFirst(Scan s, int i) {
    int day = DateParts.day(s, i);
    if (day < 0) {
      return Optional.empty();
    }
    int j = s.skip(DateParts.afterDaySuffix(s, i + 1), Category.DATE_OF);
    Optional<MonthName> month = DateParts.month(s, j);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    Optional<Year> year = DateParts.yearAfter(s, month.get().next());
    int next = year.map(Year::next).orElse(month.get().next());
    return date(s, i, next, year.map(Year::year).orElse(0), month.get().month(), day);
  }

  /** "July 13, 2023", "July 13", "July 2023", "julio de 2023". */
  private static Optional<Match> monthFirst(Scan s, int i) {
    Optional<MonthName> month = DateParts.month(s, i);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int j = month.get().next();
    int day = DateParts.day(s, j);
    if (day > 0 && !s.isNumber(j + 1) && !s.isPunct(j + 1, '%') && !clock(s, j + 1)) {
      int afterDay = DateParts.afterDaySuffix(s, j + 1);
      Optional<Year> year = DateParts.yearAfter(s, afterDay);
      int next = year.map(Year::next).orElse(afterDay);
      return date(s, i, next, year.map(Year::year).orElse(0), month.get().month(), day)
          .map(m -> m.withStart(i, month.get().charStart()));
    }
    return DateParts.yearAfter(s, j)
        .flatMap(y -> date(s, i, y.next(), y.year(), month.get().month(), 0))
        .map(m -> m.withStart(i, month.get().charStart()));
  }

  /** Whether a colon and digits follow, as in a clock time "May 5:30". */
  private static boolean clock(Scan s, int i) {
    return s.isPunct(i, ':') && s.joined(i) && s.isNumber(i + 1) && s.joined(i + 1);
  }

  /** "2023年7月13日", "2023年7月". */
  private static Optional<Match> yearFirst(Scan s, int i) {
    Optional<Year> year = DateParts.year(s, i, 1000, 2999);
    if (year.isEmpty() || year.get().next() == i + 1) {
      return Optional.empty();
    }
    Optional<MonthName> month = DateParts.month(s, year.get().next());
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int j = month.get().next();
    int day = DateParts.day(s, j);
    if (day > 0 && s.has(j + 1, Category.DAY_MARK)) {
      return date(
          s, i, s.skip(j + 1, Category.DAY_MARK), year.get().year(), month.get().month(), day);
    }
    return date(s, i, j, year.get().year(), month.get().month(), 0);
  }

  private static Optional<Match> date(Scan s, int first, int next, int year, int month, int day) {
    if (!CalendarDate.valid(year, month, day)) {
      return Optional.empty();
    }
    return Optional.of(s.match(first, next, TimexType.DATE, CalendarDate.of(year, month, day)));
  }
}
