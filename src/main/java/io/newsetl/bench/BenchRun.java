package io.newsetl.bench;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One benchmark run: where and how it ran, and the results of its stages in stage order.
 *
 * @param startedAt when the run started
 * @param command the command line that reproduces it
 * @param machine processors, memory, Java version and maximum heap, in words
 * @param threads worker threads
 * @param corpusFiles files in the corpus folder
 * @param inputFiles files in the benchmark input (the corpus sampled or repeated)
 * @param firstArticleSeconds seconds from JVM start to the first article through the pipeline
 * @param loadBefore one-minute load average before the stages, -1 when unknown
 * @param loadAfter one-minute load average after the stages, -1 when unknown
 * @param stages the measured stages
 */
public record BenchRun(
    Instant startedAt,
    String command,
    String machine,
    int threads,
    int corpusFiles,
    int inputFiles,
    double firstArticleSeconds,
    double loadBefore,
    double loadAfter,
    List<StageResult> stages) {

  public BenchRun {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(machine, "machine");
    stages = List.copyOf(stages);
  }
}
