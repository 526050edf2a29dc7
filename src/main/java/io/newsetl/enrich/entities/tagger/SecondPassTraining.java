package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains a second tagging pass over a first pass's labels ({@link FirstPassLabels}). The first-pass
 * labels of the training sentences are cross-fitted: each fifth of the sentences is labelled by a
 * first-pass model trained on the other four fifths, so that the second pass learns how far the
 * first pass can be trusted on text it has not seen. Deterministic for the same input.
 */
final class SecondPassTraining {

  private static final int FOLDS = 5;

  private SecondPassTraining() {}

  /**
   * {@code first} followed by a second pass trained on {@code train} with the same settings as
   * {@code trainers} gives; {@code afterEpoch} receives the two-pass model after each epoch.
   */
  static TaggerModel train(
      TaggerModel first,
      List<ConllSentence> train,
      int epochs,
      Trainers trainers,
      TaggerTrainer.EpochListener afterEpoch) {
    List<int[]> labels = crossFitted(train, epochs, trainers);
    TaggerModel second =
        trainers
            .create()
            .train(
                train,
                labels,
                epochs,
                (epoch, model) -> afterEpoch.accept(epoch, first.withSecondPass(model)));
    return first.withSecondPass(second);
  }

  /** The first-pass labels of each sentence, from a model that was not trained on it. */
  static List<int[]> crossFitted(List<ConllSentence> train, int epochs, Trainers trainers) {
    List<int[]> labels = new ArrayList<>(train.size());
    for (int fold = 0; fold < FOLDS; fold++) {
      TaggerModel model =
          trainers
              .create()
              .train(
                  ConllSplit.allBut(train, fold, FOLDS),
                  epochs,
                  TaggerTrainer.EpochListener.none());
      labels.addAll(
          model.labelIndexesOfText(
              ConllSplit.fold(train, fold, FOLDS).stream().map(ConllSentence::tokens).toList()));
    }
    return labels;
  }

  /** Creates a new first-pass trainer, all with the same settings. */
  @FunctionalInterface
  interface Trainers {
    TaggerTrainer create();
  }
}
