package io.newsetl.enrich.quotes;

import io.newsetl.enrich.quotes.Attribution.Reference;
import io.newsetl.enrich.quotes.CueLexicon.Kind;
import java.util.List;
import java.util.Set;

/**
 * Reads an Arabic speaker phrase after its verb. The phrase runs to punctuation, a clause word (إن،
 * أن), a time or place adjunct (يوم، في) or an audience ("للصحفيين", "لرويترز"). Inside it, a role
 * noun ("المتحدث باسم وزارة الخارجية") is followed by the name once the definite words end ("…
 * الصينية وانغ وين بين"), or preceded by it ("آدم هودج المتحدث باسم …"); a phrase without a name is
 * kept as the role. Stateless.
 */
final class ArabicNames {

  private static final String LANGUAGE = "ar";
  private static final int MAX_PHRASE = 12;

  /** Words that tie a role to its organization: "المتحدث باسم الوزارة". */
  private static final Set<String> CONNECTORS = Set.of("باسم", "لشوون", "لشئون");

  private final CueLexicon lexicon;

  ArabicNames(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The speaker phrase starting at token {@code from}, or an implied subject when empty. */
  Attribution afterVerb(String text, List<Token> t, int from, String cue) {
    int end = from + phraseLength(t, from);
    List<Token> np = t.subList(from, end);
    if (np.isEmpty() || np.size() > MAX_PHRASE) {
      return Attribution.implied(cue, Reference.PRONOUN);
    }
    int start = np.get(0).start();
    int stop = np.get(np.size() - 1).end();
    String written = text.substring(start, stop);
    if (np.size() == 1 && has(Kind.PRONOUN, np.get(0))) {
      return new Attribution(cue, start, stop, written, Reference.PRONOUN);
    }
    if (np.size() == 1 && has(Kind.GENERIC, np.get(0))) {
      return new Attribution(cue, start, stop, written, Reference.GENERIC);
    }
    List<Token> name = name(np);
    if (name.isEmpty()) {
      return new Attribution(
          cue, start, stop, written, roleIndex(np) >= 0 ? Reference.ROLE : Reference.NAMED);
    }
    return new Attribution(cue, start, stop, Tokenizer.span(text, name), Reference.NAMED);
  }

  /** "عن هودج قوله": the words between the last "عن" and the saying noun, or null. */
  Attribution beforeSayingNoun(String text, List<Token> t, int cueIndex, String cue) {
    int from = cueIndex;
    while (from > 0 && t.get(from - 1).word() && !t.get(from - 1).folded().equals("عن")) {
      from--;
    }
    if (from == 0 || from == cueIndex || cueIndex - from > 4) {
      return null;
    }
    List<Token> np = t.subList(from, cueIndex);
    return new Attribution(
        cue,
        np.get(0).start(),
        np.get(np.size() - 1).end(),
        Tokenizer.span(text, np),
        Reference.NAMED);
  }

  /** Number of tokens of the speaker phrase starting at {@code from}. */
  int phraseLength(List<Token> t, int from) {
    int end = from;
    while (end < t.size() && t.get(end).word() && !endsPhrase(t.get(end))) {
      end++;
    }
    return end - from;
  }

  private boolean endsPhrase(Token token) {
    String folded = token.folded();
    if (has(Kind.STOP, token) || has(Kind.CLAUSE, token) || has(Kind.VERB, token)) {
      return true;
    }
    // An audience after "ل": "للصحفيين", "لرويترز", "لوكالة".
    if (folded.startsWith("لل")) {
      return lexicon.words(LANGUAGE, Kind.AUDIENCE).contains("ال" + folded.substring(2));
    }
    return folded.startsWith("ل")
        && lexicon.words(LANGUAGE, Kind.AUDIENCE).contains(folded.substring(1));
  }

  /** The name inside a role phrase, or empty when the phrase names no person. */
  private List<Token> name(List<Token> np) {
    int role = roleIndex(np);
    if (role > 0) {
      return np.subList(0, role);
    }
    if (role < 0) {
      return List.of();
    }
    // "الوزير أيمن الصفدي": a definite role followed directly by the name.
    boolean definiteSeen =
        definite(np.get(0)) && np.size() > 1 && !CONNECTORS.contains(np.get(1).folded());
    for (int i = 1; i < np.size(); i++) {
      if (CONNECTORS.contains(np.get(i).folded())) {
        continue;
      }
      if (definite(np.get(i))) {
        definiteSeen = true;
      } else if (definiteSeen) {
        return np.subList(i, np.size());
      }
    }
    return List.of();
  }

  private int roleIndex(List<Token> np) {
    for (int i = 0; i < np.size(); i++) {
      if (has(Kind.ROLE, np.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** "الخارجية", "للبيت", "بالوزارة": words carrying the article. */
  private static boolean definite(Token token) {
    String f = token.folded();
    return f.startsWith("ال")
        || f.startsWith("لل")
        || f.length() > 3 && "وبفك".indexOf(f.charAt(0)) >= 0 && f.startsWith("ال", 1);
  }

  private boolean has(Kind kind, Token token) {
    return lexicon.words(LANGUAGE, kind).contains(token.folded());
  }
}
