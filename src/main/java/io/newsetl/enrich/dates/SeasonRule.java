package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.DateParts.Year;
import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * Seasons with a year or after a preposition: "the fall of 1998", "summer 2023", "l'été 2022", "in
 * the summer" (the most recent one). Seasons with a cue ("last summer") are read by {@link
 * UnitRelativeRule}.
 */
final class SeasonRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    int j = s.skip(i, Category.DETERMINER);
    Optional<Hit> season = s.hit(j, Category.SEASON);
    if (season.isEmpty()) {
      return Optional.empty();
    }
    String code = season.get().term().code();
    int k = season.get().next();
    k = s.isPunct(k, ',') ? k + 1 : s.skip(k, Category.DATE_OF);
    Optional<Year> year = DateParts.year(s, k, 1000, 2999);
    if (year.isPresent()) {
      Anchor anchor = new Anchor.Literal(Periods.year(year.get().year()) + "-" + code);
      return Optional.of(s.match(i, year.get().next(), s.start(i), TimexType.DATE, anchor));
    }
    if (!s.precededBy(i, Category.PREP)) {
      return Optional.empty();
    }
    return Optional.of(
        s.match(
            i,
            season.get().next(),
            s.start(i),
            TimexType.DATE,
            CyclicRef.season(code, Direction.DEFAULT)));
  }
}
