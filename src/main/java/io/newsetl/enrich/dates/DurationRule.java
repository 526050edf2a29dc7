package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * Lengths of time: "three days" ({@code P3D}), "the past two months" ({@code P2M}), "several
 * years" ({@code PXY}), "a 10-year plan" ({@code P10Y}), "the past year" ({@code P1Y}), "عدة
 * أشهر" ({@code PXM}), "أسبوعين" ({@code P2W}), "三个月". A bare singular or plural unit is not a
 * duration unless a span cue ("the past", "the next") comes before it.
 */
final class DurationRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<Hit> span = s.hit(i, Category.SPAN_BEFORE).or(() -> s.hit(s.skip(i, Category.DETERMINER), Category.SPAN_BEFORE));
    int j = span.map(Hit::next).orElse(s.skip(i, Category.DETERMINER));
    Optional<Counted> counted = Counted.at(s, j);
    if (counted.isEmpty() || (j > i && span.isEmpty() && !counted.get().quantified())) {
      return Optional.empty();
    }
    Counted c = counted.get();
    boolean dual = !c.quantified() && c.count() == 2;
    boolean plural = !c.quantified() && c.count() < 0 && s.precededBy(i, Category.DURATION_PREP);
    if (!c.quantified() && !dual && span.isEmpty() && !plural) {
      return Optional.empty();
    }
    return Optional.of(s.match(i, c.next(), s.start(i), TimexType.DURATION, new Anchor.Literal(Periods.duration(c.unit(), c.count()))));
  }
}
