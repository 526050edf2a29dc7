package io.newsetl.clean;

import static java.lang.Character.UnicodeScript.ARABIC;
import static java.lang.Character.UnicodeScript.CYRILLIC;
import static java.lang.Character.UnicodeScript.DEVANAGARI;
import static java.lang.Character.UnicodeScript.HAN;
import static java.lang.Character.UnicodeScript.LATIN;

import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Which scripts write which languages, and how declared language tags map to ISO 639-1. */
final class LanguageScripts {

  /** Scripts used by one major language only: the script alone identifies the language. */
  private static final Map<UnicodeScript, String> SINGLE_LANGUAGE =
      Map.ofEntries(
          Map.entry(UnicodeScript.HANGUL, "ko"),
          Map.entry(UnicodeScript.GREEK, "el"),
          Map.entry(UnicodeScript.HEBREW, "he"),
          Map.entry(UnicodeScript.THAI, "th"),
          Map.entry(UnicodeScript.BENGALI, "bn"),
          Map.entry(UnicodeScript.TAMIL, "ta"),
          Map.entry(UnicodeScript.TELUGU, "te"),
          Map.entry(UnicodeScript.KANNADA, "kn"),
          Map.entry(UnicodeScript.MALAYALAM, "ml"),
          Map.entry(UnicodeScript.GUJARATI, "gu"),
          Map.entry(UnicodeScript.GURMUKHI, "pa"),
          Map.entry(UnicodeScript.ORIYA, "or"),
          Map.entry(UnicodeScript.SINHALA, "si"),
          Map.entry(UnicodeScript.GEORGIAN, "ka"),
          Map.entry(UnicodeScript.ARMENIAN, "hy"),
          Map.entry(UnicodeScript.ETHIOPIC, "am"),
          Map.entry(UnicodeScript.KHMER, "km"),
          Map.entry(UnicodeScript.LAO, "lo"),
          Map.entry(UnicodeScript.MYANMAR, "my"),
          Map.entry(UnicodeScript.TIBETAN, "bo"));

  /** Languages written in a script other than Latin, apart from the single-language ones. */
  private static final Map<String, Set<UnicodeScript>> NON_LATIN =
      Map.ofEntries(
          Map.entry("ar", Set.of(ARABIC)),
          Map.entry("fa", Set.of(ARABIC)),
          Map.entry("ur", Set.of(ARABIC)),
          Map.entry("ps", Set.of(ARABIC)),
          Map.entry("ku", Set.of(ARABIC, LATIN)),
          Map.entry("ru", Set.of(CYRILLIC)),
          Map.entry("uk", Set.of(CYRILLIC)),
          Map.entry("bg", Set.of(CYRILLIC)),
          Map.entry("be", Set.of(CYRILLIC)),
          Map.entry("mk", Set.of(CYRILLIC)),
          Map.entry("sr", Set.of(CYRILLIC, LATIN)),
          Map.entry("kk", Set.of(CYRILLIC)),
          Map.entry("ky", Set.of(CYRILLIC)),
          Map.entry("mn", Set.of(CYRILLIC)),
          Map.entry("tg", Set.of(CYRILLIC)),
          Map.entry("hi", Set.of(DEVANAGARI)),
          Map.entry("mr", Set.of(DEVANAGARI)),
          Map.entry("ne", Set.of(DEVANAGARI)),
          Map.entry("zh", Set.of(HAN)),
          Map.entry("ja", Set.of(HAN)),
          Map.entry("yi", Set.of(UnicodeScript.HEBREW)));

  private static final Pattern TWO_LETTERS = Pattern.compile("[a-z]{2}");
  private static final Map<String, String> ISO_639_2 = iso6392();

  private LanguageScripts() {}

  static Optional<String> singleLanguage(UnicodeScript script) {
    return Optional.ofNullable(SINGLE_LANGUAGE.get(script));
  }

  /** Whether a language is written in a script; unknown languages are taken as Latin-script. */
  static boolean writes(String language, UnicodeScript script) {
    Set<UnicodeScript> scripts = NON_LATIN.get(language);
    if (scripts != null) {
      return scripts.contains(script);
    }
    return SINGLE_LANGUAGE.containsKey(script)
        ? language.equals(SINGLE_LANGUAGE.get(script))
        : script == LATIN;
  }

  /**
   * The ISO 639-1 code of a declared language tag such as {@code en}, {@code en-US}, {@code pt_BR},
   * {@code zh-Hans} or {@code ara}; empty for tags without a two-letter language.
   */
  static Optional<String> isoCode(String tag) {
    String cleaned = tag.strip().replace('_', '-');
    String language = Locale.forLanguageTag(cleaned).getLanguage().toLowerCase(Locale.ROOT);
    String code = ISO_639_2.getOrDefault(language, language);
    return TWO_LETTERS.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }

  private static Map<String, String> iso6392() {
    Map<String, String> codes = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      codes.put(Locale.forLanguageTag(code).getISO3Language(), code);
    }
    return Map.copyOf(codes);
  }
}
