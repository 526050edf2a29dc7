package io.newsetl.evaluate;

import java.util.Objects;

/**
 * One page's score.
 *
 * @param id the page's id in the dataset
 * @param url the page's address
 * @param precision shingle precision (0 when nothing was extracted)
 * @param recall shingle recall
 * @param f1 harmonic mean of the two, 0 when both are 0
 * @param exactMatch whether the extracted tokens equal the true tokens
 */
public record PageScore(
    String id, String url, double precision, double recall, double f1, boolean exactMatch) {

  public PageScore {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
  }
}
