package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameTagger;
import io.newsetl.enrich.entities.TaggedName;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link NameTagger} over a {@link TaggerModel}: tokenizes the raw text into sentences with
 * {@link TextTokenizer}, labels each sentence and returns the names as character spans, with the
 * mean per-token probability of the name's labels as confidence (calibrated so that, on CoNLL-2003
 * testa, the mean confidence of the names found is close to their precision). Spans of punctuation
 * alone are dropped. Thread-safe (the model is read-only).
 */
public final class StatisticalNameTagger implements NameTagger {

  private static final int MAX_SENTENCE_TOKENS = 150;

  private final TaggerModel model;
  private final TextTokenizer tokenizer = new TextTokenizer(MAX_SENTENCE_TOKENS);

  public StatisticalNameTagger(TaggerModel model) {
    this.model = model;
  }

  @Override
  public List<TaggedName> tag(String text) {
    List<TaggedName> names = new ArrayList<>();
    for (List<TextTokenizer.Token> sentence : tokenizer.sentences(text)) {
      List<String> words = sentence.stream().map(TextTokenizer.Token::text).toList();
      TaggerModel.Tagged tagged = model.tag(words);
      for (LabelSpan span : LabelSpan.of(BioLabels.names(tagged.labels()))) {
        if (!hasLetterOrDigit(words, span)) {
          continue;
        }
        double confidence = 0;
        for (int i = span.start(); i < span.end(); i++) {
          confidence += tagged.confidence()[i];
        }
        names.add(
            new TaggedName(
                sentence.get(span.start()).start(),
                sentence.get(span.end() - 1).end(),
                span.nameClass(),
                Math.min(1, confidence / (span.end() - span.start()))));
      }
    }
    return names;
  }

  private static boolean hasLetterOrDigit(List<String> words, LabelSpan span) {
    return words.subList(span.start(), span.end()).stream()
        .anyMatch(w -> w.chars().anyMatch(Character::isLetterOrDigit));
  }
}
