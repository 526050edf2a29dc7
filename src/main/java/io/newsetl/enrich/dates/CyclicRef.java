package io.newsetl.enrich.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A named month, season, quarter or half without a year ("in May", "last summer", "the fourth
 * quarter", "مايو المقبل").
 *
 * <p>News semantics: without a cue the most recent occurrence is meant, the current one included
 * ("the fourth quarter" in a March paper is last year's); "last" is strictly before the current
 * one, "next" strictly after, "this" the one in the reference year; the future tense means the
 * current or next month or season.
 *
 * @param cycle what repeats every year
 * @param index which one: 0 for January, spring, the first quarter or half
 * @param direction which occurrence
 */
record CyclicRef(Cycle cycle, int index, Direction direction) implements Anchor {

  /** The parts a year is cut into, with their TIMEX3 labels. */
  enum Cycle {
    MONTH(12),
    SEASON(4),
    QUARTER(4),
    HALF(2);

    private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

    final int perYear;

    Cycle(int perYear) {
      this.perYear = perYear;
    }

    String label(int i) {
      switch (this) {
        case MONTH:
          return (i < 9 ? "0" : "") + (i + 1);
        case SEASON:
          return SEASONS[i];
        case QUARTER:
          return "Q" + (i + 1);
        default:
          return "H" + (i + 1);
      }
    }

    /** The reference's period as a running count: year * periods per year + period. */
    int current(LocalDate ref) {
      int month = ref.getMonthValue() - 1;
      if (this != SEASON) {
        return ref.getYear() * perYear + month / (12 / perYear);
      }
      int seasonIndex = month >= 2 && month <= 10 ? (month - 2) / 3 : 3;
      int seasonYear = month < 2 ? ref.getYear() - 1 : ref.getYear();
      return seasonYear * 4 + seasonIndex;
    }

    static int season(String code) {
      return java.util.Arrays.asList(SEASONS).indexOf(code);
    }
  }

  static CyclicRef month(int month, Direction direction) {
    return new CyclicRef(Cycle.MONTH, month - 1, direction);
  }

  static CyclicRef season(String code, Direction direction) {
    return new CyclicRef(Cycle.SEASON, Cycle.season(code), direction);
  }

  @Override
  public String value(Optional<LocalDate> reference) {
    if (reference.isEmpty()) {
      return "XXXX-" + cycle.label(index);
    }
    int perYear = cycle.perYear;
    int resolved = resolve(cycle.current(reference.get()), perYear, reference.get().getYear());
    return Periods.year(Math.floorDiv(resolved, perYear))
        + "-"
        + cycle.label(Math.floorMod(resolved, perYear));
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

  /** Quarters and halves keep their reading: "will report third-quarter results" looks back. */
  @Override
  public Anchor towardFuture() {
    boolean reported = cycle == Cycle.QUARTER || cycle == Cycle.HALF;
    return direction == Direction.DEFAULT && !reported
        ? new CyclicRef(cycle, index, Direction.FUTURE)
        : this;
  }
}
