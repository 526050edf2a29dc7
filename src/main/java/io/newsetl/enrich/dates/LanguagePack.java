package io.newsetl.enrich.dates;

import io.newsetl.enrich.dates.Term.Category;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the extractor knows about one language: the lexicon built from CLDR calendar names and
 * the language's vocabulary resource, and a few options. Immutable.
 *
 * @param language ISO 639-1 code
 * @param lexicon the phrases
 * @param monthFirst whether numeric dates put the month first ({@code 07/13/2023})
 * @param weekCues whether "last" or "next" before a weekday shifts by a calendar week (Chinese 上周三
 *     is Wednesday of last week) rather than meaning the nearest such day before or after
 */
record LanguagePack(String language, Lexicon lexicon, boolean monthFirst, boolean weekCues) {

  private static final Map<String, Category> SIMPLE_KEYS =
      Map.ofEntries(
          Map.entry("fuzzy", Category.FUZZY),
          Map.entry("every", Category.EVERY),
          Map.entry("every.plural", Category.EVERY),
          Map.entry("every.setword", Category.EVERY),
          Map.entry("ago.before", Category.AGO_BEFORE),
          Map.entry("ago.after", Category.AGO_AFTER),
          Map.entry("ago.after.anaphoric", Category.AGO_AFTER),
          Map.entry("ahead.before", Category.AHEAD_BEFORE),
          Map.entry("ahead.after", Category.AHEAD_AFTER),
          Map.entry("prep", Category.PREP),
          Map.entry("stop", Category.STOP),
          Map.entry("decade.noun", Category.DECADE_NOUN),
          Map.entry("year.not", Category.YEAR_NOT),
          Map.entry("year.cue", Category.YEAR_CUE),
          Map.entry("duration.prep", Category.DURATION_PREP),
          Map.entry("age", Category.AGE),
          Map.entry("rate", Category.RATE),
          Map.entry("rate.cue", Category.RATE_CUE),
          Map.entry("past", Category.PAST),
          Map.entry("span.before", Category.SPAN_BEFORE),
          Map.entry("time.zone", Category.TIME_ZONE),
          Map.entry("month.noun", Category.MONTH_NOUN),
          Map.entry("weekday.noun", Category.DAY_NOUN),
          Map.entry("date.of", Category.DATE_OF),
          Map.entry("date.sep", Category.DATE_SEP),
          Map.entry("day.suffix", Category.DAY_SUFFIX),
          Map.entry("day.mark", Category.DAY_MARK),
          Map.entry("year.noun", Category.YEAR_NOUN),
          Map.entry("year.suffix", Category.YEAR_SUFFIX),
          Map.entry("decade.before", Category.DECADE_BEFORE),
          Map.entry("decade.after", Category.DECADE_AFTER),
          Map.entry("century", Category.CENTURY),
          Map.entry("hour.mark", Category.HOUR_MARK),
          Map.entry("minute.mark", Category.MINUTE_MARK),
          Map.entry("time.noun", Category.TIME_NOUN),
          Map.entry("future", Category.FUTURE),
          Map.entry("determiner", Category.DETERMINER));

  private static final Map<String, Category> CODED_KEYS =
      Map.ofEntries(
          Map.entry("month", Category.MONTH),
          Map.entry("monthabbr", Category.MONTH_ABBR),
          Map.entry("weekday", Category.WEEKDAY),
          Map.entry("day", Category.DAY_REL),
          Map.entry("rel", Category.REL_UNIT),
          Map.entry("anaphoric", Category.ANAPHORIC_UNIT),
          Map.entry("unit", Category.UNIT),
          Map.entry("units", Category.UNIT),
          Map.entry("unit2", Category.UNIT),
          Map.entry("number", Category.NUMBER),
          Map.entry("ordinal", Category.ORDINAL),
          Map.entry("cue", Category.CUE),
          Map.entry("set", Category.SET_WORD),
          Map.entry("ref", Category.REF),
          Map.entry("mod", Category.MOD_BEFORE),
          Map.entry("modafter", Category.MOD_AFTER),
          Map.entry("decade", Category.DECADE_WORD),
          Map.entry("season", Category.SEASON),
          Map.entry("part", Category.PART_OF_DAY),
          Map.entry("time", Category.TIME_WORD),
          Map.entry("ampm", Category.AMPM));

  private static final java.util.Set<Category> NUMERIC =
      java.util.EnumSet.of(
          Category.MONTH,
          Category.MONTH_ABBR,
          Category.WEEKDAY,
          Category.NUMBER,
          Category.ORDINAL,
          Category.DECADE_WORD,
          Category.DAY_REL,
          Category.REL_UNIT,
          Category.ANAPHORIC_UNIT);

  /** Loads {@code vocabulary_<language>.txt} and the CLDR names of the language. */
  static LanguagePack load(String language) {
    Vocabulary vocabulary = Vocabulary.load(language);
    Lexicon.Builder lexicon = new Lexicon.Builder();
    CalendarNames.addTo(lexicon, vocabulary, language);
    vocabulary
        .entries()
        .forEach(
            (key, phrases) ->
                term(key).ifPresent(term -> phrases.forEach(p -> lexicon.add(p, term))));
    vocabulary.get("option.clitics").forEach(lexicon::clitic);
    return new LanguagePack(
        language,
        lexicon.build(),
        vocabulary.option("numeric.order", "DMY").equals("MDY"),
        Boolean.parseBoolean(vocabulary.option("weekday.cue.week", "false")));
  }

  /** The meaning of a vocabulary key, or empty for options and derivation rules. */
  static Optional<Term> term(String key) {
    Category simple = SIMPLE_KEYS.get(key);
    if (simple != null) {
      int dot = key.indexOf('.', key.startsWith("ago.") ? 4 : 0);
      boolean variant = key.startsWith("every.") || key.startsWith("ago.after.");
      String code = variant && dot > 0 ? key.substring(dot + 1).toUpperCase(Locale.ROOT) : "";
      return Optional.of(new Term(simple, code, 0));
    }
    String[] parts = key.split("\\.", 3);
    Category coded = CODED_KEYS.get(parts[0]);
    if (coded == null
        || parts.length < 2
        || (NUMERIC.contains(coded) && !parts[1].matches("-?[0-9]+"))) {
      return Optional.empty();
    }
    return Optional.of(codedTerm(coded, parts));
  }

  private static Term codedTerm(Category category, String[] parts) {
    switch (category) {
      case UNIT:
        return new Term(
            category, parts[1], parts[0].equals("units") ? 0 : parts[0].equals("unit2") ? 2 : 1);
      case DAY_REL, REL_UNIT, ANAPHORIC_UNIT:
        return new Term(category, parts.length > 2 ? parts[2] : "", Integer.parseInt(parts[1]));
      case MONTH, MONTH_ABBR, WEEKDAY, NUMBER, ORDINAL, DECADE_WORD:
        return new Term(category, "", Integer.parseInt(parts[1]));
      default:
        return new Term(category, String.join(".", List.of(parts).subList(1, parts.length)), 0);
    }
  }
}
