package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * A count of units: "three days", "3 days", "several months", "a year", Arabic duals ("يومين"),
 * adjectival "three-month". A bare singular unit counts one, a bare plural an unknown number.
 *
 * @param count the number of units, or -1 when unknown
 * @param unit the unit code ({@code D}, {@code W}, {@code M}, {@code Y}, {@code H}...)
 * @param quantified whether the count was written (a number or "several") rather than implied
 * @param next the token after the unit
 */
record Counted(int count, String unit, boolean quantified, int next) {

  static Optional<Counted> at(Scan s, int i) {
    Optional<Scan.Quantity> quantity = s.quantity(i);
    int j = quantity.map(Scan.Quantity::next).orElse(i);
    if (quantity.isPresent() && s.isPunct(j, '-') && s.joined(j)) {
      j++;
    }
    Optional<Hit> unit = s.hit(j, Category.UNIT);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    Term term = unit.get().term();
    boolean hyphen = j > quantity.map(Scan.Quantity::next).orElse(i);
    boolean ordinal = s.has(j, Category.ORDINAL) && s.has(unit.get().next(), Category.UNIT);
    boolean fraction =
        (term.code().equals("Q") || term.code().equals("HALF"))
            && s.has(unit.get().next(), Category.DATE_OF);
    if (term.code().equals("HALF")
        || hyphen && term.code().equals("Q")
        || ordinal
        || fraction
        || s.has(unit.get().next(), Category.AGE)) {
      return Optional.empty();
    }
    boolean yearLike =
        quantity.isPresent()
            && quantity.get().value() >= 1000
            && s.precededBy(i, Category.DETERMINER);
    if (quantity.isPresent()) {
      if (term.number() == 2 || yearLike) {
        return Optional.empty();
      }
      return Optional.of(new Counted(quantity.get().value(), term.code(), true, unit.get().next()));
    }
    int implied = term.number() == 0 ? -1 : term.number();
    return Optional.of(new Counted(implied, term.code(), false, unit.get().next()));
  }
}
