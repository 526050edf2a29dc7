package io.newsetl.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A job definition from {@code jobs/*.yml}, as written (dates still rules).
 *
 * @param job {@code ingest} or {@code backfill}
 * @param input folder or URI of the raw files
 * @param output folder or URI of the dataset
 * @param date date rule of an ingest job ({@code yesterday} by default)
 * @param from first date rule of a backfill
 * @param to last date rule of a backfill
 * @param zone time zone the date rules are read in
 * @param threads parsing threads, when set
 * @param maxRejects most rejects a run may have and still be published, when set
 * @param force a backfill runs dates that completed too
 * @param parallel dates a backfill runs at the same time, when set
 * @param settings further Spring settings ({@code news-etl.*}, {@code spring.*}, {@code
 *     logging.*}), enrichers included
 */
record JobDefinition(
    String job,
    String input,
    String output,
    String date,
    String from,
    String to,
    ZoneId zone,
    Optional<Integer> threads,
    Optional<Long> maxRejects,
    boolean force,
    Optional<Integer> parallel,
    Map<String, String> settings) {

  static final String INGEST = "ingest";
  static final String BACKFILL = "backfill";

  JobDefinition {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    settings = Collections.unmodifiableMap(new TreeMap<>(settings));
  }

  /** The command line that runs it: a command, its options, then the settings. */
  List<String> arguments(String ingestDate, String backfillFrom, String backfillTo) {
    List<String> args = new ArrayList<>(List.of(job, "--input", input, "--output", output));
    if (job.equals(INGEST)) {
      args.addAll(List.of("--date", ingestDate));
    } else {
      args.addAll(List.of("--from", backfillFrom, "--to", backfillTo));
      if (force) {
        args.add("--force");
      }
      parallel.ifPresent(n -> args.addAll(List.of("--parallel", n.toString())));
    }
    threads.ifPresent(n -> args.addAll(List.of("--threads", n.toString())));
    maxRejects.ifPresent(n -> args.addAll(List.of("--max-rejects", n.toString())));
    settings.forEach((key, value) -> args.add("--" + key + "=" + value));
    return args;
  }
}
