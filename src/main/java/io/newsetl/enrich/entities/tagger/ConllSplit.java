package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
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

  /**
   * The sentences of fold {@code fold} of {@code folds} consecutive, equal parts (give or take one
   * sentence).
   */
  static List<ConllSentence> fold(List<ConllSentence> sentences, int fold, int folds) {
    return sentences.subList(
        sentences.size() * fold / folds, sentences.size() * (fold + 1) / folds);
  }

  /** All sentences but those of fold {@code fold} of {@code folds} (see {@link #fold}). */
  static List<ConllSentence> allBut(List<ConllSentence> sentences, int fold, int folds) {
    List<ConllSentence> others =
        new ArrayList<>(sentences.subList(0, sentences.size() * fold / folds));
    others.addAll(sentences.subList(sentences.size() * (fold + 1) / folds, sentences.size()));
    return others;
  }

  private static int boundary(List<ConllSentence> sentences, int percent) {
    if (percent < 0 || percent >= 100) {
      throw new IllegalArgumentException("held-out percentage must be 0 to 99: " + percent);
    }
    return sentences.size() - (int) Math.round(sentences.size() * percent / 100.0);
  }
}
