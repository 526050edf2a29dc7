package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * Lengths of time: "three days" ({@code P3D}), "the past two months" ({@code P2M}), "several years"
 * ({@code PXY}), "a 10-year plan" ({@code P10Y}), "the past year" ({@code P1Y}), "عدة أشهر" ({@code
 * PXM}), "أسبوعين" ({@code P2W}), "三个月". A bare singular or plural unit is not a duration unless a
 * span cue ("the past", "the next") comes before it.
 */
final class DurationRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<Match> cued = unitFirst(s, i);
    if (cued.isPresent()) {
      return cued;
    }
    Optional<Hit> span =
        s.hit(i, Category.SPAN_BEFORE)
            .or(() -> s.hit(s.skip(i, Category.DETERMINER), Category.SPAN_BEFORE));
    int j = span.map(Hit::next).orElse(s.skip(i, Category.DETERMINER));
    Optional<Counted> counted = Counted.at(s, j);
    if (counted.isEmpty()
        || (j > i
            && span.isEmpty()
            && (!counted.get().quantified() || hyphenated(s, j, counted.get())))) {
      return Optional.empty();
    }
    Counted c = counted.get();
    boolean dual = !c.quantified() && c.count() == 2;
    boolean plural = !c.quantified() && c.count() < 0 && s.precededBy(i, Category.DURATION_PREP);
    if (!c.quantified() && !dual && span.isEmpty() && !plural) {
      return Optional.empty();
    }
    return Optional.of(duration(s, i, c.next(), c.unit(), c.count()));
  }

  private static boolean hyphenated(Scan s, int first, Counted c) {
    for (int k = first + 1; k < c.next(); k++) {
      if (s.isPunct(k, '-')) {
        return true;
      }
    }
    return false;
  }

  /** A plural or dual unit, an optional count, then a cue: "الأشهر الثلاثة الماضية" (P3M). */
  private static Optional<Match> unitFirst(Scan s, int i) {
    Optional<Hit> unit = s.hit(i, Category.UNIT).filter(u -> u.term().number() != 1);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    Optional<Scan.Quantity> quantity = s.quantity(unit.get().next()).filter(q -> q.value() > 0);
    int j = quantity.map(Scan.Quantity::next).orElse(unit.get().next());
    Optional<Hit> cue = s.hit(j, Category.CUE).filter(c -> !c.term().code().equals("THIS"));
    int count = quantity.map(Scan.Quantity::value).orElse(unit.get().term().number() == 2 ? 2 : -1);
    return cue.map(c -> duration(s, i, c.next(), unit.get().term().code(), count));
  }

  private static Match duration(Scan s, int first, int next, String unit, int count) {
    return s.match(
        first,
        next,
        s.start(first),
        TimexType.DURATION,
        new Anchor.Literal(Periods.duration(unit, count)));
  }
}
