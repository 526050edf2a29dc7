package io.newsetl.enrich.quotes;

/** Guesses the writing conventions of a text whose language is unknown. Stateless. */
final class Scripts {

  private static final int SAMPLE = 4000;

  private Scripts() {}

  /** "ar" for mostly Arabic letters, "zh" for mostly Han characters, otherwise "und". */
  static String dominant(String text) {
    int arabic = 0;
    int han = 0;
    int other = 0;
    int limit = Math.min(text.length(), SAMPLE);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.ARABIC) {
        arabic++;
      } else if (script == Character.UnicodeScript.HAN) {
        han++;
      } else {
        other++;
      }
    }
    if (arabic > other && arabic >= han) {
      return "ar";
    }
    return han > other ? "zh" : "und";
  }
}
