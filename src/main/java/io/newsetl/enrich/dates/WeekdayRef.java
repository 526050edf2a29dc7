package io.newsetl.enrich.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A named weekday ("Wednesday", "يوم الأربعاء", "上周三").
 *
 * <p>News semantics: without a cue the most recent such day is meant, and the reference day itself
 * counts ("said on Thursday" in a Thursday paper is that Thursday). "last" means strictly before,
 * "next" strictly after, "this" the day in the reference's ISO week.
 *
 * @param isoDay 1 (Monday) to 7 (Sunday)
 * @param direction which occurrence
 * @param time a part of day or time to append ({@code TEV}), or empty
 */
record WeekdayRef(int isoDay, Direction direction, String time) implements Anchor {

  @Override
  public String value(Optional<LocalDate> reference) {
    return reference.map(r -> Periods.day(resolve(r)) + time).orElse("XXXX-WXX-" + isoDay + time);
  }

  private LocalDate resolve(LocalDate ref) {
    int today = ref.getDayOfWeek().getValue();
    LocalDate monday = ref.minusDays(today - 1L);
    switch (direction) {
      case LAST:
        return ref.minusDays(Math.floorMod(today - isoDay - 1, 7) + 1L);
      case NEXT:
        return ref.plusDays(Math.floorMod(isoDay - today - 1, 7) + 1L);
      case FUTURE:
        return ref.plusDays(Math.floorMod(isoDay - today, 7));
      case THIS:
        return monday.plusDays(isoDay - 1L);
      case PREVIOUS_WEEK:
        return monday.minusWeeks(1).plusDays(isoDay - 1L);
      case NEXT_WEEK:
        return monday.plusWeeks(1).plusDays(isoDay - 1L);
      default:
        return ref.minusDays(Math.floorMod(today - isoDay, 7));
    }
  }

  @Override
  public Anchor towardFuture() {
    return direction == Direction.DEFAULT ? new WeekdayRef(isoDay, Direction.FUTURE, time) : this;
  }

  @Override
  public boolean isDay() {
    return time.isEmpty();
  }
}
