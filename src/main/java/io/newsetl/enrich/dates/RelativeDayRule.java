package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * Days named relative to the reference, with an optional part of day: "yesterday", "tomorrow
 * morning", "tonight", "this morning", "أمس", "صباح اليوم", "heute Morgen", "вчера вечером",
 * "昨天上午".
 */
final class RelativeDayRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<Match> plain = relative(s, i, i, Optional.empty());
    Optional<Hit> part = s.hit(i, Category.PART_OF_DAY);
    if (part.isPresent()) {
      Optional<Match> withPart = relative(s, i, part.get().next(), part);
      if (withPart.isPresent()
          && (plain.isEmpty() || withPart.get().length() > plain.get().length())) {
        return withPart;
      }
    }
    Optional<Hit> cue = s.hit(i, Category.CUE).filter(c -> c.term().code().equals("THIS"));
    Optional<Hit> partAfterCue = cue.flatMap(c -> s.hit(c.next(), Category.PART_OF_DAY));
    if (partAfterCue.isPresent()) {
      return Optional.of(today(s, i, partAfterCue.get().next(), partAfterCue.get()));
    }
    return plain;
  }

  private static Optional<Match> relative(Scan s, int first, int j, Optional<Hit> partBefore) {
    Optional<Hit> day = s.hit(j, Category.DAY_REL);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    int next = day.get().next();
    String time = day.get().term().code().isEmpty() ? "" : "T" + day.get().term().code();
    Optional<Hit> part = partBefore;
    if (part.isEmpty() && time.isEmpty()) {
      part = s.hit(next, Category.PART_OF_DAY);
      next = part.map(Hit::next).orElse(next);
    }
    if (part.isPresent()) {
      time = "T" + part.get().term().code();
    }
    TimexType type = time.isEmpty() ? TimexType.DATE : TimexType.TIME;
    return Optional.of(
        s.match(
            first,
            next,
            s.start(first),
            type,
            new Anchor.DayShift(day.get().term().number(), time)));
  }

  private static Match today(Scan s, int first, int next, Hit part) {
    return s.match(
        first,
        next,
        s.start(first),
        TimexType.TIME,
        new Anchor.DayShift(0, "T" + part.term().code()));
  }
}
