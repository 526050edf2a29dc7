package io.newsetl.jobs;

import java.util.Locale;
import java.util.Objects;

/**
 * A run as the {@code status} command shows it: its last execution's summary and what can be done
 * with it.
 *
 * @param summary counts and times of the run's last execution
 * @param phase what the run is doing, or what it needs
 */
public record RunState(RunSummary summary, Phase phase) {

  /** Where a run stands. */
  public enum Phase {
    /** A live process is running it. */
    RUNNING,
    /** Recorded as running, but the process that ran it is gone (killed, crashed): resumable. */
    LEFT_RUNNING,
    /** Failed or stopped: resumable. */
    FAILED,
    /** Finished and published. */
    COMPLETED,
    /** Abandoned: will not be resumed. */
    ABANDONED
  }

  public RunState {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(phase, "phase");
  }

  /** Whether {@code restart} can resume it. */
  public boolean resumable() {
    return phase == Phase.LEFT_RUNNING || phase == Phase.FAILED;
  }

  /**
   * What to type to resume the run, or what it is waiting for; empty when nothing is to be done.
   */
  public String hint() {
    return switch (phase) {
      case RUNNING -> "running; a second launch of this date is refused";
      case LEFT_RUNNING, FAILED -> "resume: news-etl restart --execution " + summary.executionId();
      case COMPLETED, ABANDONED -> "";
    };
  }

  /** The phase in lower case with blanks, for people. */
  public String label() {
    return phase.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
