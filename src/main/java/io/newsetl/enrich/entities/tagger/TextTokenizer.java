package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits raw text into sentences of tokens with character offsets, in the CoNLL manner: words
 * (letters, digits and marks, joined by inner hyphens, periods, ampersands and apostrophes before a
 * capital), abbreviations with their period (U.S., Mr.), each other symbol on its own. A sentence
 * ends after . ! ? ؟ … before a space, at a blank line, at the end of a line shorter than 50
 * characters (a headline, a byline; longer lines are taken as wrapped prose), or after {@code
 * maxTokens} tokens. Arabic punctuation (، ؛ ؟) is its own token. Stateless and thread-safe.
 */
public final class TextTokenizer {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "gen", "sen",
          "rep", "gov", "lt", "col", "prof", "mt", "no", "vs", "jan", "feb", "mar", "apr", "aug",
          "sept", "sep", "oct", "nov", "dec", "capt", "sgt", "adm");

  private static final int WRAPPED_LINE = 50;

  private final int maxTokens;

  /** A tokenizer that cuts sentences longer than {@code maxTokens} tokens. */
  public TextTokenizer(int maxTokens) {
    this.maxTokens = maxTokens;
  }

  /** A token: its text and offsets ({@code end} exclusive) in the tokenized text. */
  public record Token(String text, int start, int end) {}

  /** The sentences of {@code text}, each a non-empty list of tokens; empty for blank text. */
  public List<List<Token>> sentences(String text) {
    List<List<Token>> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int i = 0;
    int lineStart = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (c == '\n' && endsLine(text, lineStart, i) && !current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
        lineStart = c == '\n' ? i + 1 : lineStart;
        i++;
        continue;
      }
      int end = isWordChar(c) ? wordEnd(text, i) : i + 1;
      Token token = new Token(text.substring(i, end), i, end);
      current.add(token);
      if (endsSentence(token, text, end) || current.size() >= maxTokens) {
        sentences.add(current);
        current = new ArrayList<>();
      }
      i = end;
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  /**
   * A line break ends a sentence after a short line or before a blank line, not inside wrapped
   * prose.
   */
  private static boolean endsLine(String text, int lineStart, int at) {
    if (at - lineStart < WRAPPED_LINE) {
      return true;
    }
    for (int i = at + 1; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        i++;
      } else if (isJoiner(text, i)) {
        i += 2;
      } else {
        break;
      }
    }
    if (i < text.length() && text.charAt(i) == '.' && isAbbreviation(text.substring(start, i))) {
      i++;
    }
    return i;
  }

  private static boolean isJoiner(String text, int i) {
    if (i + 1 >= text.length() || !isWordChar(text.charAt(i + 1))) {
      return false;
    }
    char c = text.charAt(i);
    return c == '-'
        || c == '.'
        || c == '&'
        || c == '_'
        || ((c == '\'' || c == '’') && Character.isUpperCase(text.charAt(i + 1)));
  }

  private static boolean isAbbreviation(String word) {
    return word.contains(".")
        || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean endsSentence(Token token, String text, int end) {
    String t = token.text();
    boolean terminal =
        t.equals(".") || t.equals("!") || t.equals("?") || t.equals("؟") || t.equals("…");
    return terminal && (end >= text.length() || Character.isWhitespace(text.charAt(end)));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }
}
