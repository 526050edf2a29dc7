package io.newsetl.enrich.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import io.newsetl.enrich.dates.Term.Category;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds month and weekday names from the CLDR data in ICU4J to a lexicon: formatting and stand-alone
 * forms, wide and abbreviated, for every locale the vocabulary lists under {@code
 * option.calendar.locales} (Arabic lists {@code ar-SY} for the Levantine and Iraqi month names and
 * {@code ar-TN}, {@code ar-MA} for the Maghreb ones). Inflected forms CLDR lacks (Russian
 * prepositional {@code мае}, accusative {@code среду}) are derived from the CLDR forms by the
 * vocabulary's suffix rules ({@code derive.*}).
 */
final class CalendarNames {

  private static final int[] CONTEXTS = {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE};

  private CalendarNames() {}

  static void addTo(Lexicon.Builder lexicon, Vocabulary vocabulary, String language) {
    Set<String> ambiguous =
        vocabulary.get("ambiguous").stream()
            .map(FoldedText::foldPhrase)
            .collect(Collectors.toSet());
    List<String> abbreviatedAsFull = vocabulary.get("option.abbreviations.full");
    List<String> locales = vocabulary.get("option.calendar.locales");
    for (String tag : locales.isEmpty() ? List.of(language) : locales) {
      DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLanguageTag(tag));
      addMonths(lexicon, symbols, ambiguous, abbreviatedAsFull.contains("months"));
      addWeekdays(lexicon, symbols, ambiguous, abbreviatedAsFull.contains("weekdays"));
      derive(lexicon, vocabulary, symbols, ambiguous);
    }
  }

  private static void addMonths(
      Lexicon.Builder lexicon,
      DateFormatSymbols symbols,
      Set<String> ambiguous,
      boolean abbreviatedAsFull) {
    for (int context : CONTEXTS) {
      String[] wide = symbols.getMonths(context, DateFormatSymbols.WIDE);
      String[] abbreviated = symbols.getMonths(context, DateFormatSymbols.ABBREVIATED);
      for (int m = 0; m < 12; m++) {
        lexicon.add(wide[m], month(wide[m], m + 1, ambiguous));
        String abbreviation = stripDot(abbreviated[m]);
        boolean full = abbreviatedAsFull || abbreviation.equalsIgnoreCase(wide[m]);
        lexicon.add(
            abbreviation,
            full
                ? month(abbreviation, m + 1, ambiguous)
                : new Term(Category.MONTH_ABBR, "", m + 1));
      }
    }
  }

  private static Term month(String name, int month, Set<String> ambiguous) {
    return new Term(
        Category.MONTH, ambiguous.contains(FoldedText.foldPhrase(name)) ? "?" : "", month);
  }

  private static void addWeekdays(
      Lexicon.Builder lexicon,
      DateFormatSymbols symbols,
      Set<String> ambiguous,
      boolean abbreviated) {
    for (int context : CONTEXTS) {
      String[] wide = symbols.getWeekdays(context, DateFormatSymbols.WIDE);
      String[] shorter = symbols.getWeekdays(context, DateFormatSymbols.ABBREVIATED);
      for (int d = 1; d <= 7; d++) {
        lexicon.add(wide[d], weekday(d, wide[d], ambiguous));
        if (abbreviated) {
          lexicon.add(stripDot(shorter[d]), weekday(d, shorter[d], ambiguous));
        }
      }
    }
  }

  private static Term weekday(int icuDay, String name, Set<String> ambiguous) {
    return new Term(
        Category.WEEKDAY,
        ambiguous.contains(FoldedText.foldPhrase(name)) ? "?" : "",
        isoDay(icuDay));
  }

  /** ICU numbers weekdays from Sunday = 1; ISO 8601 from Monday = 1. */
  private static int isoDay(int icuDay) {
    return icuDay == 1 ? 7 : icuDay - 1;
  }

  private static void derive(
      Lexicon.Builder lexicon,
      Vocabulary vocabulary,
      DateFormatSymbols symbols,
      Set<String> ambiguous) {
    String[] months = symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
    for (int m = 0; m < 12; m++) {
      for (String rule : vocabulary.get("derive.month")) {
        Term term = new Term(Category.MONTH, "", m + 1);
        Affix.apply(rule, months[m]).ifPresent(name -> lexicon.add(name, term));
      }
    }
    String[] days = symbols.getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE);
    for (int d = 1; d <= 7; d++) {
      int iso = isoDay(d);
      for (String rule : vocabulary.get("derive.weekday")) {
        String day = days[d];
        int icuDay = d;
        Affix.apply(rule, day)
            .ifPresent(name -> lexicon.add(name, weekday(icuDay, name, ambiguous)));
      }
      deriveDay(
          lexicon,
          vocabulary.get("derive.weekday.bare"),
          days[d],
          new Term(Category.WEEKDAY_BARE, "", iso));
      deriveDay(
          lexicon,
          vocabulary.get("derive.weekday.set"),
          days[d],
          new Term(Category.SET_WORD, "XXXX-WXX-" + iso, 0));
    }
  }

  private static void deriveDay(
      Lexicon.Builder lexicon, List<String> rules, String day, Term term) {
    for (String rule : rules) {
      Affix.apply(rule, day).ifPresent(name -> lexicon.add(name, term));
    }
  }

  private static String stripDot(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
