package io.newsetl.enrich.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A named month or season without a year ("in May", "last summer", "مايو المقبل").
 *
 * <p>News semantics: without a cue the most recent occurrence is meant, the current month or
 * season included; "last" is strictly before the current one, "next" strictly after, "this" the
 * one in the reference year.
 *
 * @param season whether {@code index} is a season (0 spring, 1 summer, 2 autumn, 3 winter, winter
 *     starting in December) rather than a month (0 January to 11 December)
 * @param index the month or season
 * @param direction which occurrence
 */
record CyclicRef(boolean season, int index, Direction direction) implements Anchor {

  private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

  static CyclicRef month(int month, Direction direction) {
    return new CyclicRef(false, month - 1, direction);
  }

  static CyclicRef season(String code, Direction direction) {
    return new CyclicRef(true, java.util.Arrays.asList(SEASONS).indexOf(code), direction);
  }

  @Override
  public String value(Optional<LocalDate> reference) {
    if (reference.isEmpty()) {
      return "XXXX-" + label(index);
    }
    int perYear = season ? 4 : 12;
    int current = current(reference.get());
    int resolved = resolve(current, perYear, reference.get().getYear());
    return Periods.year(Math.floorDiv(resolved, perYear)) + "-" + label(Math.floorMod(resolved, perYear));
  }

  private int resolve(int current, int perYear, int referenceYear) {
    int sameCycle = current - Math.floorMod(current - index, perYear);
    switch (direction) {
      case LAST:
        return sameCycle == current ? current - perYear : sameCycle;
      case NEXT:
        return sameCycle + perYear;
      case FUTURE:
        return sameCycle == current ? current : sameCycle + perYear;
      case THIS:
        return referenceYear * perYear + index;
      default:
        return sameCycle;
    }
  }

  /** The reference's period as a running count: year * periods per year + period. */
  private int current(LocalDate ref) {
    int month = ref.getMonthValue() - 1;
    if (!season) {
      return ref.getYear() * 12 + month;
    }
    int seasonIndex = month >= 2 && month <= 10 ? (month - 2) / 3 : 3;
    int seasonYear = month < 2 ? ref.getYear() - 1 : ref.getYear();
    return seasonYear * 4 + seasonIndex;
  }

  private String label(int i) {
    return season ? SEASONS[i] : (i < 9 ? "0" : "") + (i + 1);
  }

  @Override
  public Anchor towardFuture() {
    return direction == Direction.DEFAULT ? new CyclicRef(season, index, Direction.FUTURE) : this;
  }
}
