package io.newsetl.ingest.html;

/**
 * Script-neutral measures of a piece of text, so that Arabic, Chinese or Japanese paragraphs weigh
 * about as much as English ones of the same content.
 *
 * @param weight the number of characters, with each CJK character counted three times (a CJK
 *     character carries about as much as a short English word)
 * @param commas Latin, Arabic ({@code ،}) and CJK ({@code ，、}) commas
 * @param sentenceEnds full stops, question and exclamation marks in Latin, Arabic, CJK and
 *     Devanagari scripts
 */
record TextStats(int weight, int commas, int sentenceEnds) {

  static TextStats of(CharSequence text) {
    int weight = 0;
    int commas = 0;
    int ends = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      weight += isCjk(c) ? 3 : 1;
      if (c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\u3001' || c == '\uFE50') {
        commas++;
      } else if (isSentenceEnd(c)
          && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
        ends++;
      }
    }
    return new TextStats(weight, commas, ends);
  }

  private static boolean isSentenceEnd(char c) {
    return switch (c) {
      case '.', '!', '?', '\u3002', '\uFF01', '\uFF1F', '\u061F', '\u06D4', '\u0964' -> true;
      default -> false;
    };
  }

  static boolean isCjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
