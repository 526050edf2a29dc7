package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * A weekday with its cue and part of day: "Wednesday", "last Wednesday", "Wednesday night", "يوم
 * الأربعاء", "مساء الأربعاء الماضي", "mercredi prochain", "в прошлую среду", "上周三". Weekday names
 * with another common meaning (Russian среда, "environment") need a preposition or a cue.
 */
final class WeekdayRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<Hit> partBefore = s.hit(i, Category.PART_OF_DAY);
    int j = s.skip(partBefore.map(Hit::next).orElse(i), Category.DAY_NOUN);
    boolean noun = s.has(partBefore.map(Hit::next).orElse(i), Category.DAY_NOUN);
    Optional<Hit> cueBefore = s.hit(j, Category.CUE);
    j = cueBefore.map(Hit::next).orElse(j);
    Optional<Hit> weekday = s.hit(j, Category.WEEKDAY);
    if (weekday.isEmpty()) {
      return Optional.empty();
    }
    j = weekday.get().next();
    Optional<Hit> cue = cueBefore.isPresent() ? cueBefore : s.hit(j, Category.CUE);
    if (cueBefore.isEmpty() && cue.isPresent()) {
      j = cue.get().next();
    }
    Optional<Hit> part = partBefore.isPresent() ? partBefore : s.hit(j, Category.PART_OF_DAY);
    if (partBefore.isEmpty() && part.isPresent()) {
      j = part.get().next();
    }
    boolean ambiguous = weekday.get().term().code().equals("?");
    if (ambiguous && !noun && cue.isEmpty() && !s.precededBy(i, Category.PREP)) {
      return Optional.empty();
    }
    String time = part.map(p -> "T" + p.term().code()).orElse("");
    Direction direction = direction(s, cue);
    WeekdayRef anchor = new WeekdayRef(weekday.get().term().number(), direction, time);
    return Optional.of(
        s.match(i, j, s.start(i), part.isPresent() ? TimexType.TIME : TimexType.DATE, anchor));
  }

  private static Direction direction(Scan s, Optional<Hit> cue) {
    Direction direction = cue.map(c -> Direction.ofCue(c.term().code())).orElse(Direction.DEFAULT);
    if (s.pack().weekCues() && direction == Direction.LAST) {
      return Direction.PREVIOUS_WEEK;
    }
    if (s.pack().weekCues() && direction == Direction.NEXT) {
      return Direction.NEXT_WEEK;
    }
    return direction;
  }
}
