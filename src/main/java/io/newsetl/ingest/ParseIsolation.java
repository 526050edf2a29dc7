package io.newsetl.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How documents are parsed: in the job's own JVM, or in worker processes that can be stopped.
 *
 * @param inProcess true to parse in the job's JVM (no timeout can stop a runaway parser there)
 * @param allFormats with worker processes: true to send every document to them; false to parse
 *     plain text and HTML, which the product reads with its own bounded readers, in the job's JVM
 *     and send only the formats read by third-party parsers (PDF, office files, RTF, e-mail, XML)
 * @param timeout longest parse of one document in a worker; the worker is killed after it
 * @param workerHeap maximum heap of a worker JVM, in {@code -Xmx} notation ({@code 512m})
 * @param workers worker processes at most (one per parsing thread)
 */
public record ParseIsolation(
    boolean inProcess, boolean allFormats, Duration timeout, String workerHeap, int workers) {

  public ParseIsolation {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(workerHeap, "workerHeap");
    if (timeout.isNegative() || timeout.isZero() || workers <= 0) {
      throw new IllegalArgumentException("the parse timeout and the worker count must be positive");
    }
    if (!workerHeap.matches("\\d+[kKmMgG]?")) {
      throw new IllegalArgumentException("worker heap must look like 512m, not " + workerHeap);
    }
  }

  /** Parsing in the job's JVM. */
  public static ParseIsolation none() {
    return new ParseIsolation(true, false, Duration.ofSeconds(60), "512m", 1);
  }

  /**
   * Worker processes with the given timeout, heap and count for the formats read by third-party
   * parsers; plain text and HTML in the job's JVM.
   */
  public static ParseIsolation process(Duration timeout, String workerHeap, int workers) {
    return new ParseIsolation(false, false, timeout, workerHeap, workers);
  }

  /** Worker processes with the given timeout, heap and count for every document. */
  public static ParseIsolation processAll(Duration timeout, String workerHeap, int workers) {
    return new ParseIsolation(false, true, timeout, workerHeap, workers);
  }
}
