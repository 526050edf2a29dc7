package io.newsetl.enrich.sources;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A text folded for dictionary matching, with a map from every folded character back to the
 * original text, so that matches found in the folded form are reported with offsets into the
 * original.
 *
 * <p>Folding lower-cases (with {@link Locale#ROOT} rules), removes Latin diacritics ({@code é → e},
 * {@code ß → ss}), unifies apostrophes, dashes and spaces, maps Cyrillic {@code ё} to {@code е},
 * and applies the usual Arabic search normalization: hamza-carrying alefs to bare alef, alef
 * maqsura to yaa, taa marbuta to haa, and removal of harakat, tatweel and zero-width marks. Folding
 * never reorders characters; it only drops, replaces or expands them.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FoldedText {

  private static final String[] LATIN_TABLE = latinTable();

  private final String original;
  private final String folded;
  private final int[] toOriginal;

  private FoldedText(String original, String folded, int[] toOriginal) {
    this.original = original;
    this.folded = folded;
    this.toOriginal = toOriginal;
  }

  /** Folds {@code original}; never returns null. */
  public static FoldedText of(String original) {
    Objects.requireNonNull(original, "original");
    char[] out = new char[original.length() + 16];
    int[] map = new int[out.length + 1];
    int n = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      String replacement = c < 0x80 ? null : foldChar(c);
      int needed = replacement == null ? 1 : replacement.length();
      if (n + needed >= out.length) {
        out = Arrays.copyOf(out, out.length * 2 + needed);
        map = Arrays.copyOf(map, out.length + 1);
      }
      if (replacement == null) {
        map[n] = i;
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        continue;
      }
      for (int k = 0; k < replacement.length(); k++) {
        map[n] = i;
        out[n++] = replacement.charAt(k);
      }
    }
    map[n] = original.length();
    return new FoldedText(original, new String(out, 0, n), Arrays.copyOf(map, n + 1));
  }

  /** The folded form of {@code text}, without the offset map. */
  public static String fold(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unchanged = c < 0x80 && (c < 'A' || c > 'Z');
      if (out == null && unchanged) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (unchanged) {
        out.append(c);
      } else {
        out.append(foldChar(c));
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@code text} with Latin diacritics removed but case kept, for case-sensitive comparisons. */
  public static String stripMarks(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
  }

  public String original() {
    return original;
  }

  public String folded() {
    return folded;
  }

  /** Offset in the original text of the folded character at {@code foldedIndex}. */
  public int toOriginal(int foldedIndex) {
    return toOriginal[foldedIndex];
  }

  /** Offset in the original text just after the folded range ending (exclusive) at {@code end}. */
  public int toOriginalEnd(int foldedEnd) {
    return foldedEnd == 0 ? 0 : toOriginal[foldedEnd - 1] + 1;
  }

  private static String foldChar(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : String.valueOf(c);
    }
    if (c < LATIN_TABLE.length) {
      return LATIN_TABLE[c];
    }
    if (c >= 0x0600 && c <= 0x06FF) {
      return foldArabic(c);
    }
    return foldOther(c);
  }

  private static String foldArabic(char c) {
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) {
      return "";
    }
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> "ا";
      case 'ى', 'ی' -> "ي";
      case 'ة' -> "ه";
      case 'ک' -> "ك";
      case '،' -> ",";
      case '؛' -> ";";
      case '؟' -> "?";
      default -> String.valueOf(c);
    };
  }

  private static String foldOther(char c) {
    if (c >= 0x2018 && c <= 0x201B || c == 0x02BC || c == 0x2032) {
      return "'";
    }
    if (c >= 0x2010 && c <= 0x2015 || c == 0x2212) {
      return "-";
    }
    if (c >= 0x2000 && c <= 0x200A || c == 0x202F || c == 0x205F || c == 0x3000) {
      return " ";
    }
    if (c >= 0x200B && c <= 0x200F || c == 0xFEFF || c == 0x2060) {
      return "";
    }
    if (c == 'ё' || c == 'Ё') {
      return "е";
    }
    if (Character.isSurrogate(c)) {
      return String.valueOf(c);
    }
    return String.valueOf(Character.toLowerCase(c));
  }

  private static String[] latinTable() {
    String[] table = new String[0x0250];
    for (char c = 0x80; c < table.length; c++) {
      String base = stripMarks(String.valueOf(c)).toLowerCase(Locale.ROOT);
      table[c] =
          switch (c) {
            case 0x00A0 -> " ";
            case 0x00B4 -> "'";
            case 0x00AD -> "";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ' -> "d";
            case 'ı' -> "i";
            case 'ß' -> "ss";
            default -> base;
          };
    }
    return table;
  }
}
