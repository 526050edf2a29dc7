package io.newsetl.enrich.quotes;

import io.newsetl.enrich.quotes.Attribution.Reference;
import io.newsetl.enrich.quotes.CueLexicon.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a speaker phrase in a language that capitalizes names (Latin and Cyrillic scripts): the
 * last capitalized run is the name ("Foreign Ministry spokesman Wang Wenbin" → "Wang Wenbin"),
 * titles in front of it are dropped, a phrase without a name is a role ("a spokesman for the
 * ministry"), a lone pronoun refers back. Stateless.
 */
final class LatinNames {

  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "del", "della", "di", "du", "van", "von", "bin", "ibn", "al", "el", "le",
          "la");
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
    Token first = np.get(0);
    if (has(Kind.PRONOUN, first)
        && (np.size() == 1 || lastRun(np, 1).isEmpty() && np.size() <= 4)) {
      // "he", "He went on to (say)"
      return new Attribution(
          cue, start, first.end(), text.substring(start, first.end()), Reference.PRONOUN);
    }
    boolean determiner = has(Kind.DETERMINER, np.get(0));
    List<Token> run = lastRun(np, determiner ? 1 : 0);
    boolean runEndsPhrase = !run.isEmpty() && run.get(run.size() - 1) == np.get(np.size() - 1);
    if (run.isEmpty() || determiner && (language.equals("de") || !runEndsPhrase)) {
      boolean generic = np.size() <= 3 && has(Kind.GENERIC, np.get(np.size() - 1));
      return new Attribution(
          cue, start, end, written, generic ? Reference.GENERIC : Reference.ROLE);
    }
    return new Attribution(
        cue, start, end, Tokenizer.span(text, stripTitles(run)), Reference.NAMED);
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
      i += run.size();
    }
    return names;
  }

  /**
   * Drops leading conjunctions and punctuation, and a leading prepositional phrase up to the last
   * article ("In its report the committee" → "the committee"); at most ten words are kept.
   */
  private List<Token> trim(List<Token> phrase) {
    int from = 0;
    while (from < phrase.size()
        && (!phrase.get(from).word() || has(Kind.CONJUNCTION, phrase.get(from)))) {
      from++;
    }
    Token first = from < phrase.size() ? phrase.get(from) : null;
    if (first != null && has(Kind.STOP, first) && !has(Kind.DETERMINER, first)) {
      for (int i = phrase.size() - 1; i > from; i--) {
        if (has(Kind.DETERMINER, phrase.get(i))) {
          from = i;
          break;
        }
      }
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
        i += run.size();
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
      boolean inner =
          !run.isEmpty()
              && PARTICLES.contains(t.folded())
              && j + 1 < tokens.size()
              && tokens.get(j + 1).capitalized();
      if (!(t.capitalized() || inner) || run.isEmpty() && functionWord(t)) {
        break;
      }
      run.add(t);
      j++;
    }
    return run;
  }

  /** Sentence-initial "The", "In", "But", "He" are capitalized without being names. */
  private boolean functionWord(Token t) {
    return has(Kind.DETERMINER, t)
        || has(Kind.STOP, t)
        || has(Kind.CONJUNCTION, t)
        || has(Kind.PRONOUN, t)
        || has(Kind.CLAUSE, t);
  }

  private List<Token> stripTitles(List<Token> run) {
    if (has(Kind.ORG_WORD, run.get(run.size() - 1))) {
      return run;
    }
    int from = 0;
    while (from < run.size() - 1 && (has(Kind.TITLE, run.get(from)) || acronym(run.get(from)))) {
      from++;
    }
    return run.subList(from, run.size());
  }

  /** "MID", "U.S", "ERAA's": an upper-case abbreviation, possessive allowed. */
  private static boolean acronym(Token t) {
    String word = t.text().replaceFirst("['’]s$", "");
    return word.length() >= 2
        && word.equals(word.toUpperCase(Locale.ROOT))
        && word.chars().anyMatch(Character::isLetter);
  }

  private boolean has(Kind kind, Token token) {
    return lexicon.words(language, kind).contains(token.folded());
  }
}
