package io.newsetl.enrich.published;

/**
 * Replaces every Unicode decimal digit by its ASCII digit and no-break spaces by spaces, keeping
 * every offset (one character for one character).
 */
final class DigitFolding {

  private DigitFolding() {}

  static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c > 127 && Character.isDigit(c)) {
        chars[i] = (char) ('0' + Character.digit(c, 10));
      } else if (c == '\u00A0' || c == '\u202F' || c == '\u2009') {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }
}
