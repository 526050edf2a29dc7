package io.newsetl.enrich.entities.tagger;

import java.util.List;

/**
 * Normalizes Arabic word forms for features: alef variants (أ إ آ ٱ) to ا, ى to ي, ة to ه, tatweel
 * and diacritics removed; and strips one attached clitic prefix (و ب ل ك ف ال لل وال بال كال فال
 * ...) to give a stem. Names themselves are not stemmed further. Stateless and thread-safe; other
 * scripts pass through unchanged.
 */
public final class ArabicNormalizer {

  // longest first, so that وال is tried before و
  private static final List<String> PREFIXES =
      List.of(
          "وبال", "وكال", "وفال", "ولل", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ك",
          "ف");
  private static final int MIN_STEM = 2;

  private ArabicNormalizer() {}

  /** The normalized form of a word; the word itself when nothing applies. */
  public static String normalize(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isDiacriticOrTatweel(c)) {
        continue;
      }
      out.append(
          switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            default -> c;
          });
    }
    return out.toString();
  }

  /**
   * The normalized word without its clitic prefix: the longest prefix is removed that leaves at
   * least two letters; the normalized word when none fits.
   */
  public static String stem(String word) {
    return stemOfNormalized(normalize(word));
  }

  /** {@link #stem} of a word already {@link #normalize normalized}. */
  static String stemOfNormalized(String normalized) {
    for (String prefix : PREFIXES) {
      if (normalized.startsWith(prefix) && normalized.length() - prefix.length() >= MIN_STEM) {
        return normalized.substring(prefix.length());
      }
    }
    return normalized;
  }

  /**
   * The key of a word of a known name: its normalized form, not stemmed, its article kept. A name
   * that begins with a letter that can be a clitic (باول, فاس, ليما) keeps it, so that it does not
   * match the common words its remainder spells (أول, أو); a definite name (التبت, الرقة, إلينوي)
   * keeps its article, so that it is matched only by a word that has one (والتبت, للرقة), not by a
   * common word that begins with a clitic letter (كتبت, فرقة, ورقة, ينوي).
   */
  public static String nameKey(String word) {
    return normalize(word);
  }

  /**
   * The stem of a normalized word ({@link #stemOfNormalized}) with the article it had: ال followed
   * by the stem when the clitic prefix removed ends with the article (ال, وال, بال, لل ...), else
   * the stem. The key by which a text word matches a definite known name ({@link #nameKey}).
   */
  static String definiteStem(String normalized, String stem) {
    return normalized.length() - stem.length() >= 2 ? "ال" + stem : stem;
  }

  /** The clitic prefix {@link #stem} removes, or the empty string. */
  public static String prefix(String word) {
    String normalized = normalize(word);
    return normalized.substring(0, normalized.length() - stem(word).length());
  }

  private static boolean isDiacriticOrTatweel(char c) {
    return c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
  }
}
