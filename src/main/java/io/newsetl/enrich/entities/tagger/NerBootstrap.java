package io.newsetl.enrich.entities.tagger;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How far an overall F1 can be trusted, by the bootstrap over sentences (Efron & Tibshirani 1993;
 * Koehn 2004): the sentences are drawn again with replacement, as many as there are, and the F1 of
 * each such resample is computed from its names' counts. The 2.5th and 97.5th percentiles of those
 * F1s give a 95% interval; for two models scored on the same sentences, the same resamples give the
 * interval of their difference (paired). Sentences of one article are not independent, so the
 * intervals are, if anything, too narrow. Seeded: the same input gives the same interval.
 * Stateless.
 */
public final class NerBootstrap {

  /** The resamples the command line draws. */
  public static final int RESAMPLES = 1000;

  /** The seed the command line draws them with. */
  public static final long SEED = 20_070_101L;

  private NerBootstrap() {}

  /**
   * A 95% interval, in the units of F1 (0 to 1).
   *
   * @param low the 2.5th percentile
   * @param high the 97.5th percentile
   */
  public record Interval(double low, double high) {}

  /**
   * Two models on the same sentences.
   *
   * @param difference the first model's overall F1 minus the second's, on all the sentences
   * @param interval the 95% interval of that difference over the resamples
   * @param firstHigher the share of resamples in which the first model's F1 is higher
   */
  public record Comparison(double difference, Interval interval, double firstHigher) {}

  /**
   * One line on the 95% interval of the overall F1 of {@code scores}, as the command line prints
   * it: "overall F1 95% interval: 70.80 to 77.73 (bootstrap over the 397 sentences, 1000
   * resamples)", with {@link #RESAMPLES} and {@link #SEED}.
   */
  public static String describe(NerScores scores) {
    Interval interval = f1(scores, RESAMPLES, SEED);
    return String.format(
        Locale.ROOT,
        "overall F1 95%% interval: %.2f to %.2f (bootstrap over the %d sentences, %d resamples)",
        100 * interval.low(),
        100 * interval.high(),
        scores.sentences(),
        RESAMPLES);
  }

  /** The 95% interval of the overall F1 of {@code scores}. */
  public static Interval f1(NerScores scores, int resamples, long seed) {
    requireSentences(scores, resamples);
    double[] f1s = new double[resamples];
    int n = scores.sentences();
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < resamples; r++) {
      int[] total = new int[3];
      for (int k = 0; k < n; k++) {
        add(total, scores.ofSentence(random.nextInt(n)));
      }
      f1s[r] = f1(total);
    }
    return percentiles(f1s);
  }

  /**
   * The overall F1 of {@code first} against {@code second}, both scored on the same sentences in
   * the same order (paired bootstrap).
   *
   * @throws IllegalArgumentException when they hold different numbers of sentences
   */
  public static Comparison compare(NerScores first, NerScores second, int resamples, long seed) {
    requireSentences(first, resamples);
    if (first.sentences() != second.sentences()) {
      throw new IllegalArgumentException(
          "the two models were scored on "
              + first.sentences()
              + " and "
              + second.sentences()
              + " sentences, not the same ones");
    }
    double[] differences = new double[resamples];
    int higher = 0;
    int n = first.sentences();
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < resamples; r++) {
      int[] a = new int[3];
      int[] b = new int[3];
      for (int k = 0; k < n; k++) {
        int s = random.nextInt(n);
        add(a, first.ofSentence(s));
        add(b, second.ofSentence(s));
      }
      differences[r] = f1(a) - f1(b);
      if (differences[r] > 0) {
        higher++;
      }
    }
    return new Comparison(
        first.overall().f1() - second.overall().f1(),
        percentiles(differences),
        (double) higher / resamples);
  }

  private static void requireSentences(NerScores scores, int resamples) {
    if (scores.sentences() == 0 || resamples < 1) {
      throw new IllegalArgumentException("the bootstrap needs sentences and at least 1 resample");
    }
  }

  private static void add(int[] total, NerScores.Score sentence) {
    total[0] += sentence.correct();
    total[1] += sentence.found();
    total[2] += sentence.gold();
  }

  private static double f1(int[] total) {
    return new NerScores.Score(total[0], total[1], total[2]).f1();
  }

  private static Interval percentiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int last = sorted.length - 1;
    return new Interval(
        sorted[(int) Math.floor(0.025 * last)], sorted[(int) Math.ceil(0.975 * last)]);
  }
}
