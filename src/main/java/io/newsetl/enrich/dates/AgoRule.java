package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * A time counted back or forward from the reference: "two days ago", "a year ago", "قبل يومين",
 * "منذ ثلاثة أيام", "il y a deux jours", "hace dos días", "vor zwei Tagen", "два дня назад", "两天前",
 * "через два дня". The value has the unit's precision: days give a date, weeks a week, years a
 * year. An unknown count ("years ago") gives {@code PAST_REF} or {@code FUTURE_REF}.
 */
final class AgoRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<Hit> before = s.hit(i, Category.AGO_BEFORE).or(() -> s.hit(i, Category.AHEAD_BEFORE));
    if (before.isPresent()) {
      int sign = before.get().term().category() == Category.AGO_BEFORE ? -1 : 1;
      return Counted.at(s, before.get().next())
          .filter(
              c ->
                  !DateParts.year(s, c.next(), 1000, 2999).isPresent()
                      && !s.has(c.next(), Category.CUE))
          .map(c -> s.match(i, c.next(), s.start(i), TimexType.DATE, anchor(c, sign)));
    }
    Optional<Counted> counted = Counted.at(s, i);
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    Optional<Hit> after =
        s.hit(counted.get().next(), Category.AGO_AFTER)
            .or(() -> s.hit(counted.get().next(), Category.AHEAD_AFTER));
    return after.map(
        a -> {
          int sign = a.term().category() == Category.AGO_AFTER ? -1 : 1;
          Anchor anchor = anchor(counted.get(), sign);
          if (anchor instanceof Anchor.UnitShift
              || counted.get().unit().equals("D") && a.term().code().equals("ANAPHORIC")) {
            anchor =
                new Anaphoric(
                    counted.get().unit(),
                    sign * counted.get().count(),
                    !a.term().code().equals("ANAPHORIC"));
          }
          return s.match(i, a.next(), s.start(i), TimexType.DATE, anchor);
        });
  }

  private static Anchor anchor(Counted counted, int sign) {
    if (counted.count() < 0) {
      return new Anchor.Literal(Periods.reference(sign));
    }
    int amount = sign * counted.count();
    switch (counted.unit()) {
      case "D":
        return new Anchor.DayShift(amount, "");
      case "H", "MIN", "S":
        return new Anchor.DayShift(0, "");
      default:
        return new Anchor.UnitShift(counted.unit(), amount);
    }
  }
}
