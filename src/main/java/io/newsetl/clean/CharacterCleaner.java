package io.newsetl.clean;

/**
 * The character-level pass of {@link TextNormalizer}: line separators unified to {@code \n},
 * invisible characters removed, and every kind of space made an ASCII space.
 */
final class CharacterCleaner {

  private static final int TATWEEL = 0x0640;
  private static final int SOFT_HYPHEN = 0x00AD;

  private CharacterCleaner() {}

  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int length = text.length();
    for (int i = 0; i < length; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r') {
        out.append('\n');
        if (i < length && text.charAt(i) == '\n') {
          i++;
        }
      } else if (cp == '\u2029') {
        out.append("\n\n");
      } else if (isLineBreak(cp)) {
        out.append('\n');
      } else if (isSpace(cp)) {
        out.append(' ');
      } else if (!isRemoved(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean isLineBreak(int cp) {
    return cp == '\n' || cp == 0x000B || cp == '\f' || cp == 0x0085 || cp == 0x2028;
  }

  private static boolean isSpace(int cp) {
    return cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  /** Zero-width characters, bidi controls, soft hyphens, tatweel and other control characters. */
  static boolean isRemoved(int cp) {
    return (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x2064)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0xFEFF
        || cp == 0x061C
        || cp == SOFT_HYPHEN
        || cp == TATWEEL
        || Character.getType(cp) == Character.CONTROL;
  }
}
