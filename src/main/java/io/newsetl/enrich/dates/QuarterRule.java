package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.DateParts.RelativeYear;
import io.newsetl.enrich.dates.DateParts.Year;
import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * Quarters and halves of a year: "the third quarter", "third-quarter", "the first half of 2023",
 * "the 1988 second quarter", "last year's third quarter", "Q3 2023", "الربع الأول", "premier
 * trimestre 2023", "第一季度". Without a year, the most recent such quarter is meant ({@link
 * CyclicRef}).
 */
final class QuarterRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<RelativeYear> owner =
        DateParts.relativeYear(s, i).filter(y -> possessive(s, y.next()));
    if (owner.isPresent()) {
      int shift = owner.get().amount();
      return ordinalFirst(s, i, owner.get().next() + 2)
          .map(m -> withYear(m, YearPart.of(m.anchor()).shiftedYears(shift)));
    }
    int j = s.skip(i, Category.DETERMINER);
    Optional<Match> letter = letterForm(s, i, j);
    if (letter.isPresent()) {
      return letter;
    }
    Optional<Year> yearBefore = DateParts.year(s, j, 1000, 2999);
    if (yearBefore.isPresent()) {
      int year = yearBefore.get().year();
      return ordinalFirst(s, i, yearBefore.get().next())
          .map(m -> withYear(m, YearPart.of(m.anchor()).inYear(year)));
    }
    return ordinalFirst(s, i, j)
        .or(
            () ->
                part(s, j)
                    .flatMap(
                        p ->
                            s.hit(p.next(), Category.ORDINAL)
                                .flatMap(
                                    o ->
                                        build(
                                            s, i, o.next(), p.term().code(), o.term().number()))));
  }

  /** "third quarter", "third-quarter", "first half" at {@code j}. */
  private static Optional<Match> ordinalFirst(Scan s, int first, int j) {
    Optional<Hit> ordinal = s.hit(j, Category.ORDINAL);
    if (ordinal.isEmpty()) {
      return Optional.empty();
    }
    int k = ordinal.get().next();
    k = s.isPunct(k, '-') && s.joined(k) ? k + 1 : k;
    int n = ordinal.get().term().number();
    return part(s, k).flatMap(p -> build(s, first, p.next(), p.term().code(), n));
  }

  private static boolean possessive(Scan s, int i) {
    return s.isPunct(i, '\'')
        && s.joined(i)
        && i + 1 < s.size()
        && s.token(i + 1).text().equals("s");
  }

  private static Match withYear(Match m, YearPart anchor) {
    return m.withAnchor(m.type(), anchor);
  }

  private static Optional<Hit> part(Scan s, int i) {
    return s.hit(i, Category.UNIT)
        .filter(
            u ->
                u.term().number() == 1
                    && (u.term().code().equals("Q") || u.term().code().equals("HALF")));
  }

  /** "Q3", "Q3 2023", "H1". */
  private static Optional<Match> letterForm(Scan s, int first, int i) {
    if (i >= s.size() || !s.joined(i + 1)) {
      return Optional.empty();
    }
    String letter = s.token(i).text();
    int n = s.number(i + 1, 1);
    if (!(letter.equals("q") && n >= 1 && n <= 4) && !(letter.equals("h") && n >= 1 && n <= 2)) {
      return Optional.empty();
    }
    return build(s, first, i + 2, letter.equals("q") ? "Q" : "HALF", n);
  }

  private static Optional<Match> build(Scan s, int first, int next, String unit, int n) {
    if (n < 1 || n > (unit.equals("Q") ? 4 : 2)) {
      return Optional.empty();
    }
    int j = s.isPunct(next, ',') ? next + 1 : s.skip(next, Category.DATE_OF);
    Optional<Year> year = DateParts.year(s, j, 1000, 2999);
    int end = year.map(Year::next).orElse(next);
    String part = (unit.equals("Q") ? "Q" : "H") + n;
    CyclicRef.Cycle cycle = unit.equals("Q") ? CyclicRef.Cycle.QUARTER : CyclicRef.Cycle.HALF;
    Anchor anchor =
        year.isPresent()
            ? new YearPart(part, year.get().year(), 0)
            : new CyclicRef(cycle, n - 1, Direction.DEFAULT);
    return Optional.of(s.match(first, end, s.start(first), TimexType.DATE, anchor));
  }
}
