package io.newsetl.bench;

import java.util.Objects;

/**
 * What one stage did and cost.
 *
 * @param stage the stage
 * @param files input files processed
 * @param articles articles (documents for reading and parsing) that came out
 * @param rejects documents rejected
 * @param bytes input bytes
 * @param wallNanos elapsed time
 * @param cpuNanos CPU time of the whole process (user + system, every thread: workers, JIT, GC)
 * @param peakHeapBytes the sum of the heap pools' peak use during the stage
 * @param peakRssBytes the peak resident set size during the stage, or -1 when unknown
 */
public record StageResult(
    Stage stage,
    long files,
    long articles,
    long rejects,
    long bytes,
    long wallNanos,
    long cpuNanos,
    long peakHeapBytes,
    long peakRssBytes) {

  public StageResult {
    Objects.requireNonNull(stage, "stage");
  }

  public double wallSeconds() {
    return wallNanos / 1e9;
  }

  public double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  public double megabytes() {
    return bytes / 1e6;
  }

  public double articlesPerSecond() {
    return perSecond(articles, wallNanos);
  }

  public double filesPerSecond() {
    return perSecond(files, wallNanos);
  }

  public double megabytesPerSecond() {
    return perSecond(bytes, wallNanos) / 1e6;
  }

  /** Files per second of CPU time: the work one fully used core does. */
  public double filesPerCpuSecond() {
    return perSecond(files, cpuNanos);
  }

  /** CPU milliseconds per file. */
  public double cpuMillisPerFile() {
    return files == 0 ? 0 : cpuNanos / 1e6 / files;
  }

  /** Cores kept busy on average: CPU time over wall time. */
  public double coresBusy() {
    return wallNanos == 0 ? 0 : (double) cpuNanos / wallNanos;
  }

  private static double perSecond(long count, long nanos) {
    return nanos == 0 ? 0 : count * 1e9 / nanos;
  }
}
