package io.newsetl.enrich.entities.tagger;

import java.util.List;

/**
 * A fixed split of a CoNLL file by sentence order: the last {@code percent}% of sentences are held
 * out, the rest is for training. Stateless.
 */
public final class ConllSplit {

  private ConllSplit() {}

  /** The sentences before the held-out part; all of them when {@code percent} is 0. */
  public static List<ConllSentence> training(List<ConllSentence> sentences, int percent) {
    return sentences.subList(0, boundary(sentences, percent));
  }

  /** The last {@code percent}% of the sentences; none when {@code percent} is 0. */
  public static List<ConllSentence> heldOut(List<ConllSentence> sentences, int percent) {
    return sentences.subList(boundary(sentences, percent), sentences.size());
  }

  private static int boundary(List<ConllSentence> sentences, int percent) {
    if (percent < 0 || percent >= 100) {
      throw new IllegalArgumentException("held-out percentage must be 0 to 99: " + percent);
    }
    return sentences.size() - (int) Math.round(sentences.size() * percent / 100.0);
  }
}
