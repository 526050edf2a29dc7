package io.newsetl.enrich.quotes;

import io.newsetl.enrich.quotes.Attribution.Reference;
import io.newsetl.enrich.quotes.CueLexicon.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a speaker phrase in a language that capitalizes names (Latin and Cyrillic scripts): the
 * last capitalized run is the name ("Foreign Ministry spokesman Wang Wenbin" → "Wang Wenbin"),
 * titles in front of it are dropped, a phrase without a name is a role ("a spokesman for the
 * ministry"), a lone pronoun refers back. Stateless.
 */
final class LatinNames {

  private static final Set<String> PARTICLES =
      Set.of("de", "da", "del", "della", "di", "du", "van", "von", "bin", "ibn", "al", "el", "le", "la");
  private static final int MAX_PHRASE = 10;

  private final CueLexicon lexicon;
  private final String language;

  LatinNames(CueLexicon lexicon, String language) {
    this.lexicon = lexicon;
    this.language = language;
  }

  /** An attribution for the phrase, or a pronoun attribution without surface when it is empty. */
  Attribution read(String text, List<Token> phrase, String cue) {
    List<Token> np = trim(phrase);
    if (np.isEmpty()) {
      return Attribution.implied(cue, Reference.PRONOUN);
    }
    int start = np.get(0).start();
    int end = np.get(np.size() - 1).end();
    String written = text.substring(start, end);
    if (np.size() == 1 && has(Kind.PRONOUN, np.get(0))) {
      return new Attribution(cue, start, end, written, Reference.PRONOUN);
    }
    boolean determiner = has(Kind.DETERMINER, np.get(0));
    List<Token> run = lastRun(np, determiner ? 1 : 0);
    boolean runEndsPhrase = !run.isEmpty() && run.get(run.size() - 1) == np.get(np.size() - 1);
    if (run.isEmpty() || determiner && (language.equals("de") || !runEndsPhrase)) {
      boolean generic = np.size() <= 3 && has(Kind.GENERIC, np.get(np.size() - 1));
      return new Attribution(cue, start, end, written, generic ? Reference.GENERIC : Reference.ROLE);
    }
    return new Attribution(cue, start, end, Tokenizer.span(text, stripTitles(run)), Reference.NAMED);
  }

  /** Full names (capitalized runs of two or more words, titles dropped) in the tokens. */
  List<String> names(String text, List<Token> tokens) {
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      List<Token> run = runFrom(tokens, i);
      if (run.isEmpty()) {
        i++;
        continue;
      }
      List<Token> name = stripTitles(run);
      if (name.size() >= 2) {
        names.add(Tokenizer.span(text, name));
      }
      i = tokens.indexOf(run.get(run.size() - 1)) + 1;
    }
    return names;
  }

  /** Drops leading conjunctions and punctuation and keeps at most the last ten words. */
  private List<Token> trim(List<Token> phrase) {
    int from = 0;
    while (from < phrase.size()
        && (!phrase.get(from).word() || has(Kind.CONJUNCTION, phrase.get(from)))) {
      from++;
    }
    List<Token> np = phrase.subList(from, phrase.size());
    return np.size() > MAX_PHRASE ? List.of() : np;
  }

  private List<Token> lastRun(List<Token> np, int from) {
    List<Token> last = List.of();
    int i = from;
    while (i < np.size()) {
      List<Token> run = runFrom(np, i);
      if (run.isEmpty()) {
        i++;
      } else {
        last = run;
        i = np.indexOf(run.get(run.size() - 1)) + 1;
      }
    }
    return last;
  }

  /** The capitalized run starting at token {@code i} (particles allowed inside), or empty. */
  private List<Token> runFrom(List<Token> tokens, int i) {
    List<Token> run = new ArrayList<>();
    int j = i;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      boolean inner = !run.isEmpty() && PARTICLES.contains(t.folded()) && j + 1 < tokens.size()
          && tokens.get(j + 1).capitalized();
      if (!(t.capitalized() || inner) || has(Kind.DETERMINER, t) && run.isEmpty()) {
        break;
      }
      run.add(t);
      j++;
    }
    return run;
  }

  private List<Token> stripTitles(List<Token> run) {
    if (has(Kind.ORG_WORD, run.get(run.size() - 1))) {
      return run;
    }
    int from = 0;
    while (from < run.size() - 1
        && (has(Kind.TITLE, run.get(from)) || acronym(run.get(from)))) {
      from++;
    }
    return run.subList(from, run.size());
  }

  private static boolean acronym(Token t) {
    return t.text().length() >= 2 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
        && t.text().chars().anyMatch(Character::isLetter);
  }

  private boolean has(Kind kind, Token token) {
    return lexicon.words(language, kind).contains(token.folded());
  }
}
