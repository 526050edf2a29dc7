package io.newsetl.evaluate;

import java.util.List;
import java.util.Locale;

/**
 * TempEval-3 temporal expression scores over a set of documents.
 *
 * <p>Extraction is scored strict (same span) and relaxed (overlapping spans, each expression paired
 * at most once). Type and value accuracy are over the relaxed pairs. As in the TempEval-3 scorer,
 * an attribute's precision and recall are its accuracy times the relaxed precision and recall, so
 * its F1 is the accuracy times the relaxed F1: {@link #valueF1()} is the figure TempEval-3 ranked
 * normalization by.
 *
 * @param total the summed counts (its {@code file} is {@code "all"})
 * @param files the counts per document, in the order read
 */
public record TimexScores(FileCounts total, List<FileCounts> files) {

  public TimexScores {
    files = List.copyOf(files);
  }

  public double strictPrecision() {
    return ratio(total.strict(), total.system());
  }

  public double strictRecall() {
    return ratio(total.strict(), total.gold());
  }

  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  public double relaxedPrecision() {
    return ratio(total.relaxed(), total.system());
  }

  public double relaxedRecall() {
    return ratio(total.relaxed(), total.gold());
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  public double typeAccuracy() {
    return ratio(total.type(), total.relaxed());
  }

  public double valueAccuracy() {
    return ratio(total.value(), total.relaxed());
  }

  public double typeF1() {
    return typeAccuracy() * relaxedF1();
  }

  public double valueF1() {
    return valueAccuracy() * relaxedF1();
  }

  /** One line per measure, percentages with one decimal. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "documents %d, gold %d, system %d%n"
            + "strict   P %.1f R %.1f F1 %.1f%n"
            + "relaxed  P %.1f R %.1f F1 %.1f%n"
            + "type     accuracy %.1f F1 %.1f%n"
            + "value    accuracy %.1f F1 %.1f",
        files.size(),
        total.gold(),
        total.system(),
        100 * strictPrecision(),
        100 * strictRecall(),
        100 * strictF1(),
        100 * relaxedPrecision(),
        100 * relaxedRecall(),
        100 * relaxedF1(),
        100 * typeAccuracy(),
        100 * typeF1(),
        100 * valueAccuracy(),
        100 * valueF1());
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
