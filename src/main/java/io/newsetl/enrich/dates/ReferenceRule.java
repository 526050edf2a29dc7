package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * Vague references to the present, past or future: "now", "currently", "recently", "the past", "the
 * future", "الآن", "حاليا", "actuellement", "сейчас", "目前". Their value is {@code PRESENT_REF},
 * {@code PAST_REF} or {@code FUTURE_REF}.
 */
final class ReferenceRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    return s.hit(i, Category.REF)
        .map(
            h ->
                s.match(
                    i,
                    h.next(),
                    h.charStart(),
                    TimexType.DATE,
                    new Anchor.Literal(h.term().code())));
  }
}
