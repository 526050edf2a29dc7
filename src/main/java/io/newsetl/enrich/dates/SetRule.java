package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/**
 * Recurring times: "weekly" ({@code P1W}), "every day" ({@code P1D}), "every two weeks" ({@code
 * P2W}), "every Monday" ({@code XXXX-WXX-1}), "every May" ({@code XXXX-05}), "كل يوم اثنين", "tous
 * les lundis", "jeden Montag", "montags", "по понедельникам", "每周一".
 */
final class SetRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<Hit> word = s.hit(i, Category.SET_WORD);
    if (word.isPresent()) {
      return Optional.of(set(s, i, word.get().next(), word.get().term().code()));
    }
    Optional<Match> rate = rate(s, i);
    if (rate.isPresent()) {
      return rate;
    }
    return s.hit(i, Category.EVERY).flatMap(every -> afterEvery(s, i, every));
  }

  /** What follows "every": a unit, a weekday, a month or a recurring word. */
  private static Optional<Match> afterEvery(Scan s, int i, Hit every) {
    int j = every.next();
    String kind = every.term().code();
    Optional<Hit> named = s.hit(j, Category.SET_WORD);
    if (named.isPresent() || kind.equals("SETWORD")) {
      return named.map(n -> set(s, i, n.next(), n.term().code()));
    }
    int afterNoun = s.skip(j, Category.DAY_NOUN);
    Optional<Hit> weekday =
        s.hit(afterNoun, Category.WEEKDAY).or(() -> s.hit(afterNoun, Category.WEEKDAY_BARE));
    if (weekday.isPresent()) {
      return Optional.of(
          set(s, i, weekday.get().next(), "XXXX-WXX-" + weekday.get().term().number()));
    }
    Optional<Hit> month = s.hit(j, Category.MONTH);
    if (month.isPresent()) {
      return Optional.of(
          set(
              s,
              i,
              month.get().next(),
              CalendarDate.of(0, month.get().term().number(), 0).value(Optional.empty())));
    }
    return Counted.at(s, j)
        .filter(c -> c.quantified() || c.count() > 0 || kind.equals("PLURAL"))
        .map(c -> set(s, i, c.next(), Periods.duration(c.unit(), c.quantified() ? c.count() : 1)));
  }

  /** "a year" after an amount or "twice": a rate, so a recurrence rather than a duration. */
  private static Optional<Match> rate(Scan s, int i) {
    Optional<Hit> article = s.hit(i, Category.RATE);
    if (article.isEmpty()) {
      return Optional.empty();
    }
    boolean afterAmount =
        amountBefore(s, i) || s.precededBy(i, Category.UNIT) || s.precededBy(i, Category.RATE_CUE);
    Optional<Hit> unit =
        s.hit(article.get().next(), Category.UNIT).filter(u -> u.term().number() == 1);
    if (!afterAmount || unit.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(set(s, i, unit.get().next(), Periods.duration(unit.get().term().code(), 1)));
  }

  /** A number among the three tokens before {@code i}, with no punctuation between. */
  private static boolean amountBefore(Scan s, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (s.isNumber(k) || s.has(k, Category.NUMBER)) {
        return true;
      }
      if (s.token(k).kind() == Token.Kind.PUNCT) {
        return false;
      }
    }
    return false;
  }

  private static Match set(Scan s, int first, int next, String value) {
    return s.match(first, next, s.start(first), TimexType.SET, new Anchor.Literal(value));
  }
}
