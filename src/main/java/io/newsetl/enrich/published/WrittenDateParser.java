package io.newsetl.enrich.published;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds complete calendar dates (day, month and year) written in text in the usual forms of many
 * languages: ISO {@code 2023-07-13}, numeric {@code 13.07.2023}, {@code 13/07/23}, {@code
 * 07/13/2023}, named months {@code 13 July 2023}, {@code July 13th, 2023}, {@code 13. Juli 2023},
 * {@code 13 de julio de 2023}, {@code 13 июля 2023}, {@code 13 يوليو 2023}, {@code 13 تموز 2023},
 * {@code 2023. július 13.}, and {@code 2023年7月13日} / {@code 2023년 7월 13일}. Any Unicode decimal
 * digits count (Arabic-Indic, Persian, full-width). Month names come from {@link CalendarWords}.
 * Years run from 1900 to 2099; a two-digit year is 19xx from 70 on, else 20xx.
 *
 * <p>Stateless and thread-safe. Never throws on any text: impossible dates are passed over.
 */
public final class WrittenDateParser {

  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String WORD = "(\\p{L}[\\p{L}\\p{M}]*(?:\\s(?:الثاني|الأول|الاول))?)";
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d.])" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d.:/-])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?((?:19|20)?\\d{2})(?![\\d]|[./-]\\d)");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?iu)(?<![\\d.])(\\d{1,2})(?:\\.|er|st|nd|rd|th|º|ª)?\\s?(?:de\\s|of\\s)?"
              + WORD
              + "\\.?,?\\s(?:de\\s|del\\s)?"
              + YEAR
              + "(?![\\d])");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])"
              + WORD
              + "\\.?\\s(\\d{1,2})(?:st|nd|rd|th|\\.)?,?\\s"
              + YEAR
              + "(?![\\d])");
  private static final Pattern YEAR_MONTH =
      Pattern.compile("(?iu)(?<![\\d])" + YEAR + "\\.?\\s" + WORD + "\\.?\\s(\\d{1,2})(?![\\d])");
  private static final Pattern CJK =
      Pattern.compile(
          "(?<![\\d])" + YEAR + "\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})(?![\\d])");

  private static final Pattern DAY_MONTH_ONLY =
      Pattern.compile(
          "(?iu)(?<![\\d.])(\\d{1,2})(?:\\.|er|º)?\\s?(?:de\\s)?" + WORD + "(?![\\p{L}])");
  private static final Pattern MONTH_DAY_ONLY =
      Pattern.compile("(?iu)(?<![\\p{L}])" + WORD + "\\.?\\s(\\d{1,2})(?![\\d])");
  private static final Pattern CJK_MONTH_DAY =
      Pattern.compile("(?<![\\d])(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]");

  private final CalendarWords names;

  public WrittenDateParser() {
    this(CalendarWords.all());
  }

  WrittenDateParser(CalendarWords names) {
    this.names = names;
  }

  /** Every date written in {@code text}, in text order; overlapping readings keep the first. */
  public List<WrittenDate> findAll(String text, DayOrder order) {
    String plain = DigitFolding.fold(text);
    List<WrittenDate> found = new ArrayList<>();
    collect(plain, ISO, found, m -> date(m.group(1), m.group(3), m.group(4)));
    collect(plain, NUMERIC, found, m -> dayMonth(m, order));
    collect(plain, DAY_MONTH, found, m -> named(m.group(3), m.group(2), m.group(1)));
    collect(plain, MONTH_DAY, found, m -> named(m.group(3), m.group(1), m.group(2)));
    collect(plain, YEAR_MONTH, found, m -> named(m.group(1), m.group(2), m.group(3)));
    collect(plain, CJK, found, m -> date(m.group(1), m.group(2), m.group(3)));
    found.sort(Comparator.comparingInt(WrittenDate::start));
    return withoutOverlaps(found);
  }

  /** True when the word names a day of the week in one of the languages. */
  boolean isWeekday(String word) {
    return names.isWeekday(word);
  }

  /** The first date written in {@code text}, or empty. */
  public Optional<LocalDate> first(String text, DayOrder order) {
    return findAll(text, order).stream().findFirst().map(WrittenDate::date);
  }

  /**
   * The first day and month written without a year ({@code July 12}, {@code 12 июля}, {@code 12.
   * Juli}, {@code 13 يوليو}, {@code 7月13日}) in {@code text}, or empty.
   */
  Optional<MonthDayMention> firstMonthDay(String text) {
    String plain = DigitFolding.fold(text);
    List<MonthDayMention> found = new ArrayList<>();
    monthDays(plain, DAY_MONTH_ONLY, 2, 1, found);
    monthDays(plain, MONTH_DAY_ONLY, 1, 2, found);
    Matcher cjk = CJK_MONTH_DAY.matcher(plain);
    while (cjk.find()) {
      monthDay(Integer.parseInt(cjk.group(1)), cjk.group(2), cjk.start(), found);
    }
    return found.stream().min(Comparator.comparingInt(MonthDayMention::start));
  }

  private void monthDays(
      String text, Pattern pattern, int nameGroup, int dayGroup, List<MonthDayMention> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      OptionalInt month = names.month(m.group(nameGroup));
      if (month.isPresent()) {
        monthDay(month.getAsInt(), m.group(dayGroup), m.start(), found);
      }
    }
  }

  private static void monthDay(int month, String day, int start, List<MonthDayMention> found) {
    try {
      found.add(new MonthDayMention(MonthDay.of(month, Integer.parseInt(day)), start));
    } catch (DateTimeException e) {
      // not a day of that month: passed over
    }
  }

  /** A day and month without a year, at an offset of the text. */
  record MonthDayMention(MonthDay monthDay, int start) {}

  private interface Reading {
    Optional<LocalDate> read(Matcher m);
  }

  private static void collect(
      String text, Pattern pattern, List<WrittenDate> found, Reading reading) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Optional<LocalDate> date = reading.read(m);
      if (date.isPresent()) {
        found.add(new WrittenDate(date.get(), m.start(), m.end()));
      }
    }
  }

  private Optional<LocalDate> named(String year, String monthName, String day) {
    OptionalInt month = names.month(monthName);
    return month.isPresent()
        ? date(year, Integer.toString(month.getAsInt()), day)
        : Optional.empty();
  }

  private static Optional<LocalDate> dayMonth(Matcher m, DayOrder order) {
    if (m.group(4).length() == 2 && "-".equals(m.group(2))) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    boolean monthFirst =
        first <= 12 && (second > 12 || ("/".equals(m.group(2)) && order == DayOrder.MONTH_FIRST));
    return monthFirst
        ? date(m.group(4), m.group(1), m.group(3))
        : date(m.group(4), m.group(3), m.group(1));
  }

  static Optional<LocalDate> date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += y >= 70 ? 1900 : 2000;
    }
    try {
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static List<WrittenDate> withoutOverlaps(List<WrittenDate> sorted) {
    List<WrittenDate> kept = new ArrayList<>();
    int end = -1;
    for (WrittenDate date : sorted) {
      if (date.start() >= end) {
        kept.add(date);
        end = date.end();
      }
    }
    return kept;
  }
}
