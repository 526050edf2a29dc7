package io.newsetl.enrich.dates;

import java.util.Optional;

/**
 * All-digit dates: {@code 2023-07-13}, {@code 2023/07/13}, {@code 13/07/2023}, {@code 13.07.2023},
 * {@code 07/13/2023}. Day and month are told apart by a value above 12, else by the language's
 * order (month first in English).
 */
final class NumericDateRule implements Rule {

  @Override
  public Optional<Match> at(Scan s, int i) {
    if (!s.isNumber(i) || !s.isNumber(i + 4) || !joinedRun(s, i) || partOfLongerRun(s, i)) {
      return Optional.empty();
    }
    char sep = s.token(i + 1).text().charAt(0);
    if ((sep != '/' && sep != '-' && sep != '.')
        || !s.isPunct(i + 1, sep)
        || !s.isPunct(i + 3, sep)) {
      return Optional.empty();
    }
    int a = s.number(i, 4);
    int b = s.number(i + 2, 2);
    int c = s.number(i + 4, 4);
    if (s.token(i).text().length() == 4) {
      return date(s, i, a, b, c);
    }
    if (s.token(i + 4).text().length() != 4 || a < 0 || b < 0) {
      return Optional.empty();
    }
    boolean monthFirst = a <= 12 && (b > 12 || s.pack().monthFirst());
    return monthFirst ? date(s, i, c, a, b) : date(s, i, c, b, a);
  }

  private static Optional<Match> date(Scan s, int i, int year, int month, int day) {
    if (year < 1000 || day < 1 || !CalendarDate.valid(year, month, day)) {
      return Optional.empty();
    }
    return Optional.of(s.match(i, i + 5, TimexType.DATE, CalendarDate.of(year, month, day)));
  }

  private static boolean joinedRun(Scan s, int i) {
    for (int k = i + 1; k <= i + 4; k++) {
      if (!s.joined(k)) {
        return false;
      }
    }
    return true;
  }

  /** Rejects pieces of longer digit runs such as version numbers or phone numbers. */
  private static boolean partOfLongerRun(Scan s, int i) {
    boolean before = s.joined(i) && (s.isNumber(i - 1) || separator(s, i - 1));
    boolean after = s.joined(i + 5) && s.isNumber(i + 6) && s.joined(i + 6);
    return before || after;
  }

  private static boolean separator(Scan s, int i) {
    return s.isPunct(i, '/') || s.isPunct(i, '.') || s.isPunct(i, '-') || s.isPunct(i, ':');
  }
}
