package io.newsetl.clean;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * Letter counts per Unicode script over the start of a text, with the few letter classes that tell
 * languages sharing a script apart. Japanese kana are counted under {@code HAN} so that a Japanese
 * text is dominated by one script; {@link #kana()} keeps them apart.
 */
record ScriptProfile(
    Map<UnicodeScript, Integer> letters,
    int kana,
    int extendedArabic,
    int extendedCyrillic,
    int russianOnly) {

  /** Only the start of a long text is examined: enough evidence, bounded cost. */
  static final int MAX_CHARS = 10_000;

  /** A Han, kana or Hangul character carries about as much as a short word in other scripts. */
  private static final int SYLLABIC_WEIGHT = 3;

  static ScriptProfile of(String text) {
    Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
    int kana = 0;
    int extendedArabic = 0;
    int extendedCyrillic = 0;
    int russianOnly = 0;
    int end = Math.min(text.length(), MAX_CHARS);
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      UnicodeScript script = UnicodeScripts.of(cp);
      if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
        kana++;
        script = UnicodeScript.HAN;
      } else if (script == UnicodeScript.ARABIC && !isBasicArabic(cp)) {
        extendedArabic++;
      } else if (script == UnicodeScript.CYRILLIC && !isBasicCyrillic(cp)) {
        extendedCyrillic++;
      } else if ("ыЫэЭ".indexOf(cp) >= 0) {
        russianOnly++;
      }
      if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
        letters.merge(script, 1, Integer::sum);
      }
    }
    return new ScriptProfile(letters, kana, extendedArabic, extendedCyrillic, russianOnly);
  }

  /** Letters of the Arabic alphabet proper, including its presentation forms. */
  private static boolean isBasicArabic(int cp) {
    return (cp >= 0x0621 && cp <= 0x064A) || cp == 0x0671 || (cp >= 0xFE70 && cp <= 0xFEFC);
  }

  /** Letters of the Russian alphabet, which Bulgarian also uses. */
  private static boolean isBasicCyrillic(int cp) {
    return (cp >= 0x0410 && cp <= 0x044F) || cp == 0x0401 || cp == 0x0451;
  }

  /** Number of letters in all scripts. */
  int total() {
    return letters.values().stream().mapToInt(Integer::intValue).sum();
  }

  int count(UnicodeScript script) {
    return letters.getOrDefault(script, 0);
  }

  /** The script with the most weighted letters; {@code UNKNOWN} when there are no letters. */
  UnicodeScript dominant() {
    return letters.keySet().stream()
        .max((a, b) -> Integer.compare(weighted(a), weighted(b)))
        .orElse(UnicodeScript.UNKNOWN);
  }

  /** The dominant script's part of all weighted letters, 0 to 1. */
  double share() {
    int all = letters.keySet().stream().mapToInt(this::weighted).sum();
    return all == 0 ? 0 : (double) weighted(dominant()) / all;
  }

  private int weighted(UnicodeScript script) {
    int n = count(script);
    return script == UnicodeScript.HAN || script == UnicodeScript.HANGUL ? n * SYLLABIC_WEIGHT : n;
  }
}
