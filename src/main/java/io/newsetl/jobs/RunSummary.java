package io.newsetl.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What one ingest run did: counts, timings and outcome. Written to {@code
 * <output>/_runs/<run>.json} and printed by the command line. Locations are redacted (no
 * credentials).
 */
public record RunSummary(
    String run,
    long executionId,
    String status,
    String exitMessage,
    String input,
    String output,
    String date,
    Instant startedAt,
    Instant endedAt,
    long filesPlanned,
    long filesProcessed,
    long bytesRead,
    long articles,
    long duplicates,
    long rejects,
    long otherDate,
    Map<String, Long> rejectsByReason,
    Map<String, Long> articlesByFormat,
    Map<String, Long> articlesByLanguage,
    long parquetFiles,
    long parquetBytes,
    String pipelineVersion) {

  public Duration duration() {
    return Duration.between(startedAt, endedAt);
  }

  /** Articles written per second of wall time. */
  public double articlesPerSecond() {
    double seconds = Math.max(duration().toMillis(), 1) / 1000.0;
    return articles / seconds;
  }

  /** Input files per second of wall time. */
  public double filesPerSecond() {
    double seconds = Math.max(duration().toMillis(), 1) / 1000.0;
    return filesProcessed / seconds;
  }

  public boolean completed() {
    return "COMPLETED".equals(status);
  }
}
