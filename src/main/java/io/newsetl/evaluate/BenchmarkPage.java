package io.newsetl.evaluate;

import java.util.Objects;

/**
 * One page of the benchmark with its true body and, once run, the extracted one.
 *
 * @param id the page's id (its file name without {@code .html.gz})
 * @param url the page's address
 * @param truth the annotated article body
 * @param predicted the extracted body
 */
record BenchmarkPage(String id, String url, String truth, String predicted) {

  BenchmarkPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
  }
}
