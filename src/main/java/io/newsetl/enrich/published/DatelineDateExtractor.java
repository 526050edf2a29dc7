package io.newsetl.enrich.published;

import io.newsetl.enrich.published.WrittenDateParser.MonthDayMention;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date of a wire story's dateline at the start of a paragraph near the top of the text:
 * {@code WASHINGTON, July 12 (Reuters) -}, {@code NEW YORK, March 3 -}, {@code PARIS, 12 juillet
 * (AFP) -}, {@code BERLIN, 12. Juli (dpa) -}, {@code MADRID, 12 jul (EFE).-}, {@code МОСКВА, 12
 * июля. /ТАСС/}, {@code بكين 13 يوليو (رويترز) -}, {@code 新华社北京7月13日电}, or a line that is only a
 * date ({@code Thursday, 13 July 2023}). The date must end right before the dateline's closing mark
 * (a parenthesis, a slash, a dash, {@code 电}). A date without a year takes the year that puts it on
 * or before the reference day (plus two days): a dateline of December 31 filed in a January archive
 * is from the year before.
 *
 * <p>Stateless and thread-safe. Returns empty when no paragraph opens with a dated dateline.
 */
public final class DatelineDateExtractor {

  private static final int TOP = 800;
  private static final int MAX_PLACE = 60;
  private static final int SHORT_LINE = 48;
  private static final Pattern CLOSING = Pattern.compile("[(（]|/(?=\\p{L})|\\s[-–—]|[-–—]\\s|电|電");

  /** Before a closing mark: a place ending in a comma, in capitals, in Arabic script, or in Han. */
  private static final Pattern PLACE =
      Pattern.compile(
          "|[^:;!?\"“”«»,،，]{1,40}[,،，]\\s*|\\p{Lu}[\\p{Lu}\\s.'’-]{0,38}|\\p{IsArabic}+(?:\\s\\p{IsArabic}+)?\\s*"
              + "|[\\p{IsHan}]{1,12}");

  /** Before a date that is a line of its own: at most a weekday. */
  private static final Pattern WEEKDAY = Pattern.compile("(?:(\\p{L}+)\\.?[,،]?\\s*)?");

  private final WrittenDateParser parser;

  public DatelineDateExtractor() {
    this(new WrittenDateParser());
  }

  DatelineDateExtractor(WrittenDateParser parser) {
    this.parser = parser;
  }

  /**
   * The dateline's day, or empty.
   *
   * @param text the article text, paragraphs separated by line breaks
   * @param reference the day the file was filed (or published), which places a dateline without a
   *     year; without it, such datelines are passed over
   * @param order how to read an ambiguous numeric date
   */
  public Optional<LocalDate> extract(String text, Optional<LocalDate> reference, DayOrder order) {
    String top = text.length() > TOP ? text.substring(0, TOP) : text;
    for (String line : top.split("\\R")) {
      Optional<LocalDate> date = inLine(line.strip(), reference, order);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> inLine(String line, Optional<LocalDate> reference, DayOrder order) {
    String head = head(line);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    Pattern place = head.length() == line.length() ? WEEKDAY : PLACE;
    Optional<WrittenDate> full = parser.findAll(head, order).stream().findFirst();
    if (full.isPresent()) {
      WrittenDate date = full.get();
      return placeBefore(place, head, date.start()) && endsTheHead(head, date.end())
          ? Optional.of(date.date())
          : Optional.empty();
    }
    Optional<MonthDayMention> monthDay = parser.firstMonthDay(head);
    if (monthDay.isEmpty()
        || reference.isEmpty()
        || !placeBefore(place, head, monthDay.get().start())
        || !closesNear(head, monthDay.get())) {
      return Optional.empty();
    }
    return Optional.of(inYear(monthDay.get().monthDay(), reference.get()));
  }

  /** The text before the dateline's closing mark, or a whole short line; empty if neither. */
  private static String head(String line) {
    Matcher closing = CLOSING.matcher(line);
    if (closing.find() && closing.start() <= MAX_PLACE) {
      return line.substring(0, closing.start()).strip();
    }
    return line.length() <= SHORT_LINE ? line : "";
  }

  private boolean placeBefore(Pattern place, String head, int start) {
    Matcher m = place.matcher(head.substring(0, start));
    return m.matches() && (place != WEEKDAY || m.group(1) == null || parser.isWeekday(m.group(1)));
  }

  /** Only punctuation may stand between the date and the closing mark. */
  private static boolean endsTheHead(String head, int end) {
    return head.substring(Math.min(end, head.length())).matches("[\\s.,:;]*");
  }

  private static boolean closesNear(String head, MonthDayMention mention) {
    String after = head.substring(mention.start()).replaceAll("[\\s.,:;]+$", "");
    return after.matches("(?s).{1,16}");
  }

  static LocalDate inYear(MonthDay monthDay, LocalDate reference) {
    LocalDate date = monthDay.atYear(reference.getYear());
    return date.isAfter(reference.plusDays(2)) ? monthDay.atYear(reference.getYear() - 1) : date;
  }
}
