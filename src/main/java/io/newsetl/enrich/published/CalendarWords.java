package io.newsetl.enrich.published;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Month and weekday names of many languages from the CLDR data in ICU4J: wide and abbreviated,
 * formatting (genitive) and stand-alone forms, including the Levantine and Maghreb Arabic months. A
 * name that means different months in different languages (Czech and Croatian {@code listopad}) is
 * left out, as are abbreviations shorter than three letters (full names are kept: Levantine {@code
 * آب}). Lookup is case-insensitive, ignores a trailing dot and the Arabic hamza forms of alef.
 * Immutable and thread-safe.
 */
final class CalendarWords {

  /** The languages of the archive first, then other languages common on news sites. */
  static final List<String> LOCALES =
      List.of(
          "en", "ar", "ar-SY", "ar-TN", "ar-MA", "fr", "es", "de", "ru", "it", "pt", "nl", "uk",
          "pl", "cs", "sk", "sl", "hr", "sr-Latn", "bs", "ro", "hu", "tr", "id", "ms", "sv", "da",
          "nb", "fi", "et", "lv", "lt", "el", "bg", "mk", "ca", "gl", "eu", "sq", "fa", "he", "hy",
          "ka", "az", "tl", "vi", "zh", "ja", "ko");

  private static final CalendarWords ALL = new CalendarWords(LOCALES);

  private final Map<String, Integer> months;
  private final Set<String> weekdays;

  CalendarWords(List<String> locales) {
    Map<String, Integer> found = new HashMap<>();
    Set<String> conflicting = new HashSet<>();
    Set<String> days = new HashSet<>();
    for (String tag : locales) {
      DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLanguageTag(tag));
      for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
        for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
          String[] names = symbols.getMonths(context, width);
          for (int m = 0; m < 12; m++) {
            add(found, conflicting, fold(names[m]), m + 1, width == DateFormatSymbols.WIDE);
          }
          Arrays.stream(symbols.getWeekdays(context, width))
              .map(CalendarWords::fold)
              .filter(d -> !d.isEmpty())
              .forEach(days::add);
        }
      }
    }
    conflicting.forEach(found::remove);
    this.months = Map.copyOf(found);
    this.weekdays = Set.copyOf(days);
  }

  static CalendarWords all() {
    return ALL;
  }

  /** The month (1 to 12) a word names, or empty. */
  OptionalInt month(String word) {
    Integer month = months.get(fold(word));
    return month == null ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** True when the word names a day of the week ({@code Thursday}, {@code Do}, {@code الخميس}). */
  boolean isWeekday(String word) {
    return weekdays.contains(fold(word));
  }

  private static void add(
      Map<String, Integer> found, Set<String> conflicting, String name, int month, boolean wide) {
    boolean tooShort = !wide && name.codePointCount(0, name.length()) < 3;
    if (tooShort || name.isEmpty() || name.chars().anyMatch(Character::isDigit)) {
      return;
    }
    Integer before = found.putIfAbsent(name, month);
    if (before != null && before != month) {
      conflicting.add(name);
    }
  }

  static String fold(String word) {
    String folded = word.strip().toLowerCase(Locale.ROOT).replace("\u0640", "");
    while (folded.endsWith(".")) {
      folded = folded.substring(0, folded.length() - 1);
    }
    return folded.replaceAll("\\s+", " ").replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
  }
}
