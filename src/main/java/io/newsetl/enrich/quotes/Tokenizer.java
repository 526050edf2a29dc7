package io.newsetl.enrich.quotes;

import io.newsetl.enrich.sources.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a range of text into words and punctuation characters. Stateless. */
final class Tokenizer {

  private static final Pattern TOKEN =
      Pattern.compile(
          "[\\p{L}\\p{M}\\p{N}]+(?:['’\\-.][\\p{L}\\p{M}\\p{N}]+)*|[^\\s\\p{L}\\p{M}\\p{N}]");

  private Tokenizer() {}

  static List<Token> tokens(String text, int start, int end) {
    List<Token> tokens = new ArrayList<>();
    if (start >= end) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text).region(start, end);
    while (m.find()) {
      String token = m.group();
      boolean word = Character.isLetterOrDigit(token.codePointAt(0));
      tokens.add(new Token(token, FoldedText.fold(token), m.start(), m.end(), word));
    }
    return tokens;
  }

  /** The text from the first to the last token, as written. */
  static String span(String text, List<Token> tokens) {
    return tokens.isEmpty()
        ? ""
        : text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
  }
}
