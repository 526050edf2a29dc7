package io.newsetl.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a job definition: {@code today}, {@code yesterday}, {@code N days ago} (in a time
 * zone), or an ISO date. Thread-safe.
 */
final class DateRule {

  private static final Pattern DAYS_AGO = Pattern.compile("(\\d{1,5})\\s+days?\\s+ago");

  private DateRule() {}

  /**
   * The date the rule names at the clock's instant in {@code zone}.
   *
   * @throws IllegalArgumentException for a rule it does not know
   */
  static LocalDate resolve(String rule, Clock clock, ZoneId zone) {
    String text = rule.strip().toLowerCase(Locale.ROOT);
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    Matcher daysAgo = DAYS_AGO.matcher(text);
    if (text.equals("today")) {
      return today;
    }
    if (text.equals("yesterday")) {
      return today.minusDays(1);
    }
    if (daysAgo.matches()) {
      return today.minusDays(Long.parseLong(daysAgo.group(1)));
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not a date rule: '" + rule + "' (today, yesterday, N days ago, or YYYY-MM-DD)", e);
    }
  }
}
