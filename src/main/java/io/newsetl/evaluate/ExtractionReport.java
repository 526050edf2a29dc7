package io.newsetl.evaluate;

import java.util.List;
import java.util.Locale;

/**
 * The result of an extraction benchmark run, with the upstream benchmark's definitions: precision
 * is the mean of per-page precision over pages where something was extracted, recall the mean of
 * per-page recall over pages with a true body, F1 the harmonic mean of those two means (not a mean
 * of per-page F1), accuracy the share of pages whose extracted tokens equal the true ones.
 *
 * @param documents pages evaluated
 * @param failures pages where the extractor threw; they count as an empty extraction
 * @param precision mean shingle precision
 * @param recall mean shingle recall
 * @param f1 harmonic mean of {@code precision} and {@code recall}
 * @param accuracy share of exact token matches
 * @param worst the pages with the lowest F1, worst first (at most ten)
 */
public record ExtractionReport(
    int documents,
    int failures,
    double precision,
    double recall,
    double f1,
    double accuracy,
    List<PageScore> worst) {

  public ExtractionReport {
    worst = List.copyOf(worst);
  }

  /** One line in the style of the upstream script's output. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "documents=%d failures=%d precision=%.3f recall=%.3f F1=%.3f accuracy=%.3f",
        documents,
        failures,
        precision,
        recall,
        f1,
        accuracy);
  }
}
