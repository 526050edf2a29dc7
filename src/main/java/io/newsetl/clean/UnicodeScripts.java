package io.newsetl.clean;

import java.lang.Character.UnicodeScript;

/**
 * {@link UnicodeScript#of(int)} with the answers for the first {@value #TABLE_SIZE} code points
 * (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana, the Indic scripts, Thai, Lao
 * and Tibetan) kept in a table: the JDK searches a range list for every character, and cleaning
 * asks for the script of nearly every character of an article. Thread-safe.
 */
final class UnicodeScripts {

  static final int TABLE_SIZE = 0x1000;

  private static final UnicodeScript[] TABLE = new UnicodeScript[TABLE_SIZE];

  static {
    for (int cp = 0; cp < TABLE_SIZE; cp++) {
      TABLE[cp] = UnicodeScript.of(cp);
    }
  }

  private UnicodeScripts() {}

  /** The script of {@code codePoint}, as {@link UnicodeScript#of(int)} says. */
  static UnicodeScript of(int codePoint) {
    return codePoint >= 0 && codePoint < TABLE_SIZE
        ? TABLE[codePoint]
        : UnicodeScript.of(codePoint);
  }
}
