package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.DateParts.Year;
import io.newsetl.enrich.dates.Term.Category;
import java.util.Locale;
import java.util.Optional;

/**
 * Years, decades and centuries: "in 2022", "the year 2000", "عام 2022", "2022年", "в 2022 году",
 * "fiscal 1989", "the 1990s", "the '90s", "les années 1990", "التسعينيات", "the 20th century". A
 * bare four-digit number counts as a year (1900-2099) only after a temporal preposition or before
 * punctuation, so "2000 people" is not a year.
 */
final class YearRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    Optional<Hit> decadeWord = s.hit(i, Category.DECADE_WORD);
    if (decadeWord.isPresent()) {
      String decade = Integer.toString(decadeWord.get().term().number());
      return Optional.of(
          s.match(
              i, decadeWord.get().next(), s.start(i), TimexType.DATE, new Anchor.Literal(decade)));
    }
    int j = s.skip(i, Category.DECADE_BEFORE);
    return decade(s, i, j).or(() -> century(s, i, j)).or(() -> year(s, i));
  }

  private static Optional<Match> year(Scan s, int i) {
    int j = s.skip(i, Category.YEAR_NOUN);
    Optional<Year> year = DateParts.year(s, j, 1000, 2999);
    if (year.isEmpty() || s.isPunct(i - 1, '$')) {
      return Optional.empty();
    }
    boolean marked = j > i || year.get().next() > j + 1;
    int value = year.get().year();
    boolean cue = s.precededBy(i, Category.YEAR_CUE);
    boolean bare = value >= 1900 && value <= 2099 && (cue || boundary(s, j + 1));
    if (!marked && !bare || decimal(s, year.get().next()) || s.has(j + 1, Category.YEAR_NOT)) {
      return Optional.empty();
    }
    return Optional.of(
        s.match(
            i,
            year.get().next(),
            s.start(i),
            TimexType.DATE,
            new Anchor.Literal(Periods.year(value))));
  }

  /** Whether a decimal point or thousands separator and digits follow: "2082.1", "1999,50". */
  private static boolean decimal(Scan s, int next) {
    return (s.isPunct(next, '.') || s.isPunct(next, ','))
        && s.joined(next)
        && s.isNumber(next + 1)
        && s.joined(next + 1);
  }

  /**
   * Whether the token after a bare number ends a phrase: punctuation other than a number joiner.
   */
  private static boolean boundary(Scan s, int next) {
    if (next >= s.size()) {
      return true;
    }
    Token t = s.token(next);
    if (t.kind() != Token.Kind.PUNCT || "-/:%'".indexOf(t.text().charAt(0)) >= 0) {
      return false;
    }
    return !(t.is('.') || t.is(',')) || !(s.isNumber(next + 1) && s.joined(next + 1));
  }

  private static Optional<Match> decade(Scan s, int first, int i) {
    Optional<Hit> noun = s.hit(first, Category.DECADE_NOUN);
    if (noun.isPresent()) {
      int n = s.number(noun.get().next(), 4);
      int len = s.isNumber(noun.get().next()) ? s.token(noun.get().next()).text().length() : 0;
      if (n >= 0 && n % 10 == 0 && (len == 2 || len == 4)) {
        int next = s.skip(noun.get().next() + 1, Category.DECADE_AFTER);
        return Optional.of(
            decadeMatch(s, first, next, len == 4 ? n / 10 : (n >= 30 ? 190 : 200) + n / 10));
      }
    }
    int j = s.isPunct(i, '\'') ? i + 1 : i;
    int n = s.number(j, 4);
    int len = s.isNumber(j) ? s.token(j).text().length() : 0;
    if (n < 0 || n % 10 != 0 || (len != 4 && len != 2) || !s.joined(j + 1)) {
      return Optional.empty();
    }
    Optional<Hit> after = s.hit(j + 1, Category.DECADE_AFTER);
    if (after.isEmpty()) {
      return Optional.empty();
    }
    int decade = len == 4 ? n / 10 : (n >= 30 ? 190 : 200) + n / 10;
    return Optional.of(decadeMatch(s, first, after.get().next(), decade));
  }

  private static Match decadeMatch(Scan s, int first, int next, int decade) {
    return s.match(
        first, next, s.start(first), TimexType.DATE, new Anchor.Literal(Integer.toString(decade)));
  }

  /** "the 20th century", "the twentieth century", "القرن العشرين" → {@code 19}. */
  private static Optional<Match> century(Scan s, int first, int i) {
    Optional<Hit> unitFirst = centuryUnit(s, i);
    if (unitFirst.isPresent()) {
      return s.hit(unitFirst.get().next(), Category.ORDINAL)
          .map(o -> century(s, first, o.next(), o.term().number()));
    }
    int n;
    int j;
    if (s.isNumber(i) && s.joined(i + 1) && s.has(i + 1, Category.DAY_SUFFIX)) {
      n = s.number(i, 2);
      j = DateParts.afterDaySuffix(s, i + 1);
    } else {
      Optional<Hit> ordinal = s.hit(i, Category.ORDINAL);
      n = ordinal.map(o -> o.term().number()).orElse(0);
      j = ordinal.map(Hit::next).orElse(i);
    }
    int ordinal = n;
    return n > 0
        ? centuryUnit(s, j).map(u -> century(s, first, u.next(), ordinal))
        : Optional.empty();
  }

  private static Optional<Hit> centuryUnit(Scan s, int i) {
    return s.hit(i, Category.UNIT)
        .filter(u -> u.term().code().equals("CE") && u.term().number() == 1);
  }

  private static Match century(Scan s, int first, int next, int ordinal) {
    String value = String.format(Locale.ROOT, "%02d", ordinal - 1);
    return s.match(first, next, s.start(first), TimexType.DATE, new Anchor.Literal(value));
  }
}
