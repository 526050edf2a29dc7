package io.newsetl.enrich.quotes;

import io.newsetl.enrich.quotes.Attribution.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds quotations and their speakers.
 *
 * <p>Quotations are recognized by their marks (“ ” « » „ “ ‚ ‘ ‘ ’ 「 」 『 』 and ASCII double
 * quotes); nested quotations stay inside the outer one, a quotation may run over paragraphs that
 * each reopen it, and an opening mark that is never closed in its paragraph is ignored. The speaker
 * comes from the same sentence: a speech verb before or after the quote and its subject, by the
 * conventions of the text's script. Pronouns and implied subjects are resolved to the last speaker
 * of the previous two sentences, participles ("adding", "مضيفة") to the speaker of the same
 * sentence, generic nouns ("the company", "الشركة") to the last speaker whose name contains the
 * noun, and surnames to a full name seen earlier. A speaker that cannot be found this simply stays
 * empty rather than guessed.
 *
 * <p>Returns quotes in text order, an empty list when there are none; never null. Instances are
 * immutable and thread-safe.
 */
public final class QuoteExtractor {

  /** Text after a quote that may still hold its attribution. */
  private static final int AFTER_WINDOW = 250;

  private final CueLexicon lexicon;
  private final Attributor arabic;
  private final Attributor chinese;

  public QuoteExtractor() {
    this.lexicon = CueLexicon.bundled();
    this.arabic = new ArabicAttributor(lexicon);
    this.chinese = new ChineseAttributor(lexicon);
  }

  /**
   * The quotations of a text with their speakers.
   *
   * @param text the article text
   * @param language ISO 639-1 code of the text; {@code ar} and {@code zh} select those conventions,
   *     anything else the conventions of languages that capitalize names
   */
  public List<Quote> extract(String text, String language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    List<QuoteSpan> spans = QuoteSpanFinder.find(text);
    if (spans.isEmpty()) {
      return List.of();
    }
    Attributor attributor = attributor(language.toLowerCase(Locale.ROOT), text);
    return new Pass(text, spans, attributor).run();
  }

  private Attributor attributor(String language, String text) {
    String script = lexicon.knows(language) ? language : Scripts.dominant(text);
    return switch (script) {
      case "ar" -> arabic;
      case "zh" -> chinese;
      default -> new LatinAttributor(lexicon, lexicon.knows(script) ? script : "und");
    };
  }

  /** One text's walk through its sentences, remembering speakers as it goes. */
  private static final class Pass {
    private final String text;
    private final List<QuoteSpan> spans;
    private final Attributor attributor;
    private final SpeakerMemory memory = new SpeakerMemory();
    private final int[] sentences;

    Pass(String text, List<QuoteSpan> spans, Attributor attributor) {
      this.text = text;
      this.spans = spans;
      this.attributor = attributor;
      this.sentences = Sentences.starts(text, spans);
    }

    List<Quote> run() {
      List<Quote> quotes = new ArrayList<>(spans.size());
      int q = 0;
      for (int s = 0; s < sentences.length && q < spans.size(); s++) {
        int start = sentences[s];
        int end = Sentences.end(sentences, s, text.length());
        boolean attributed = false;
        while (q < spans.size() && spans.get(q).start() < end) {
          Quote quote = quote(q, start, end, s);
          attributed |= quote.speaker().isPresent();
          quotes.add(quote);
          q++;
        }
        if (!attributed) {
          rememberStatement(start, end, s);
        }
        attributor.names(text, start, end).forEach(memory::see);
      }
      return quotes;
    }

    private Quote quote(int q, int sentenceStart, int sentenceEnd, int sentence) {
      QuoteSpan span = spans.get(q);
      int beforeStart = q > 0 ? Math.max(sentenceStart, spans.get(q - 1).end()) : sentenceStart;
      int afterEnd =
          q + 1 < spans.size() ? Math.min(sentenceEnd, spans.get(q + 1).start()) : sentenceEnd;
      afterEnd = Math.max(span.end(), Math.min(afterEnd, span.end() + AFTER_WINDOW));
      Optional<Attribution> attribution = attributor.forQuote(text, span, beforeStart, afterEnd);
      if (attribution.isEmpty() && standsAlone(beforeStart, span, afterEnd)) {
        // A quote that is a sentence of its own goes on with the previous sentence's speaker.
        attribution = Optional.of(Attribution.implied("", Reference.CONTINUATION));
      }
      Optional<String> speaker = attribution.flatMap(a -> memory.resolve(a, sentence));
      speaker.ifPresent(name -> memory.remember(sentence, name));
      return new Quote(
          span.text(),
          attribution.flatMap(a -> a.speakerText(text)),
          speaker,
          attribution.map(Attribution::cue).filter(cue -> !cue.isEmpty()),
          span.start(),
          span.end());
    }

    /** Nothing before the quote in its sentence, and nothing after or a finished sentence. */
    private boolean standsAlone(int beforeStart, QuoteSpan span, int afterEnd) {
      return !hasLetters(beforeStart, span.start())
          && (span.endsSentence() || !hasLetters(span.end(), afterEnd));
    }

    private boolean hasLetters(int from, int to) {
      for (int i = from; i < to; i++) {
        if (Character.isLetter(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** A sentence without quotes may still name who speaks next: "Microsoft said on …". */
    private void rememberStatement(int start, int end, int sentence) {
      attributor
          .forSentence(text, start, end)
          .flatMap(a -> memory.resolve(a, sentence))
          .ifPresent(speaker -> memory.remember(sentence, speaker));
    }
  }
}
