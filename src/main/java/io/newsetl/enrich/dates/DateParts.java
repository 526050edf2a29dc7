package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.Optional;

/** Reads the parts dates are made of: a month name, a day number, a year. */
final class DateParts {

  /**
   * A month name in the text.
   *
   * @param month 1 to 12
   * @param next the token after it
   * @param charStart folded offset where it starts
   * @param abbreviated whether it was an abbreviation ("Jan."), which needs a day or year nearby
   * @param ambiguous whether the word has another common meaning ("May", "مارس")
   */
  record MonthName(int month, int next, int charStart, boolean abbreviated, boolean ambiguous) {}

  /** A year number and the token after it (and after a year suffix such as года or 年). */
  record Year(int year, int next) {}

  /** A year named relative to the reference's ("last year", "去年") and the token after it. */
  record RelativeYear(int amount, int next) {}

  private DateParts() {}

  /** "last year", "this year", "العام الماضي", "去年" at {@code i}. */
  static Optional<RelativeYear> relativeYear(Scan s, int i) {
    Optional<Hit> word = s.hit(i, Category.REL_UNIT).filter(h -> h.term().code().equals("Y"));
    if (word.isPresent()) {
      return Optional.of(new RelativeYear(word.get().term().number(), word.get().next()));
    }
    Optional<Hit> cue = s.hit(i, Category.CUE);
    Optional<Hit> unit = cue.flatMap(c -> year(s, c.next()));
    if (unit.isPresent()) {
      return Optional.of(new RelativeYear(amount(cue.get()), unit.get().next()));
    }
    Optional<Hit> unitFirst = year(s, i);
    Optional<Hit> cueAfter = unitFirst.flatMap(u -> s.hit(u.next(), Category.CUE));
    return cueAfter.map(c -> new RelativeYear(amount(c), c.next()));
  }

  private static Optional<Hit> year(Scan s, int i) {
    return s.hit(i, Category.UNIT)
        .filter(u -> u.term().code().equals("Y") && u.term().number() == 1);
  }

  private static int amount(Hit cue) {
    Direction direction = Direction.ofCue(cue.term().code());
    return direction == Direction.LAST ? -1 : direction == Direction.NEXT ? 1 : 0;
  }

  /** A month name at {@code i}, with an optional abbreviation dot and a second name after "/". */
  static Optional<MonthName> month(Scan s, int i) {
    Optional<Hit> hit = s.hit(i, Category.MONTH).or(() -> s.hit(i, Category.MONTH_ABBR));
    if (hit.isEmpty()) {
      return Optional.empty();
    }
    Term term = hit.get().term();
    boolean abbreviated = term.category() == Category.MONTH_ABBR;
    int next = hit.get().next();
    if (abbreviated && s.isPunct(next, '.') && s.joined(next)) {
      next++;
    }
    if (s.isPunct(next, '/')
        && s.hit(next + 1, Category.MONTH)
            .map(h -> h.term().number() == term.number())
            .orElse(false)) {
      next = s.hit(next + 1, Category.MONTH).get().next();
    }
    return Optional.of(
        new MonthName(
            term.number(), next, hit.get().charStart(), abbreviated, term.code().equals("?")));
  }

  /** A day of the month at {@code i} (1-31, one or two digits); -1 when there is none. */
  static int day(Scan s, int i) {
    int day = s.number(i, 2);
    return day >= 1 && day <= 31 ? day : -1;
  }

  /** The index after a day number's suffix ("th", "er", "."; "日"), if any. */
  static int afterDaySuffix(Scan s, int i) {
    int j = i;
    Optional<Hit> suffix = s.hit(j, Category.DAY_SUFFIX);
    if (suffix.isPresent() && s.joined(j)) {
      j = suffix.get().next();
    }
    return s.skip(j, Category.DAY_MARK);
  }

  /** A four-digit year at {@code i}, after an optional comma or "de", with its suffix. */
  static Optional<Year> yearAfter(Scan s, int i) {
    int j = s.isPunct(i, ',') ? i + 1 : s.skip(i, Category.DATE_SEP);
    return year(s, j, 1000, 2999);
  }

  /** A four-digit year in the range at {@code i}, with an optional suffix (года, 年, م). */
  static Optional<Year> year(Scan s, int i, int min, int max) {
    int year = s.number(i, 4);
    if (year < min || year > max || s.token(i).text().length() != 4) {
      return Optional.empty();
    }
    int next = i + 1;
    Optional<Hit> suffix = s.hit(next, Category.YEAR_SUFFIX);
    if (suffix.isPresent()) {
      next = suffix.get().next();
      if (s.token(next - 1).text().length() <= 2 && s.isPunct(next, '.') && s.joined(next)) {
        next++;
      }
    }
    return Optional.of(new Year(year, next));
  }
}
