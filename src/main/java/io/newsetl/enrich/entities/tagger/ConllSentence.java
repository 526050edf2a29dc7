package io.newsetl.enrich.entities.tagger;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens and their labels in IOB2 form over the coarse {@link
 * io.newsetl.enrich.entities.NameClass} names ({@code O}, {@code B-PERSON}, {@code I-PERSON}, ...).
 *
 * @param tokens the tokens, in order
 * @param labels one label per token
 * @param documentStart whether a new document starts with this sentence
 */
public record ConllSentence(List<String> tokens, List<String> labels, boolean documentStart) {

  public ConllSentence {
    tokens = List.copyOf(tokens);
    labels = List.copyOf(labels);
    if (tokens.size() != labels.size()) {
      throw new IllegalArgumentException("tokens and labels differ in length");
    }
  }

  /** The number of tokens. */
  public int size() {
    return tokens.size();
  }
}
