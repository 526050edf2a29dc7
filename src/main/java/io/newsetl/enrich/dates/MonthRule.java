package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.DateParts.MonthName;
import io.newsetl.enrich.dates.DateParts.RelativeYear;
import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * A month name on its own, with an optional cue or relative year: "in May", "last May", "مايو
 * المقبل", "شهر يونيو", "в мае", "June last year", "去年7月". Abbreviations are not accepted alone;
 * names with another common meaning ("May", "مارس") need a preposition, a cue or a modifier.
 */
final class MonthRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<RelativeYear> yearFirst = DateParts.relativeYear(s, i);
    if (yearFirst.isPresent()) {
      return DateParts.month(s, yearFirst.get().next())
          .filter(m -> !m.abbreviated())
          .map(m -> inYear(s, i, m.next(), m, yearFirst.get()));
    }
    return monthFirst(s, i);
  }

  private static Optional<Match> monthFirst(Scan s, int i) {
    int j = s.skip(i, Category.MONTH_NOUN);
    boolean noun = j > i;
    Optional<Hit> cueBefore = s.hit(j, Category.CUE);
    j = cueBefore.map(Hit::next).orElse(j);
    Optional<MonthName> month = DateParts.month(s, j);
    if (month.isEmpty() || month.get().abbreviated()) {
      return Optional.empty();
    }
    j = month.get().next();
    Optional<RelativeYear> yearAfter =
        cueBefore.isEmpty() ? DateParts.relativeYear(s, j) : Optional.empty();
    if (yearAfter.isPresent()) {
      return Optional.of(inYear(s, i, yearAfter.get().next(), month.get(), yearAfter.get()));
    }
    Optional<Hit> cue = cueBefore.isPresent() ? cueBefore : s.hit(j, Category.CUE);
    if (cueBefore.isEmpty() && cue.isPresent()) {
      j = cue.get().next();
    }
    boolean context =
        noun
            || cue.isPresent()
            || s.precededBy(i, Category.PREP)
            || s.precededBy(i, Category.MOD_BEFORE);
    if (month.get().ambiguous() && !context) {
      return Optional.empty();
    }
    Direction direction = cue.map(c -> Direction.ofCue(c.term().code())).orElse(Direction.DEFAULT);
    return Optional.of(
        s.match(i, j, s.start(i), TimexType.DATE, CyclicRef.month(month.get().month(), direction)));
  }

  private static Match inYear(Scan s, int first, int next, MonthName month, RelativeYear year) {
    return s.match(
        first,
        next,
        s.start(first),
        TimexType.DATE,
        new Anchor.MonthInYear(month.month(), year.amount()));
  }
}
