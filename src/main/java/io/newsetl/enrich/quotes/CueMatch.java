package io.newsetl.enrich.quotes;

import io.newsetl.enrich.quotes.CueLexicon.Kind;
import java.util.List;

/**
 * A cue found among tokens: tokens {@code [from, to)} are a phrase of {@code kind}.
 *
 * @param kind verb, according, participle or saying-noun
 * @param from index of the first token
 * @param to index just after the last token
 */
record CueMatch(Kind kind, int from, int to) {

  private static final List<Kind> CUE_KINDS =
      List.of(Kind.VERB, Kind.ACCORDING, Kind.PARTICIPLE, Kind.SAYING_NOUN);

  String text(String source, List<Token> tokens) {
    return source.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** The cue starting at token {@code i}, longest phrase first, or null. */
  static CueMatch at(List<Token> tokens, int i, CueLexicon lexicon, String language) {
    CueMatch best = null;
    for (Kind kind : CUE_KINDS) {
      int length = lexicon.phraseAt(tokens, i, language, kind);
      if (length > 0 && (best == null || length > best.to() - best.from())) {
        best = new CueMatch(kind, i, i + length);
      }
    }
    return best;
  }

  /** The last cue among the tokens, scanning left to right so multi-word cues win, or null. */
  static CueMatch last(List<Token> tokens, CueLexicon lexicon, String language) {
    CueMatch last = null;
    int i = 0;
    while (i < tokens.size()) {
      CueMatch match = tokens.get(i).word() ? at(tokens, i, lexicon, language) : null;
      if (match != null) {
        last = match;
        i = match.to();
      } else {
        i++;
      }
    }
    return last;
  }
}
