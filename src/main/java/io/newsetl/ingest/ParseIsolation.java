package io.newsetl.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How documents are parsed: in the job's own JVM, or in worker processes that can be stopped.
 *
 * @param inProcess true to parse in the job's JVM (no timeout can stop a runaway parser there)
 * @param timeout longest parse of one document in a worker; the worker is killed after it
 * @param workerHeap maximum heap of a worker JVM, in {@code -Xmx} notation ({@code 512m})
 * @param workers worker processes at most (one per parsing thread)
 */
public record ParseIsolation(boolean inProcess, Duration timeout, String workerHeap, int workers) {

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
    return new ParseIsolation(true, Duration.ofSeconds(60), "512m", 1);
  }

  /** Worker processes with the given timeout, heap and count. */
  public static ParseIsolation process(Duration timeout, String workerHeap, int workers) {
    return new ParseIsolation(false, timeout, workerHeap, workers);
  }
}
