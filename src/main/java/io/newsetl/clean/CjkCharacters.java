package io.newsetl.clean;

import java.lang.Character.UnicodeScript;

/** Classification of East Asian characters that the layout and counting rules treat specially. */
final class CjkCharacters {

  private CjkCharacters() {}

  /** Han ideographs and Japanese kana: scripts written without spaces between words. */
  static boolean isIdeographic(int codePoint) {
    UnicodeScript script = UnicodeScripts.of(codePoint);
    return script == UnicodeScript.HAN
        || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA;
  }

  /** Characters that take two columns in a fixed-width layout. */
  static boolean isWide(int codePoint) {
    return isIdeographic(codePoint)
        || UnicodeScripts.of(codePoint) == UnicodeScript.HANGUL
        || (codePoint >= 0x3000 && codePoint <= 0x303F)
        || (codePoint >= 0xFF01 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
  }

  /** Width of a string in fixed-width columns. */
  static int columns(CharSequence text) {
    return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }
}
