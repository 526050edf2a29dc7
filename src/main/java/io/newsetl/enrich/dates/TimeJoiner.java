package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Joins a clock time with an adjacent day into one expression: "Monday at 3 p.m.", "3 p.m. Monday",
 * "yesterday at 10:00", "13 July 2023, 15:30". Between them may stand a comma or a temporal
 * preposition, nothing else.
 */
final class TimeJoiner {

  private TimeJoiner() {}

  static List<Match> join(Scan s, List<Match> matches) {
    List<Match> out = new ArrayList<>(matches.size());
    for (Match m : matches) {
      Match previous = out.isEmpty() ? null : out.get(out.size() - 1);
      Optional<Match> joined =
          previous != null && adjacent(s, previous, m) ? joinPair(previous, m) : Optional.empty();
      if (joined.isPresent()) {
        out.set(out.size() - 1, joined.get());
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static Optional<Match> joinPair(Match a, Match b) {
    if (a.anchor() instanceof TimeOfDay && b.anchor().isDay()) {
      TimeOfDay time = (TimeOfDay) a.anchor();
      return Optional.of(
          new Match(
              a.first(),
              b.next(),
              a.charStart(),
              b.charEnd(),
              TimexType.TIME,
              time.on(b.anchor())));
    }
    if (b.anchor() instanceof TimeOfDay && a.anchor().isDay()) {
      TimeOfDay time = (TimeOfDay) b.anchor();
      return Optional.of(
          new Match(
              a.first(),
              b.next(),
              a.charStart(),
              b.charEnd(),
              TimexType.TIME,
              time.on(a.anchor())));
    }
    return Optional.empty();
  }

  private static boolean adjacent(Scan s, Match a, Match b) {
    int gap = b.first() - a.next();
    if (gap == 0) {
      return true;
    }
    if (gap == 1 && s.isPunct(a.next(), ',')) {
      return b.anchor() instanceof TimeOfDay;
    }
    return s.hit(a.next(), Category.PREP).map(h -> h.next() == b.first()).orElse(false);
  }
}
