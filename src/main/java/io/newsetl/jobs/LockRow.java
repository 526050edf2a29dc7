package io.newsetl.jobs;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the run lock table.
 *
 * @param output the dataset the lock covers
 * @param date the archive date it covers, or {@value IngestJob#ALL_DATES}
 * @param owner the process that took it
 * @param acquired when it was taken
 * @param heartbeat when its owner last said it was alive
 */
public record LockRow(
    String output, String date, RunOwner owner, Instant acquired, Instant heartbeat) {

  public LockRow {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(acquired, "acquired");
    Objects.requireNonNull(heartbeat, "heartbeat");
  }
}
