package io.newsetl.evaluate;

/**
 * Confusion counts of a publication-date evaluation, as htmldate's evaluation defines them: a page
 * whose date is found and equal to the gold day is a true positive; a date found that differs (or a
 * date found for a page without a gold date) is a false positive; no date for a page with a gold
 * date is a false negative; no date for a page without one is a true negative.
 */
public record PubdateCounts(
    int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

  public static final PubdateCounts NONE = new PubdateCounts(0, 0, 0, 0);

  public int documents() {
    return truePositives + falsePositives + trueNegatives + falseNegatives;
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** {@code 2 tp / (2 tp + fp + fn)}, the harmonic mean of precision and recall. */
  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  public double accuracy() {
    return ratio(truePositives + trueNegatives, documents());
  }

  PubdateCounts plus(PubdateCounts other) {
    return new PubdateCounts(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        trueNegatives + other.trueNegatives,
        falseNegatives + other.falseNegatives);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
