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
    List<List<TextTokenizer.Token>> sentences = tokenizer.sentences(text);
    List<TaggerModel.Tagged> all =
        model.tagText(
            sentences.stream()
                .map(s -> s.stream().map(TextTokenizer.Token::text).toList())
                .toList());
    for (int s = 0; s < sentences.size(); s++) {
      List<TextTokenizer.Token> sentence = sentences.get(s);
      List<String> words = sentence.stream().map(TextTokenizer.Token::text).toList();
      TaggerModel.Tagged tagged = all.get(s);
      for (LabelSpan span : LabelSpan.of(NameLabels.names(tagged.labels()))) {
        if (!hasLetterOrDigit(words, span)) {
          continue;
        }
        names.add(
            new TaggedName(
                sentence.get(span.start()).start(),
                sentence.get(span.end() - 1).end(),
                span.nameClass(),
                tagged.confidenceOf(span)));
      }
    }
    return names;
  }

  private static boolean hasLetterOrDigit(List<String> words, LabelSpan span) {
    return words.subList(span.start(), span.end()).stream()
        .anyMatch(w -> w.chars().anyMatch(Character::isLetterOrDigit));
  }
}
