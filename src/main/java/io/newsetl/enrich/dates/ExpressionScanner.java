package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules over a scan, left to right, keeping at each position the longest match (the
 * earlier rule on a tie); then widens matches by modifiers ("early", "late", "في وقت سابق من"),
 * reads the tense of the clause for bare weekdays and months ({@link TenseCue}), and joins a clock
 * time with the day next to it ("Monday at 3 p.m."). Stateless.
 */
final class ExpressionScanner {

  /**
   * Categories an expression can start with; prepositions, cues after a word and the like cannot.
   */
  private static final long STARTERS =
      bits(
          EnumSet.complementOf(
              EnumSet.of(
                  Category.PREP,
                  Category.YEAR_CUE,
                  Category.DURATION_PREP,
                  Category.AGE,
                  Category.RATE_CUE,
                  Category.PAST,
                  Category.FUTURE,
                  Category.MOD_BEFORE,
                  Category.MOD_AFTER,
                  Category.DATE_OF,
                  Category.DATE_SEP,
                  Category.DAY_SUFFIX,
                  Category.DAY_MARK,
                  Category.YEAR_SUFFIX,
                  Category.YEAR_NOT,
                  Category.DECADE_AFTER,
                  Category.HOUR_MARK,
                  Category.MINUTE_MARK,
                  Category.TIME_ZONE,
                  Category.AGO_AFTER,
                  Category.AHEAD_AFTER,
                  Category.STOP)));

  private static long bits(Set<Category> categories) {
    long bits = 0;
    for (Category c : categories) {
      bits |= 1L << c.ordinal();
    }
    return bits;
  }

  private final List<Rule> rules =
      List.of(
          new NumericDateRule(),
          new NamedDateRule(),
          new QuarterRule(),
          new YearRule(),
          new TimeOfDayRule(),
          new WeekdayRule(),
          new RelativeDayRule(),
          new MonthRule(),
          new SeasonRule(),
          new UnitRelativeRule(),
          new AgoRule(),
          new SetRule(),
          new DurationRule(),
          new ReferenceRule());

  List<Match> scan(Scan s) {
    List<Match> matches = new ArrayList<>();
    int lastEnd = 0;
    int i = 0;
    while (i < s.size()) {
      Optional<Hit> stop = s.hit(i, Category.STOP);
      if (stop.isPresent()) {
        i = stop.get().next();
        continue;
      }
      Optional<Match> best = worthTrying(s, i) ? longestAt(s, i) : Optional.empty();
      if (best.isEmpty()) {
        i++;
        continue;
      }
      Match m = widen(s, best.get(), lastEnd);
      m = futureTense(s, m);
      matches.add(m);
      lastEnd = m.next();
      i = m.next();
    }
    return TimeJoiner.join(s, matches);
  }

  /** Only digits, a single letter ("Q3") or a phrase of a starting category can start a match. */
  private static boolean worthTrying(Scan s, int i) {
    return s.isNumber(i)
        || s.hasAny(i, STARTERS)
        || s.token(i).kind() == Token.Kind.WORD && s.token(i).text().length() == 1;
  }

  private Optional<Match> longestAt(Scan s, int i) {
    Match best = null;
    for (Rule rule : rules) {
      Optional<Match> m = rule.at(s, i);
      if (m.isPresent() && (best == null || m.get().next() > best.next())) {
        best = m.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Adds a modifier before or after: "early May", "late last year", "年初"; before a count, "nearly
   * two years", "more than four decades ago".
   */
  private static Match widen(Scan s, Match m, int lastEnd) {
    boolean counted = s.quantity(m.first()).isPresent();
    Match widened = m;
    for (int k = Math.max(lastEnd, m.first() - 5); k < m.first(); k++) {
      Optional<Hit> mod =
          s.hit(k, Category.MOD_BEFORE).filter(h -> h.next() == m.first() && fits(h, m, counted));
      if (mod.isPresent()) {
        widened = widened.withStart(k, mod.get().charStart());
        break;
      }
    }
    Optional<Hit> after = s.hit(m.next(), Category.MOD_AFTER).filter(h -> fits(h, m, counted));
    if (after.isPresent()) {
      widened = widened.withEnd(after.get().next(), s.token(after.get().next() - 1).end());
    }
    return widened;
  }

  /**
   * Approximations modify counts ("nearly two years"); "earlier" and "later" periods named from the
   * reference ("earlier this year"); beginnings and ends periods longer than a day ("late May", not
   * "late Monday").
   */
  private static boolean fits(Hit modifier, Match m, boolean counted) {
    switch (modifier.term().code()) {
      case "APPROX":
        return counted;
      case "EARLIER", "LATER":
        return m.anchor() instanceof Anchor.UnitShift;
      default:
        boolean period = m.type() == TimexType.DATE && !m.anchor().isDay();
        return period && !counted;
    }
  }

  /** "will meet Friday": a future auxiliary shortly before, in the same sentence. */
  private static Match futureTense(Scan s, Match m) {
    return TenseCue.future(s, m.first()) ? m.withAnchor(m.type(), m.anchor().towardFuture()) : m;
  }
}
