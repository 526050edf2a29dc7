package io.newsetl.enrich.sources;

import io.newsetl.enrich.sources.CitationCues.Kind;

/**
 * Decides whether an alias in the body is a citation of the outlet: "told Reuters", "according to
 * the AP", "ونقلت وكالة رويترز عن", "selon l'AFP", "laut dpa", "сообщает ТАСС", "据新华社", "新华社报道".
 * Unambiguous names count unless a blocker follows ("Reuters Plaza"); ambiguous ones ("AP",
 * "Petra", "الجزيرة") need a cue or an agency descriptor.
 */
final class CitationRule {

  private static final int MAX_ARTICLES = 3;

  private CitationRule() {}

  static boolean matches(HitContext c) {
    AliasHit hit = c.hit;
    if (!hit.alias().ambiguous()) {
      return true;
    }
    if (descriptorBefore(c)) {
      return true;
    }
    return !partOfName(c) && (cueAfter(c) || cueBefore(c));
  }

  /** "Michael Bloomberg", "Queen Petra": an ambiguous alias after a capitalized word is a name. */
  private static boolean partOfName(HitContext c) {
    int end = c.hit.wordStart();
    return end > 0
        && c.folded.charAt(end - 1) == ' '
        && c.capitalizedWordEndingAt(end - 1)
        && !sentenceStart(c, c.wordStart(end - 1));
  }

  private static boolean sentenceStart(HitContext c, int wordStart) {
    int i = c.skipBlanksBack(wordStart);
    return i == 0 || ".!?\n\"“(".indexOf(c.folded.charAt(i - 1)) >= 0;
  }

  /** "Reuters Plaza", "AP Stylebook", a ticker "<AFP>": not the news organization. */
  static boolean blocked(HitContext c) {
    return c.charAt(c.hit.wordStart() - 1) == '<'
        || c.phraseStartingAt(c.skipBlanks(c.hit.foldedEnd()), Kind.BLOCKER);
  }

  private static boolean cueAfter(HitContext c) {
    int after = c.skipBlanks(c.hit.foldedEnd());
    if (c.folded.startsWith("'s ", after)) {
      after = c.skipBlanks(after + 2);
    }
    return c.phraseStartingAt(after, Kind.CUE_AFTER);
  }

  /** "the official news agency WAM", "وكالة بترا": an agency descriptor right before the name. */
  private static boolean descriptorBefore(HitContext c) {
    return c.phraseEndingAt(c.skipBlanksBack(c.hit.wordStart()), Kind.DESCRIPTOR) >= 0;
  }

  /** A citation cue before the name, with up to three articles in between ("told the"). */
  private static boolean cueBefore(HitContext c) {
    int pos = c.skipBlanksBack(c.hit.wordStart());
    for (int round = 0; round < MAX_ARTICLES; round++) {
      int descriptor = c.phraseEndingAt(pos, Kind.DESCRIPTOR);
      int article = descriptor >= 0 ? descriptor : c.phraseEndingAt(pos, Kind.ARTICLE);
      if (article < 0) {
        break;
      }
      pos = c.skipBlanksBack(article);
    }
    return c.phraseEndingAt(pos, Kind.CUE_BEFORE) >= 0;
  }
}
