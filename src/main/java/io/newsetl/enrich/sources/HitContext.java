package io.newsetl.enrich.sources;

import io.newsetl.enrich.sources.CitationCues.Kind;
import java.util.List;

/** The folded text around one alias hit, with the phrase tests the role rules share. */
final class HitContext {

  private static final List<String> CLITICS = List.of("و", "ف", "ب", "ل", "ك", "ول", "وب", "فل");

  final String folded;
  final AliasHit hit;
  private final FoldedText text;
  private final CitationCues cues;
  private final String language;

  HitContext(FoldedText text, AliasHit hit, CitationCues cues, String language) {
    this.text = text;
    this.folded = text.folded();
    this.hit = hit;
    this.cues = cues;
    this.language = language;
  }

  List<String> phrases(Kind kind) {
    return cues.phrases(language, kind);
  }

  /** Position just after the last non-blank character before {@code pos} (tabs and spaces). */
  int skipBlanksBack(int pos) {
    int i = pos;
    while (i > 0 && (folded.charAt(i - 1) == ' ' || folded.charAt(i - 1) == '\t')) {
      i--;
    }
    return i;
  }

  /** Position of the first non-blank character at or after {@code pos}. */
  int skipBlanks(int pos) {
    int i = pos;
    while (i < folded.length() && (folded.charAt(i) == ' ' || folded.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  int lineStart(int pos) {
    return folded.lastIndexOf('\n', pos - 1) + 1;
  }

  int lineEnd(int pos) {
    int nl = folded.indexOf('\n', pos);
    return nl < 0 ? folded.length() : nl;
  }

  char charAt(int pos) {
    return pos >= 0 && pos < folded.length() ? folded.charAt(pos) : '\n';
  }

  /**
   * Start of the longest phrase of {@code kind} that ends exactly at {@code end} on a word boundary
   * (Arabic clitics allowed in front of Arabic phrases), or -1.
   */
  int phraseEndingAt(int end, Kind kind) {
    for (String phrase : phrases(kind)) {
      int start = end - phrase.length();
      if (start >= 0 && folded.startsWith(phrase, start) && boundaryBefore(start, phrase)) {
        return start;
      }
    }
    return -1;
  }

  /** True when a phrase of {@code kind} starts at {@code start} and ends on a word boundary. */
  boolean phraseStartingAt(int start, Kind kind) {
    for (String phrase : phrases(kind)) {
      int end = start + phrase.length();
      if (folded.startsWith(phrase, start) && boundaryAfter(end, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** True when the word ending at folded offset {@code end} starts with a capital letter. */
  boolean capitalizedWordEndingAt(int end) {
    int start = wordStart(end);
    return start < end && Character.isUpperCase(text.original().charAt(text.toOriginal(start)));
  }

  /** Where the word containing {@code pos} starts. */
  int wordStart(int pos) {
    int i = pos;
    while (i > 0 && AliasIndex.isWordChar(folded.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private boolean boundaryBefore(int start, String phrase) {
    char first = phrase.charAt(0);
    if (start == 0 || !AliasIndex.isWordChar(first) || AliasIndex.isHan(first)) {
      return true;
    }
    if (!AliasIndex.isWordChar(folded.charAt(start - 1))) {
      return true;
    }
    boolean arabic = first >= 0x0600 && first <= 0x06FF;
    return arabic && CLITICS.contains(folded.substring(wordStart(start), start));
  }

  private boolean boundaryAfter(int end, String phrase) {
    char last = phrase.charAt(phrase.length() - 1);
    return end >= folded.length()
        || !AliasIndex.isWordChar(last)
        || AliasIndex.isHan(last)
        || !AliasIndex.isWordChar(folded.charAt(end));
  }
}
