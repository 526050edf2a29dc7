package io.newsetl.enrich.entities.tagger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fits how much a model's scores should be scaled ({@link TaggerModel#scaled}) so that the
 * confidence of the names it finds matches how often they are right: the factor, among powers of
 * 2<sup>1/4</sup> from 1/8 to 4, with the lowest log loss of the names found in gold sentences the
 * model was not trained on (a found name is right when its span and class equal a gold name's).
 * Stateless.
 */
public final class ConfidenceCalibration {

  private static final int STEPS_PER_DOUBLING = 4;
  private static final int LOWEST = -12;
  private static final int HIGHEST = 8;
  private static final double FLOOR = 1e-6;

  /** A fitted scale and the log loss per found name before and after it. */
  public record Fit(float factor, double logLossBefore, double logLossAfter, int names) {}

  private ConfidenceCalibration() {}

  /** The scale of {@code model} that fits {@code gold} best; 1 when it finds no name there. */
  public static Fit fit(TaggerModel model, List<ConllSentence> gold) {
    Loss before = lossOf(model, gold);
    float best = 1;
    double bestLoss = before.mean();
    for (int k = LOWEST; k <= HIGHEST; k++) {
      float factor = (float) Math.pow(2, k / (double) STEPS_PER_DOUBLING);
      double loss = logLoss(model.scaled(factor), gold);
      if (loss < bestLoss) {
        best = factor;
        bestLoss = loss;
      }
    }
    return new Fit(best, before.mean(), bestLoss, before.names());
  }

  /** The mean log loss of the confidences of the names {@code model} finds; 0 when none. */
  static double logLoss(TaggerModel model, List<ConllSentence> gold) {
    return lossOf(model, gold).mean();
  }

  // the mean log loss over the names found, and how many were found
  private record Loss(double mean, int names) {}

  private static Loss lossOf(TaggerModel model, List<ConllSentence> gold) {
    List<TaggerModel.Tagged> tagged =
        model.tagText(gold.stream().map(ConllSentence::tokens).toList());
    double loss = 0;
    int names = 0;
    for (int s = 0; s < gold.size(); s++) {
      Set<LabelSpan> right = new HashSet<>(LabelSpan.of(gold.get(s).labels()));
      TaggerModel.Tagged t = tagged.get(s);
      for (LabelSpan span : LabelSpan.of(NameLabels.names(t.labels()))) {
        double p = Math.min(1 - FLOOR, Math.max(FLOOR, t.confidenceOf(span)));
        loss -= right.contains(span) ? Math.log(p) : Math.log(1 - p);
        names++;
      }
    }
    return new Loss(names == 0 ? 0 : loss / names, names);
  }
}
