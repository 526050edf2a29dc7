package io.newsetl.enrich.quotes;

import io.newsetl.enrich.quotes.Attribution.Reference;
import io.newsetl.enrich.quotes.CueLexicon.Kind;
import java.util.List;
import java.util.Optional;

/**
 * Speakers in Arabic, where the verb usually comes first: "وقال المتحدث باسم وزارة الخارجية وانغ
 * وين بين للصحفيين يوم الأربعاء “…”", "وقالت الشركة في بيان: “…”", "ونقلت وكالة رويترز عن هودج
 * قوله: “…”", "وأضافت أن “…”" (the subject is implied), "“…”، قال X".
 */
final class ArabicAttributor implements Attributor {

  private static final String LANGUAGE = "ar";

  /** Without a clause word or colon, the verb must be this close to the quote to govern it. */
  private static final int MAX_GAP_WITHOUT_CLAUSE = 6;

  /** Shorter quotes right after a verb's phrase are mostly titles and names, not speech. */
  private static final int MIN_WORDS_WITHOUT_CLAUSE = 3;

  private final CueLexicon lexicon;
  private final ArabicNames names;

  ArabicAttributor(CueLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = new ArabicNames(lexicon);
  }

  @Override
  public Optional<Attribution> forQuote(
      String text, QuoteSpan quote, int beforeStart, int afterEnd) {
    int words = quote.text().split("\\s+").length;
    return after(text, quote, afterEnd).or(() -> before(text, beforeStart, quote.start(), words));
  }

  @Override
  public Optional<Attribution> forSentence(String text, int start, int end) {
    return before(text, start, end, 0)
        .filter(a -> a.reference() == Reference.NAMED || a.reference() == Reference.ROLE);
  }

  @Override
  public List<String> names(String text, int start, int end) {
    return List.of();
  }

  /** "“…” ، قال X" and "“…” ، أضاف": a verb right after the quote and its punctuation. */
  private Optional<Attribution> after(String text, QuoteSpan quote, int afterEnd) {
    List<Token> t = Tokenizer.tokens(text, quote.end(), afterEnd);
    int i = 0;
    while (i < t.size() && !t.get(i).word() && !t.get(i).is('.')) {
      i++;
    }
    if ((i == 0 && !quote.endsWithComma()) || i >= t.size()) {
      return Optional.empty();
    }
    CueMatch cue = verbAt(t, i);
    if (cue == null || cue.kind() != Kind.VERB) {
      return Optional.empty();
    }
    return Optional.of(names.afterVerb(text, t, cue.to(), cue.text(text, t)));
  }

  /**
   * The last cue before {@code end}. For a quote of {@code quoteWords} words at {@code end}, the
   * quote must be what the verb introduces: a clause word or colon between them, or only a few
   * words before a quote long enough not to be a title ("دورية «ساينس»").
   */
  private Optional<Attribution> before(String text, int start, int end, int quoteWords) {
    List<Token> t = Tokenizer.tokens(text, start, end);
    CueMatch cue = null;
    for (int i = 0; i < t.size(); i++) {
      CueMatch match = t.get(i).word() ? verbAt(t, i) : null;
      if (match != null) {
        cue = match;
        i = match.to() - 1;
      }
    }
    if (cue == null) {
      return Optional.empty();
    }
    String verb = cue.text(text, t);
    return switch (cue.kind()) {
      case PARTICIPLE -> Optional.of(Attribution.implied(verb, Reference.PARTICIPLE));
      case SAYING_NOUN -> Optional.ofNullable(names.beforeSayingNoun(text, t, cue.from(), verb));
      case ACCORDING -> Optional.of(withoutPreposition(names.afterVerb(text, t, cue.to(), verb)));
      default ->
          governs(t, cue.to(), quoteWords)
              ? Optional.of(names.afterVerb(text, t, cue.to(), verb))
              : Optional.empty();
    };
  }

  /** True when the verb's clause reaches the end: a clause word or colon, or a short gap. */
  private boolean governs(List<Token> t, int from, int quoteWords) {
    for (int i = from; i < t.size(); i++) {
      if (t.get(i).is(':') || has(Kind.CLAUSE, t.get(i))) {
        return true;
      }
    }
    return quoteWords >= MIN_WORDS_WITHOUT_CLAUSE
        && t.size() - from <= MAX_GAP_WITHOUT_CLAUSE + names.phraseLength(t, from);
  }

  /** "وفقا للمصادر" → "المصادر", "طبقا لمصدر" → "مصدر": the speaker without the preposition. */
  private static Attribution withoutPreposition(Attribution a) {
    String speaker = a.speaker();
    if (speaker.startsWith("لل")) {
      speaker = "ال" + speaker.substring(2);
    } else if (speaker.startsWith("ل") && speaker.indexOf(' ') != 1 && speaker.length() > 3) {
      speaker = speaker.substring(1).replaceFirst("^ـ+", "");
    }
    return new Attribution(a.cue(), a.speakerStart(), a.speakerEnd(), speaker, a.reference());
  }

  /** A cue at token {@code i}, accepting the conjunctions و and ف glued to a verb. */
  private CueMatch verbAt(List<Token> t, int i) {
    CueMatch direct = CueMatch.at(t, i, lexicon, LANGUAGE);
    if (direct != null) {
      return direct;
    }
    String folded = t.get(i).folded();
    if (folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف')) {
      String bare = folded.substring(1);
      for (Kind kind : List.of(Kind.VERB, Kind.PARTICIPLE, Kind.ACCORDING)) {
        if (lexicon.words(LANGUAGE, kind).contains(bare)) {
          return new CueMatch(kind, i, i + 1);
        }
      }
    }
    return null;
  }

  private boolean has(Kind kind, Token token) {
    return lexicon.words(LANGUAGE, kind).contains(token.folded());
  }
}
