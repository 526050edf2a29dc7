package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link TaggerModel} with the averaged structured perceptron (Collins 2002): each epoch
 * visits the sentences in a seeded random order, decodes with Viterbi and moves the weights of the
 * gold path up and of the predicted path down where they differ. With a margin, training decodes
 * with every wrong label of each token scored that much higher (loss-augmented decoding), so the
 * weights keep moving until the gold path wins by about the margin per wrong token. Features seen
 * fewer than {@code cutoff} times are dropped. The gazetteer features of training sentences come
 * from the other folds of the training data (five-fold jackknife), so that the model learns how far
 * a gazetteer hit can be trusted on unseen text. A first pass may also train on copies of the
 * sentences with their names replaced by other names ({@link MentionReplacement}). Deterministic
 * for the same input. Not thread-safe.
 */
public final class TaggerTrainer {

  private static final int T = NameLabels.COUNT;

  private final String language;
  private final WordClusters clusters;
  private final AliasGazetteer aliases;
  private final int cutoff;
  private final float margin;
  private final int copies;
  private final int member;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<int[][]> sentenceFeatures = new ArrayList<>();
  private final List<int[]> sentenceLabels = new ArrayList<>();
  private NameGazetteer gazetteer;
  private float[] weights;
  private double[] totals;
  private final float[] transitions = new float[(T + 1) * T];
  private final double[] transitionTotals = new double[(T + 1) * T];
  private long step = 1;

  /** A trainer for one language with the cluster table its features use. */
  public TaggerTrainer(String language, WordClusters clusters, int cutoff) {
    this(language, clusters, AliasGazetteer.empty(), cutoff);
  }

  /** A trainer whose features also mark the known names of {@code aliases}. */
  public TaggerTrainer(String language, WordClusters clusters, AliasGazetteer aliases, int cutoff) {
    this(language, clusters, aliases, cutoff, 0);
  }

  /**
   * A trainer that decodes training sentences with each token's wrong labels {@code margin} higher
   * (0: the plain perceptron).
   */
  public TaggerTrainer(
      String language, WordClusters clusters, AliasGazetteer aliases, int cutoff, float margin) {
    this(language, clusters, aliases, cutoff, margin, 0);
  }

  /**
   * A trainer whose first pass also trains on {@code copies} copies of each fifth of the training
   * sentences that have names, with the names replaced by other names of that fifth ({@link
   * MentionReplacement}; 0: none).
   */
  public TaggerTrainer(
      String language,
      WordClusters clusters,
      AliasGazetteer aliases,
      int cutoff,
      float margin,
      int copies) {
    this(language, clusters, aliases, cutoff, margin, copies, 0);
  }

  /**
   * A trainer for ensemble member {@code member} (0 for a model of one): each member visits the
   * sentences in its own order and replaces names by its own drawing.
   */
  TaggerTrainer(
      String language,
      WordClusters clusters,
      AliasGazetteer aliases,
      int cutoff,
      float margin,
      int copies,
      int member) {
    if (member < 0) {
      throw new IllegalArgumentException("member must not be negative: " + member);
    }
    if (margin < 0) {
      throw new IllegalArgumentException("margin must not be negative: " + margin);
    }
    if (copies < 0) {
      throw new IllegalArgumentException("copies must not be negative: " + copies);
    }
    this.language = language;
    this.clusters = clusters;
    this.aliases = aliases;
    this.cutoff = cutoff;
    this.margin = margin;
    this.copies = copies;
    this.member = member;
  }

  /**
   * Trains for {@code epochs} passes over {@code train}; after each pass, {@code afterEpoch}
   * receives the epoch number and the averaged model so far (to score a development set).
   */
  public TaggerModel train(List<ConllSentence> train, int epochs, EpochListener afterEpoch) {
    return train(train, null, epochs, afterEpoch);
  }

  /**
   * {@link #train(List, int, EpochListener)} of a second tagging pass when {@code firstPass} (the
   * first pass's labels of each sentence of {@code train}, as {@link NameLabels} indexes) is not
   * null: the model learns from the features of those labels ({@link FirstPassLabels}) too.
   */
  TaggerModel train(
      List<ConllSentence> train, List<int[]> firstPass, int epochs, EpochListener afterEpoch) {
    gazetteer =
        TrainingFeatures.index(
            language,
            clusters,
            aliases,
            train,
            firstPass,
            copies,
            member,
            cutoff,
            index,
            sentenceFeatures,
            sentenceLabels);
    weights = new float[index.size() * T];
    totals = new double[index.size() * T];
    List<Integer> order = new ArrayList<>();
    for (int s = 0; s < sentenceFeatures.size(); s++) {
      order.add(s);
    }
    Random random = new Random(1 + member);
    TaggerModel model = null;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int s : order) {
        learn(sentenceFeatures.get(s), sentenceLabels.get(s));
        step++;
      }
      model = averaged();
      afterEpoch.accept(epoch, model);
    }
    return model;
  }

  /** Receives the model after each training epoch. */
  @FunctionalInterface
  public interface EpochListener {
    void accept(int epoch, TaggerModel model);

    /** A listener that does nothing. */
    static EpochListener none() {
      return (epoch, model) -> {};
    }

    /** A listener that reports the epoch number. */
    static EpochListener progress(Consumer<String> out) {
      return (epoch, model) -> out.accept("epoch " + epoch + " done");
    }
  }

  private void learn(int[][] features, int[] gold) {
    float[][] scores = new float[features.length][T];
    for (int i = 0; i < features.length; i++) {
      for (int f : features[i]) {
        for (int l = 0; l < T; l++) {
          scores[i][l] += weights[f * T + l];
        }
      }
    }
    if (margin > 0) {
      addMargin(scores, gold);
    }
    int[] predicted = LabelLattice.best(scores, transitions);
    for (int i = 0; i < features.length; i++) {
      int goldPrev = i == 0 ? T : gold[i - 1];
      int predPrev = i == 0 ? T : predicted[i - 1];
      if (gold[i] != predicted[i] || goldPrev != predPrev) {
        update(transitions, transitionTotals, goldPrev * T + gold[i], 1);
        update(transitions, transitionTotals, predPrev * T + predicted[i], -1);
      }
      if (gold[i] != predicted[i]) {
        for (int f : features[i]) {
          update(weights, totals, f * T + gold[i], 1);
          update(weights, totals, f * T + predicted[i], -1);
        }
      }
    }
  }

  private void addMargin(float[][] scores, int[] gold) {
    for (int i = 0; i < scores.length; i++) {
      for (int l = 0; l < T; l++) {
        if (l != gold[i]) {
          scores[i][l] += margin;
        }
      }
    }
  }

  private void update(float[] w, double[] total, int at, int delta) {
    w[at] += delta;
    total[at] += (double) step * delta;
  }

  private TaggerModel averaged() {
    return new TaggerModel(
        language,
        clusters,
        gazetteer,
        aliases,
        index,
        average(weights, totals),
        average(transitions, transitionTotals));
  }

  private float[] average(float[] w, double[] total) {
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - total[i] / step);
    }
    return avg;
  }
}
