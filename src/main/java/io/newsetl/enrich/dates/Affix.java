package io.newsetl.enrich.dates;

import java.util.Optional;

/**
 * A rewrite of a word's ending or beginning, written {@code suffix:from>to} or {@code
 * prefix:from>to}; an empty {@code from} always applies (appends or prepends {@code to}).
 */
final class Affix {

  private Affix() {}

  /** The rewritten word, or empty when the word does not have the ending or beginning. */
  static Optional<String> apply(String rule, String word) {
    int colon = rule.indexOf(':');
    int arrow = rule.indexOf('>');
    if (colon < 0 || arrow < colon) {
      throw new IllegalArgumentException("not an affix rule: " + rule);
    }
    String from = rule.substring(colon + 1, arrow);
    String to = rule.substring(arrow + 1);
    if (rule.startsWith("suffix:") && word.endsWith(from)) {
      return Optional.of(word.substring(0, word.length() - from.length()) + to);
    }
    if (rule.startsWith("prefix:") && word.startsWith(from)) {
      return Optional.of(to + word.substring(from.length()));
    }
    return Optional.empty();
  }
}
