package io.newsetl.enrich.entities.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds one word of a name to the key the matcher compares: lower case ({@link Locale#ROOT}), no
 * Latin or Arabic diacritics, Arabic alef/hamza, yaa and taa-marbuta variants unified, no tatweel,
 * and for Cyrillic words the stem without a case ending ("Китая", "Китаю" → "кит"). Also gives the
 * readings of an Arabic word without its clitic prefixes ("والصين" → "الصين"). Stateless and
 * thread-safe.
 */
public final class NameNormalizer {

  /** Cyrillic adjective and plural endings removed whole before the final vowels. */
  private static final List<String> CYRILLIC_ENDINGS =
      List.of("ого", "его", "ому", "ему", "ами", "ями", "ими", "ыми");

  private static final String CYRILLIC_VOWELS = "аеиоуыэюяь";

  /** Arabic proclitics (conjunction, preposition) that may be written onto a name. */
  private static final List<String> ARABIC_PREFIXES =
      List.of("وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك");

  private NameNormalizer() {}

  /** The matching key of one word. */
  public static String key(String word) {
    return keyOfFolded(fold(word));
  }

  /** The matching key of a word already folded. */
  public static String keyOfFolded(String folded) {
    return isCyrillic(folded) ? stem(folded) : folded;
  }

  /** Lower case without diacritics, Arabic letter variants unified. */
  public static String fold(String word) {
    return withoutMarks(word, true);
  }

  /**
   * The letters of a text as written, lower case, without diacritics (but with the hamza and madda
   * of Arabic letters) or tatweel and with no other folding: what {@link KbExclusion}s are compared
   * on.
   */
  static String letters(String text) {
    return Normalizer.normalize(withoutMarks(text, false), Normalizer.Form.NFC);
  }

  // lower case without combining marks and tatweel; with foldArabic, also without hamza and madda
  // and with taa marbuta, alef maqsura, alef wasla, Farsi yeh and keheh as their common letters
  private static String withoutMarks(String word, boolean foldArabic) {
    String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      boolean hamzaOrMadda = c >= '\u0653' && c <= '\u0655';
      if ((type == Character.NON_SPACING_MARK && (foldArabic || !hamzaOrMadda))
          || type == Character.ENCLOSING_MARK
          || c == '\u0640'
          || c == '\u0670') {
        continue;
      }
      out.append(foldArabic ? folded(c) : c);
    }
    return out.toString();
  }

  private static char folded(char c) {
    return switch (c) {
      case '\u0629' -> '\u0647';
      case '\u0649' -> '\u064A';
      case '\u0671' -> '\u0627';
      case '\u06CC' -> '\u064A';
      case '\u06A9' -> '\u0643';
      default -> c;
    };
  }

  /**
   * Whether {@code prefix} is one of the Arabic proclitics (conjunction, preposition, or both) that
   * may be written onto a name: و, ف, ب, ل, ك, وب, فل ...
   */
  public static boolean isArabicPrefix(String prefix) {
    return ARABIC_PREFIXES.contains(prefix);
  }

  /**
   * The readings of a folded Arabic word without clitic prefixes, the word itself first: "للصين"
   * gives "للصين", "الصين", "لصين"... A reading keeps at least three letters.
   */
  public static List<String> arabicReadings(String folded) {
    List<String> readings = new ArrayList<>(4);
    readings.add(folded);
    if (folded.isEmpty() || !isArabic(folded)) {
      return readings;
    }
    for (String prefix : ARABIC_PREFIXES) {
      if (folded.startsWith(prefix) && folded.length() - prefix.length() >= 3) {
        String rest = folded.substring(prefix.length());
        readings.add(rest);
        if (rest.startsWith("ل") && prefix.endsWith("ل")) {
          readings.add("ا" + rest);
        }
      }
    }
    return readings;
  }

  /**
   * The two-letter readings of a folded Arabic word of three or four letters without a clitic
   * prefix ("وأم" gives "ام"): too short to stand for a name alone, they may begin a name of
   * several words ("وأم درمان"). Empty for other words.
   */
  static List<String> shortArabicReadings(String folded) {
    // a clitic prefix has one or two letters: only words of three or four letters qualify
    if (folded.length() < 3 || folded.length() > 4 || !isArabic(folded)) {
      return List.of();
    }
    List<String> readings = new ArrayList<>(2);
    for (String prefix : ARABIC_PREFIXES) {
      if (folded.startsWith(prefix) && folded.length() - prefix.length() == 2) {
        readings.add(folded.substring(prefix.length()));
      }
    }
    return readings;
  }

  /**
   * The length of the clitic prefix a reading dropped, in folded letters; 0 for a preposition fused
   * with the article ("للصين"), which stays part of the mention.
   */
  static int droppedPrefix(String folded, String reading) {
    return reading.startsWith("ال") && !folded.endsWith(reading)
        ? 0
        : folded.length() - reading.length();
  }

  /**
   * A light Russian stemmer for names: drops an adjective or plural ending, a final м or х after a
   * vowel, then up to three final vowels, always keeping three letters ("Китаем" → "кит").
   */
  static String stem(String folded) {
    String stem = folded;
    for (String ending : CYRILLIC_ENDINGS) {
      if (stem.endsWith(ending) && stem.length() - ending.length() >= 3) {
        stem = stem.substring(0, stem.length() - ending.length());
        break;
      }
    }
    int n = stem.length();
    if (n > 4
        && (stem.charAt(n - 1) == 'м' || stem.charAt(n - 1) == 'х')
        && CYRILLIC_VOWELS.indexOf(stem.charAt(n - 2)) >= 0) {
      stem = stem.substring(0, n - 1);
    }
    for (int i = 0;
        i < 3 && stem.length() > 3 && CYRILLIC_VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0;
        i++) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return stem;
  }

  static boolean isArabic(String word) {
    char c = word.charAt(0);
    return c >= 0x0600 && c <= 0x06FF;
  }

  static boolean isCyrillic(String word) {
    return !word.isEmpty()
        && Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
  }
}
