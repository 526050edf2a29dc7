package io.newsetl.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A range of archive dates to ingest, each as its own run.
 *
 * @param input folder, file or URI of the raw files
 * @param output folder or URI of the dataset
 * @param from first date, inclusive
 * @param to last date, inclusive
 * @param force run dates whose last run completed too (they are skipped otherwise)
 * @param parallel dates run at the same time, at least 1
 * @param maxRejects most rejects a date's run may have and still be published; negative for none
 */
public record BackfillRequest(
    String input,
    String output,
    LocalDate from,
    LocalDate to,
    boolean force,
    int parallel,
    long maxRejects) {

  public BackfillRequest {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1: " + parallel);
    }
  }

  /** Every date of the range, in order. */
  public List<LocalDate> dates() {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      dates.add(date);
    }
    return dates;
  }
}
