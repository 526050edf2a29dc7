package io.newsetl.enrich.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds temporal expressions in news text and normalizes them to TimeML TIMEX3 values relative to
 * the article's publication date.
 *
 * <p>Languages: Arabic, Chinese, English, French, German, Russian and Spanish ({@link
 * #supportedLanguages()}). Month and weekday names come from CLDR (ICU4J); relative vocabulary from
 * one resource file per language. For a language it does not support, {@link #extract} returns an
 * empty list.
 *
 * <p>Normalization follows news usage: a bare weekday or month means the most recent one, the
 * publication day or month itself included ("said on Thursday" in a Thursday paper), unless a cue
 * ("next", "المقبل", "prochain") or a future auxiliary shortly before ("will", "سوف", "wird")
 * points forward. A day and month without a year mean the nearest such date. Without a reference
 * date, relative expressions keep a partly unknown value ({@code XXXX-05}, {@code XXXX-WXX-3},
 * {@code PAST_REF}).
 *
 * <p>Instances are immutable once constructed and safe to share between threads. Construction loads
 * the dictionaries: the first one in a JVM takes a few seconds (ICU loads its CLDR data), later
 * ones milliseconds. Build one and reuse it.
 */
public final class TemporalExtractor {

  private static final List<String> LANGUAGES = List.of("ar", "de", "en", "es", "fr", "ru", "zh");

  private final Map<String, LanguagePack> packs;
  private final ExpressionScanner scanner = new ExpressionScanner();

  /** An extractor for all supported languages. */
  public TemporalExtractor() {
    this(LANGUAGES);
  }

  /**
   * An extractor for some of the supported languages.
   *
   * @throws IllegalArgumentException if a language is not supported
   */
  public TemporalExtractor(List<String> languages) {
    Map<String, LanguagePack> loaded = new LinkedHashMap<>();
    for (String language : languages) {
      if (!LANGUAGES.contains(language)) {
        throw new IllegalArgumentException("unsupported language: " + language);
      }
      loaded.put(language, LanguagePack.load(language));
    }
    this.packs = Map.copyOf(loaded);
  }

  /** The ISO 639-1 codes this extractor has dictionaries for. */
  public Set<String> supportedLanguages() {
    return packs.keySet();
  }

  /**
   * The temporal expressions of {@code text} in order of position, without overlaps.
   *
   * @param text the text; offsets in the result index into it
   * @param language ISO 639-1 code of the text ({@code ar}, {@code en}...); case-insensitive, and a
   *     region or script after it ({@code ar-SA}, {@code zh_Hans}) is ignored
   * @param referenceDate the publication date relative expressions are resolved against
   * @return the expressions, or an empty list when there are none or the language is unsupported
   */
  public List<TemporalExpression> extract(
      String text, String language, Optional<LocalDate> referenceDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(referenceDate, "referenceDate");
    LanguagePack pack = language == null ? null : packs.get(primaryLanguage(language));
    if (pack == null || text.isEmpty()) {
      return List.of();
    }
    FoldedText folded = FoldedText.of(text);
    List<TemporalExpression> result = new ArrayList<>();
    Optional<String> focus = Optional.empty();
    for (Match match : scanner.scan(Scan.of(folded, pack))) {
      int start = folded.originalStart(match.charStart());
      int end = folded.originalEnd(match.charEnd());
      String value = match.anchor().value(referenceDate, focus);
      if (match.type() == TimexType.DATE
          && Character.isDigit(value.charAt(0))
          && match.anchor().isMention()) {
        focus = Optional.of(value);
      }
      result.add(
          new TemporalExpression(text.substring(start, end), match.type(), value, start, end));
    }
    return result;
  }

  private static String primaryLanguage(String tag) {
    int cut = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
    return (cut > 0 ? tag.substring(0, cut) : tag).toLowerCase(Locale.ROOT);
  }
}
