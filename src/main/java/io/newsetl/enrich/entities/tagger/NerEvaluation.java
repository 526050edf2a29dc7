package io.newsetl.enrich.entities.tagger;

import java.util.List;

/** Scores a model on gold CoNLL sentences (see {@link NerScores}). Stateless. */
public final class NerEvaluation {

  private NerEvaluation() {}

  /** The scores of {@code model} on {@code gold}. */
  public static NerScores score(TaggerModel model, List<ConllSentence> gold) {
    NerScores scores = new NerScores();
    for (ConllSentence sentence : gold) {
      scores.add(sentence.labels(), model.labels(sentence.tokens()));
    }
    return scores;
  }
}
