package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * Clock times: "3 p.m.", "15:30", "3:30 pm EST", "noon", "15h30", "15 Uhr", "15.30 Uhr", "в 15:00",
 * "3 часа дня", "a las 3 de la tarde", "下午3点", "الساعة 3 عصرا". A bare number is never a time: it
 * needs minutes after a colon, an hour word, a.m./p.m. or a part of day.
 */
final class TimeOfDayRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<Hit> word = s.hit(i, Category.TIME_WORD);
    if (word.isPresent()) {
      String[] hm = word.get().term().code().split(":");
      return Optional.of(
          time(s, i, word.get().next(), Integer.parseInt(hm[0]), Integer.parseInt(hm[1])));
    }
    int j = s.skip(i, Category.TIME_NOUN);
    boolean noun = j > i;
    Optional<Hit> before = dayHalf(s, j);
    j = before.map(Hit::next).orElse(j);
    int hour = s.number(j, 2);
    if (hour < 0 || hour > 24) {
      return Optional.empty();
    }
    return clock(s, i, j + 1, hour, noun, before);
  }

  private static Optional<Match> clock(
      Scan s, int first, int j, int hour, boolean noun, Optional<Hit> before) {
    int minute = 0;
    boolean marked = noun || before.isPresent();
    if ((s.isPunct(j, ':') || s.isPunct(j, '.'))
        && s.joined(j)
        && s.joined(j + 1)
        && minutes(s, j + 1) >= 0) {
      boolean dot = s.isPunct(j, '.');
      if (dot && !s.has(j + 2, Category.HOUR_MARK)) {
        return Optional.empty();
      }
      minute = minutes(s, j + 1);
      j = s.skip(j + 2, Category.HOUR_MARK);
      marked = true;
    } else if (s.has(j, Category.HOUR_MARK)) {
      j = s.hit(j, Category.HOUR_MARK).get().next();
      marked = true;
      if (minutes(s, j) >= 0) {
        minute = minutes(s, j);
        j = s.skip(j + 1, Category.MINUTE_MARK);
      }
    }
    Optional<Hit> after = before.isPresent() ? Optional.empty() : dayHalf(s, j);
    j = after.map(Hit::next).orElse(j);
    if (!marked && after.isEmpty()) {
      return Optional.empty();
    }
    int h = adjust(hour, before.or(() -> after).map(x -> x.term().code()).orElse(""));
    return Optional.of(time(s, first, s.skip(j, Category.TIME_ZONE), h, minute));
  }

  private static int minutes(Scan s, int i) {
    int m = s.number(i, 2);
    return m >= 0 && m < 60 && s.token(i).text().length() == 2 ? m : -1;
  }

  private static Optional<Hit> dayHalf(Scan s, int i) {
    return s.hit(i, Category.AMPM).or(() -> s.hit(i, Category.PART_OF_DAY));
  }

  /** 3 p.m. is 15:00, 12 a.m. is 00:00; "at night" moves only evening hours. */
  private static int adjust(int hour, String half) {
    switch (half) {
      case "PM", "AF", "EV":
        return hour < 12 ? hour + 12 : hour;
      case "NI":
        return hour >= 6 && hour < 12 ? hour + 12 : hour;
      case "AM", "MO":
        return hour == 12 ? 0 : hour;
      default:
        return hour;
    }
  }

  private static Match time(Scan s, int first, int next, int hour, int minute) {
    Anchor anchor = new TimeOfDay(hour, minute, new Anchor.DayShift(0, ""));
    return s.match(first, next, s.start(first), TimexType.TIME, anchor);
  }
}
