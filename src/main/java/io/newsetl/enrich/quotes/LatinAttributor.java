package io.newsetl.enrich.quotes;

import io.newsetl.enrich.quotes.Attribution.Reference;
import io.newsetl.enrich.quotes.CueLexicon.Kind;
import java.util.List;
import java.util.Optional;

/**
 * Speakers in English, French, Spanish, German and Russian: "X said: “…”", "“…,” X said", "“…,”
 * said X, a spokesman for …", "according to X", "“…”, a-t-il dit", "«…», — заявил Песков".
 */
final class LatinAttributor implements Attributor {

  /** How far after a closing quote the verb may come ("“…,” the ministry's spokesman said"). */
  private static final int MAX_WORDS_BEFORE_VERB = 6;

  private final CueLexicon lexicon;
  private final String language;
  private final LatinNames names;

  LatinAttributor(CueLexicon lexicon, String language) {
    this.lexicon = lexicon;
    this.language = language;
    this.names = new LatinNames(lexicon, language);
  }

  @Override
  public Optional<Attribution> forQuote(String text, QuoteSpan quote, int beforeStart, int afterEnd) {
    return after(text, quote, afterEnd).or(() -> before(text, beforeStart, quote.start()));
  }

  @Override
  public Optional<Attribution> forSentence(String text, int start, int end) {
    return before(text, start, end)
        .filter(a -> a.reference() == Reference.NAMED || a.reference() == Reference.ROLE);
  }

  @Override
  public List<String> names(String text, int start, int end) {
    return names.names(text, Tokenizer.tokens(text, start, end));
  }

  /** "“…,” X said", "“…,” said X", "«…», — заявил X". */
  private Optional<Attribution> after(String text, QuoteSpan quote, int afterEnd) {
    List<Token> t = Tokenizer.tokens(text, quote.end(), afterEnd);
    int i = 0;
    while (i < t.size() && !t.get(i).word() && !t.get(i).is('.')) {
      i++;
    }
    boolean introduced = i > 0 && !t.get(0).is('(') || quote.endsWithComma();
    if (!introduced) {
      return Optional.empty();
    }
    for (int k = i; k < t.size() && k <= i + MAX_WORDS_BEFORE_VERB && t.get(k).word(); k++) {
      CueMatch cue = CueMatch.at(t, k, lexicon, language);
      if (cue != null && cue.kind() != Kind.PARTICIPLE) {
        String verb = cue.text(text, t);
        List<Token> subject = k > i ? t.subList(i, k) : phraseAfter(t, cue.to());
        return Optional.of(names.read(text, subject, verb));
      }
    }
    return Optional.empty();
  }

  /** "X said: “…”", "X said that … “…”", "according to X, “…”", "he added, “…”". */
  private Optional<Attribution> before(String text, int start, int end) {
    List<Token> t = Tokenizer.tokens(text, start, end);
    CueMatch cue = CueMatch.last(t, lexicon, language);
    if (cue == null) {
      return Optional.empty();
    }
    String verb = cue.text(text, t);
    if (cue.kind() == Kind.PARTICIPLE) {
      return Optional.of(Attribution.implied(verb, Reference.PARTICIPLE));
    }
    if (cue.kind() == Kind.ACCORDING) {
      return Optional.of(names.read(text, phraseAfter(t, cue.to()), verb));
    }
    List<Token> subject = phraseBefore(t, cue.from());
    return Optional.of(names.read(text, subject.isEmpty() ? phraseAfter(t, cue.to()) : subject, verb));
  }

  /** Words right before token {@code end}, back to punctuation or a clause word. */
  private List<Token> phraseBefore(List<Token> t, int end) {
    int from = end;
    while (from > 0 && t.get(from - 1).word() && !has(Kind.CLAUSE, t.get(from - 1))
        && CueMatch.at(t, from - 1, lexicon, language) == null) {
      from--;
    }
    return t.subList(from, end);
  }

  /** Words from token {@code from} up to punctuation, a stop word or a clause word. */
  private List<Token> phraseAfter(List<Token> t, int from) {
    int end = from;
    while (end < t.size() && t.get(end).word() && !has(Kind.STOP, t.get(end))
        && !has(Kind.CLAUSE, t.get(end))) {
      end++;
    }
    return t.subList(from, end);
  }

  private boolean has(Kind kind, Token token) {
    return lexicon.words(language, kind).contains(token.folded());
  }
}
