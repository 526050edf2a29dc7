package io.newsetl.enrich.quotes;

import io.newsetl.enrich.quotes.Attribution.Reference;
import io.newsetl.enrich.quotes.CueLexicon.Kind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Speakers in English, French, Spanish, German and Russian: "X said: “…”", "“…,” X said", "“…,”
 * said X, a spokesman for …", "according to X", "“…”, a-t-il dit", "«…», — заявил Песков". One
 * instance serves one text in one thread (it remembers the last range it tokenized).
 */
final class LatinAttributor implements Attributor {

  /** How far after a closing quote the verb may come ("“…,” the ministry's spokesman said"). */
  private static final int MAX_WORDS_BEFORE_VERB = 6;

  private static final int MAX_APPOSITION = 16;

  /** Languages whose verbs often carry the subject: "“…”, dijo", "заявил: «…»". */
  private static final Set<String> PRO_DROP = Set.of("es", "ru");

  private final CueLexicon lexicon;
  private final String language;
  private final LatinNames names;

  /** The last range tokenized: a sentence is read twice, for its speaker and for its names. */
  private int cachedStart = -1;

  private int cachedEnd = -1;
  private List<Token> cached = List.of();

  LatinAttributor(CueLexicon lexicon, String language) {
    this.lexicon = lexicon;
    this.language = language;
    this.names = new LatinNames(lexicon, language);
  }

  @Override
  public Optional<Attribution> forQuote(
      String text, QuoteSpan quote, int beforeStart, int afterEnd) {
    return after(text, quote, afterEnd).or(() -> before(text, beforeStart, quote.start()));
  }

  @Override
  public Optional<Attribution> forSentence(String text, int start, int end) {
    return before(text, start, end)
        .filter(a -> a.reference() == Reference.NAMED || a.reference() == Reference.ROLE);
  }

  @Override
  public List<String> names(String text, int start, int end) {
    return names.names(text, tokens(text, start, end));
  }

  private List<Token> tokens(String text, int start, int end) {
    if (start != cachedStart || end != cachedEnd) {
      cached = Tokenizer.tokens(text, start, end);
      cachedStart = start;
      cachedEnd = end;
    }
    return cached;
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
    int k = i;
    while (k < t.size() && k <= i + MAX_WORDS_BEFORE_VERB && t.get(k).word()) {
      CueMatch cue = CueMatch.at(t, k, lexicon, language);
      if (cue != null && cue.kind() != Kind.PARTICIPLE) {
        String verb = cue.text(text, t);
        List<Token> quoted = quotedAsSaying(t, cue.to());
        List<Token> subject = k > i ? t.subList(i, k) : phraseAfter(t, cue.to());
        return Optional.of(names.read(text, quoted.isEmpty() ? subject : quoted, verb));
      }
      k++;
    }
    return k > i && k < t.size() && t.get(k).is(',')
        ? afterApposition(text, t, i, k)
        : Optional.empty();
  }

  /** "Arab News quoted Prince Saud as saying": the one quoted, or empty. */
  private static List<Token> quotedAsSaying(List<Token> t, int from) {
    if (from == 0 || !t.get(from - 1).folded().startsWith("quot")) {
      return List.of();
    }
    for (int k = from; k + 1 < t.size() && k - from <= MAX_WORDS_BEFORE_VERB; k++) {
      if (t.get(k).folded().equals("as") && t.get(k + 1).folded().equals("saying")) {
        return t.subList(from, k);
      }
    }
    return List.of();
  }

  /**
   * "“…,” Roy Asher, chief investment officer of Hibernian, told Reuters": a verb after the
   * apposition.
   */
  private Optional<Attribution> afterApposition(String text, List<Token> t, int from, int comma) {
    int next = comma + 1;
    while (next < t.size() && next - comma <= MAX_APPOSITION && !t.get(next).clausePunctuation()) {
      next++;
    }
    if (next + 1 >= t.size() || !t.get(next).is(',')) {
      return Optional.empty();
    }
    CueMatch cue = CueMatch.at(t, next + 1, lexicon, language);
    return cue == null || cue.kind() != Kind.VERB
        ? Optional.empty()
        : Optional.of(names.read(text, t.subList(from, comma), cue.text(text, t)));
  }

  /** "X said: “…”", "X said that … “…”", "according to X, “…”", "he added, “…”". */
  private Optional<Attribution> before(String text, int start, int end) {
    List<Token> t = tokens(text, start, end);
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
    if (!subject.isEmpty()) {
      return Optional.of(names.read(text, subject, verb));
    }
    // "said Wang: “…”": the subject after the verb must end the clause.
    List<Token> inverted = phraseAfter(t, cue.to());
    int next = cue.to() + inverted.size();
    boolean closes = next == t.size() || t.get(next).is(':') || t.get(next).is(',');
    if (!inverted.isEmpty() && closes) {
      return Optional.of(names.read(text, inverted, verb));
    }
    return PRO_DROP.contains(language) && inverted.isEmpty()
        ? Optional.of(Attribution.implied(verb, Reference.PRONOUN))
        : Optional.empty();
  }

  /**
   * Words right before token {@code end}, back to punctuation or a clause word; across an
   * apposition ("Jacques Barrot, vice president of the Commission, said") to the name before it.
   */
  private List<Token> phraseBefore(List<Token> t, int end) {
    if (end > 0 && t.get(end - 1).is(',')) {
      int comma = end - 2;
      while (comma > 0 && end - comma <= MAX_APPOSITION && !t.get(comma).is(',')) {
        comma--;
      }
      return comma > 0 && t.get(comma).is(',') ? wordsBefore(t, comma) : List.of();
    }
    return wordsBefore(t, end);
  }

  private List<Token> wordsBefore(List<Token> t, int end) {
    int from = end;
    while (from > 0
        && t.get(from - 1).word()
        && !has(Kind.CLAUSE, t.get(from - 1))
        && CueMatch.at(t, from - 1, lexicon, language) == null) {
      from--;
    }
    return t.subList(from, end);
  }

  /** Words from token {@code from} up to punctuation, a stop word or a clause word. */
  private List<Token> phraseAfter(List<Token> t, int from) {
    int end = from;
    while (end < t.size()
        && t.get(end).word()
        && !has(Kind.STOP, t.get(end))
        && !has(Kind.CLAUSE, t.get(end))) {
      end++;
    }
    return t.subList(from, end);
  }

  private boolean has(Kind kind, Token token) {
    return lexicon.words(language, kind).contains(token.folded());
  }
}
