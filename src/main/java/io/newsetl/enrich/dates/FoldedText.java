package io.newsetl.enrich.dates;

/**
 * A text folded for dictionary matching, with a map back to the original offsets.
 *
 * <p>Folding lower-cases every character (length-preserving, per UTF-16 unit), writes Arabic-Indic,
 * Persian and full-width digits as ASCII digits, unifies Arabic alef forms (أ إ آ ٱ → ا), alef
 * maqsura (ى → ي) and taa marbuta (ة → ه), writes ё as е, and drops Arabic diacritics and the
 * tatweel. Typographic apostrophes and dashes become ASCII ones.
 */
final class FoldedText {

  private final String original;
  private final String folded;
  private final int[] origin;

  private FoldedText(String original, String folded, int[] origin) {
    this.original = original;
    this.folded = folded;
    this.origin = origin;
  }

  static FoldedText of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c != 0) {
        origin[out.length()] = i;
        out.append(c);
      }
    }
    origin[out.length()] = text.length();
    return new FoldedText(text, out.toString(), origin);
  }

  /** The text without Arabic diacritics and tatweel, otherwise unchanged. */
  static String withoutMarks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isMark(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
  }

  /** Folds a dictionary phrase the same way as a text. */
  static String foldPhrase(String phrase) {
    return of(phrase).folded;
  }

  String folded() {
    return folded;
  }

  String original() {
    return original;
  }

  /** The original offset of the folded character at {@code foldedIndex}. */
  int originalStart(int foldedIndex) {
    return origin[foldedIndex];
  }

  /** The original offset just after the folded character before {@code foldedEnd}. */
  int originalEnd(int foldedEnd) {
    if (foldedEnd == 0) {
      return 0;
    }
    int last = origin[foldedEnd - 1];
    return Character.isHighSurrogate(original.charAt(last)) ? last + 2 : last + 1;
  }

  /** Whether the original text of the folded range has no upper-case letter. */
  boolean originalIsLowerCase(int foldedStart, int foldedEnd) {
    for (int i = originalStart(foldedStart); i < originalEnd(foldedEnd); i++) {
      if (Character.isUpperCase(original.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (isMark(c)) {
      return 0;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return (char) ('0' + (c - '\uFF10'));
    }
    return foldOther(c);
  }

  private static char foldOther(char c) {
    switch (c) {
      case '\u0622', '\u0623', '\u0625', '\u0671':
        return '\u0627';
      case '\u0649':
        return '\u064A';
      case '\u0629':
        return '\u0647';
      case '\u0451', '\u0401':
        return '\u0435';
      case '\u2018', '\u2019', '\u02BC', '\u00B4':
        return '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
        return '-';
      case '\u060C':
        return ',';
      case '\u00A0', '\u202F', '\u2009':
        return ' ';
      default:
        return Character.toLowerCase(c);
    }
  }
}
