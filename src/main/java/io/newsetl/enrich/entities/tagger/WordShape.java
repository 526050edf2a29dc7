package io.newsetl.enrich.entities.tagger;

/** Word shapes for features: Xxxx-dd style, long and collapsed. Stateless and thread-safe. */
final class WordShape {

  private WordShape() {}

  /** Each character as its class: X upper, x lower, a other letter, d digit, else itself. */
  static String of(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      out.append(classOf(word.charAt(i)));
    }
    return out.toString();
  }

  /** {@link #of} with runs of one class collapsed to one character. */
  static String collapsed(String word) {
    StringBuilder out = new StringBuilder();
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = classOf(word.charAt(i));
      if (c != last) {
        out.append(c);
        last = c;
      }
    }
    return out.toString();
  }

  private static char classOf(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c)) {
      return 'x';
    }
    if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
      return 'a';
    }
    return Character.isDigit(c) ? 'd' : c;
  }
}
