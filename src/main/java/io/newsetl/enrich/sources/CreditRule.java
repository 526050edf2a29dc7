package io.newsetl.enrich.sources;

import io.newsetl.enrich.sources.CitationCues.Kind;

/**
 * Recognizes an agency credited for the story: a credit marker ("© AFP", "Mit Material von dpa",
 * "(avec AFP)", "The Associated Press contributed to this report"), a sign-off alone on its line
 * ("Reuter", "— AFP", "/ТАСС/"), or an agency closing a paragraph ("… . (أ ف ب)", "… . REUTER").
 */
final class CreditRule {

  private static final String DECORATION = "()[]/.-:;|©*…'\"”»^\r\t ";
  private static final String SENTENCE_END = ".!?؟。\"”»)";

  private CreditRule() {}

  static boolean matches(HitContext c) {
    AliasHit hit = c.hit;
    int before = c.skipBlanksBack(hit.wordStart());
    int marker = c.phraseEndingAt(stripArticles(c, before), Kind.CREDIT_BEFORE);
    if (marker >= 0 && opensClause(c, marker)) {
      return true;
    }
    if (c.phraseStartingAt(c.skipBlanks(hit.foldedEnd()), Kind.CREDIT_AFTER)) {
      return true;
    }
    int lineStart = c.lineStart(hit.wordStart());
    int lineEnd = c.lineEnd(hit.foldedEnd());
    if (!decoration(c.folded.substring(hit.foldedEnd(), lineEnd).replaceAll("[0-9]", ""))) {
      return false;
    }
    boolean lastInText = decoration(c.folded.substring(lineEnd).replace('\n', ' '));
    if (decoration(c.folded.substring(lineStart, hit.wordStart()))) {
      return lastInText || previousLineEndsSentence(c, lineStart);
    }
    char open = c.charAt(before - 1);
    char close = c.charAt(c.skipBlanks(hit.foldedEnd()));
    if (open == '-' || DatelineRule.wraps(open, close)) {
      return endsSentence(c, before - 1);
    }
    return lastInText && endsSentence(c, before);
  }

  /** A credit marker that is a word ("with", "mit Material von") must open a line or bracket. */
  private static boolean opensClause(HitContext c, int marker) {
    if (!AliasIndex.isWordChar(c.charAt(marker))) {
      return true;
    }
    int i = c.skipBlanksBack(marker);
    return i == c.lineStart(marker) || "([（.".indexOf(c.charAt(i - 1)) >= 0;
  }

  private static int stripArticles(HitContext c, int pos) {
    int start = c.phraseEndingAt(pos, Kind.ARTICLE);
    return start < 0 ? pos : c.skipBlanksBack(start);
  }

  /** True when the text before {@code mark} ends a sentence or starts the line. */
  private static boolean endsSentence(HitContext c, int mark) {
    int i = c.skipBlanksBack(mark);
    return i == c.lineStart(mark) || SENTENCE_END.indexOf(c.charAt(i - 1)) >= 0;
  }

  /** Hard-wrapped text puts names at line starts; a sign-off follows a finished sentence. */
  private static boolean previousLineEndsSentence(HitContext c, int lineStart) {
    if (lineStart == 0) {
      return true;
    }
    int end = c.skipBlanksBack(lineStart - 1);
    char last = c.charAt(end - 1);
    return end == 0 || last == '\n' || last == '\r' || SENTENCE_END.indexOf(last) >= 0;
  }

  private static boolean decoration(String s) {
    String rest = s.replace("^m", "");
    for (int i = 0; i < rest.length(); i++) {
      if (DECORATION.indexOf(rest.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
