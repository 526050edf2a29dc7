package io.newsetl.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the archive date that an archive's folder layout gives a file: {@code …/2023/07/13/…} or
 * {@code …/2023-07-13/…} (also {@code 2023-07-13} or {@code 20230713} at the start of a file name).
 * When a path holds several dates, the deepest one wins.
 */
public final class ArchiveDates {

  private static final Pattern SEGMENTED =
      Pattern.compile("(?:^|/)((?:19|20)\\d\\d)/(\\d\\d)/(\\d\\d)(?=/)");
  private static final Pattern DASHED =
      Pattern.compile("(?:^|/)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?=/|[_.-])");
  private static final Pattern COMPACT =
      Pattern.compile("(?:^|/)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?=[_.-])");

  private ArchiveDates() {}

  /**
   * The date in a path relative to the input root, with {@code /} separators.
   *
   * @return the deepest valid date in the path, or empty when there is none
   */
  public static Optional<LocalDate> fromPath(String relativePath) {
    String path = "/" + relativePath;
    Optional<LocalDate> best = Optional.empty();
    int bestEnd = -1;
    for (Pattern pattern : new Pattern[] {SEGMENTED, DASHED, COMPACT}) {
      Matcher m = pattern.matcher(path);
      while (m.find()) {
        Optional<LocalDate> date = toDate(m.group(1), m.group(2), m.group(3));
        if (date.isPresent() && m.end() > bestEnd) {
          best = date;
          bestEnd = m.end();
        }
      }
    }
    return best;
  }

  private static Optional<LocalDate> toDate(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
