package io.newsetl.jobs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a backfill did with one date.
 *
 * @param date the archive date
 * @param result what happened
 * @param summary the summary of the date's run, when one ran
 * @param message why it was skipped, refused or failed; empty when it completed
 */
public record DateOutcome(
    LocalDate date, Result result, Optional<RunSummary> summary, String message) {

  /** What happened to a date. */
  public enum Result {
    /** Its run completed and was published. */
    COMPLETED,
    /** Its last run had completed; left alone without {@code --force}. */
    SKIPPED,
    /** A live process was running it. */
    REFUSED,
    /** Its run failed; running the backfill again resumes it. */
    FAILED
  }

  public DateOutcome {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(message, "message");
  }
}
