package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;
import java.util.Set;

/**
 * A calendar period named relative to the reference's: "last week", "this year", "next month", "the
 * last quarter", "الأسبوع الماضي", "هذا العام", "la semaine dernière", "на прошлой неделе", "去年",
 * "上个月"; and seasons: "last summer", "l'été dernier". Periods counted from the last mention ("the
 * year-ago quarter") are {@link Anaphoric}.
 */
final class UnitRelativeRule implements Rule {

  private static final Set<String> UNITS = Set.of("W", "WE", "M", "Q", "HALF", "Y", "DE", "CE");

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<Hit> word = s.hit(i, Category.REL_UNIT);
    if (word.isPresent()) {
      Term t = word.get().term();
      return Optional.of(
          s.match(
              i,
              word.get().next(),
              s.start(i),
              TimexType.DATE,
              new Anchor.UnitShift(t.code(), t.number())));
    }
    Optional<Hit> anaphoric = s.hit(i, Category.ANAPHORIC_UNIT);
    if (anaphoric.isPresent()) {
      Term t = anaphoric.get().term();
      return Optional.of(
          s.match(
              i,
              anaphoric.get().next(),
              s.start(i),
              TimexType.DATE,
              new Anaphoric(t.code(), t.number(), false)));
    }
    Optional<Hit> cue =
        s.hit(i, Category.CUE).or(() -> s.hit(s.skip(i, Category.DETERMINER), Category.CUE));
    if (cue.isPresent()) {
      return period(s, cue.get().next()).map(p -> build(s, i, p.next(), cue.get(), p));
    }
    int j = s.skip(i, Category.DETERMINER);
    Optional<Hit> period = period(s, j);
    Optional<Hit> cueAfter = period.flatMap(p -> s.hit(p.next(), Category.CUE));
    if (cueAfter.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(build(s, i, cueAfter.get().next(), cueAfter.get(), period.get()));
  }

  private static Optional<Hit> period(Scan s, int i) {
    Optional<Hit> unit =
        s.hit(i, Category.UNIT)
            .filter(u -> u.term().number() == 1 && UNITS.contains(u.term().code()));
    return unit.isPresent() ? unit : s.hit(i, Category.SEASON);
  }

  private static Match build(Scan s, int first, int next, Hit cue, Hit period) {
    Direction direction = Direction.ofCue(cue.term().code());
    Anchor anchor;
    if (period.term().category() == Category.SEASON) {
      anchor = CyclicRef.season(period.term().code(), direction);
    } else {
      int amount = direction == Direction.LAST ? -1 : direction == Direction.NEXT ? 1 : 0;
      anchor = new Anchor.UnitShift(period.term().code(), amount);
    }
    return s.match(first, next, s.start(first), TimexType.DATE, anchor);
  }
}
