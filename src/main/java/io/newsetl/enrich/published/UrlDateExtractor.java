package io.newsetl.enrich.published;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the day a URL carries in its path: {@code /2023/07/13/}, {@code /2023/7/13/}, {@code
 * /2023-07-13}, {@code _2023_07_13}, {@code /20230713} or {@code -20230713-}. Only complete days
 * count (a year and month alone, {@code /2023/07/}, say nothing about the day), and only in the
 * path, never in the host or the query. An eight-digit number counts only when it stands alone
 * between separators, so long numeric ids are passed over.
 *
 * <p>Stateless and thread-safe. Returns empty for a URL without a day or one that does not parse.
 */
public final class UrlDateExtractor {

  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern SEPARATED =
      Pattern.compile(
          "(?<=[/_.-])"
              + YEAR
              + "([/_-])(\\d{1,2})\\2(\\d{1,2})(?=[/.?#]|(?<=[_-]\\d{1,2})[_-]|$)");
  private static final Pattern COMPACT =
      Pattern.compile("(?<=[/_-])" + YEAR + "(\\d{2})(\\d{2})(?=[/_.\\-?#]|$)");

  /** The day in the URL's path, or empty. */
  public Optional<LocalDate> extract(String url) {
    String path = path(url);
    Optional<LocalDate> separated = first(SEPARATED.matcher(path), 3, 4);
    return separated.isPresent() ? separated : first(COMPACT.matcher(path), 2, 3);
  }

  private static Optional<LocalDate> first(Matcher m, int monthGroup, int dayGroup) {
    while (m.find()) {
      Optional<LocalDate> date =
          WrittenDateParser.date(m.group(1), m.group(monthGroup), m.group(dayGroup));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The part after the host and before the query or fragment. */
  private static String path(String url) {
    String rest = url;
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      int slash = rest.indexOf('/', scheme + 3);
      rest = slash < 0 ? "" : rest.substring(slash);
    }
    int query = indexOfAny(rest, '?', '#');
    return query < 0 ? rest : rest.substring(0, query);
  }

  private static int indexOfAny(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
