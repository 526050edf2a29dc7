package io.newsetl.enrich.entities.tagger;

import java.util.List;

/** Scores a model on gold CoNLL sentences (see {@link NerScores}). Stateless. */
public final class NerEvaluation {

  private NerEvaluation() {}

  /** The scores of {@code model} on {@code gold}. */
  public static NerScores score(TaggerModel model, List<ConllSentence> gold) {
    NerScores scores = new NerScores();
    List<List<String>> predicted =
        model.labelsOfText(gold.stream().map(ConllSentence::tokens).toList());
    for (int s = 0; s < gold.size(); s++) {
      scores.add(gold.get(s).labels(), predicted.get(s));
    }
    return scores;
  }
}
