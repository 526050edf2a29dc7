package io.newsetl.jobs;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Lets crash tests stop a run at a chosen point, as a kill would find it: set {@code
 * news-etl.pause-at} to a point and the run prints {@code news-etl: paused at <point>} and waits
 * forever when it gets there, for the test to kill the process. Points: {@code parse:N} (before the
 * file at manifest position N is processed), {@code stage:N} (after the chunk starting at N is
 * staged, before the chunk is committed), {@code commit:STEP} (after a commit step such as {@code
 * build} or {@code done-2023-07-13-articles-aside}). Unset, as in production, it does nothing.
 * Thread-safe.
 */
final class PausePoints {

  static final PausePoints NONE = new PausePoints("", System.out);

  private final String pauseAt;
  private final PrintStream out;

  PausePoints(String pauseAt, PrintStream out) {
    this.pauseAt = Objects.requireNonNull(pauseAt, "pauseAt");
    this.out = out;
  }

  /** Waits forever when {@code point} is the configured one; returns at once otherwise. */
  void reached(String point) {
    if (pauseAt.isEmpty() || !pauseAt.equals(point)) {
      return;
    }
    out.println("news-etl: paused at " + point);
    out.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while paused at " + point, e);
    }
  }
}
