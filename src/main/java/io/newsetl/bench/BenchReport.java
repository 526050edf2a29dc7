package io.newsetl.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Formats a benchmark run as a Markdown report: the run's facts, one table row per stage, the cost
 * of each step (the CPU time of a stage minus the one before it, as a share of the last stage's CPU
 * time: unlike elapsed time, it hardly depends on other load on the machine) and the full job's
 * throughput against parsing alone. Stateless and thread-safe.
 */
public final class BenchReport {

  private static final String HEADER =
      "| stage | files | articles | rejects | MB | wall s | articles/s | MB/s | CPU s | CPU ms/file"
          + " | files/CPU-s | cores busy | share | peak heap MiB | peak RSS MiB |\n"
          + "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n";

  private BenchReport() {}

  public static String markdown(BenchRun run) {
    StringBuilder out = new StringBuilder();
    out.append(f("Benchmark of %s, `%s`%n%n", run.startedAt(), run.command()));
    out.append(
        f(
            "- machine: %s; %d worker thread(s); load average %.2f before, %.2f after%n",
            run.machine(), run.threads(), run.loadBefore(), run.loadAfter()));
    out.append(
        f(
            "- input: %,d files (corpus of %,d files); first article %.1f s after JVM start%n%n",
            run.inputFiles(), run.corpusFiles(), run.firstArticleSeconds()));
    out.append(HEADER);
    long lastWall =
        run.stages().isEmpty() ? 0 : run.stages().get(run.stages().size() - 1).wallNanos();
    for (StageResult stage : run.stages()) {
      out.append(row(stage, lastWall));
    }
    steps(run.stages()).ifPresent(out::append);
    ratios(run.stages()).ifPresent(out::append);
    return out.toString();
  }

  private static String row(StageResult s, long lastWall) {
    return f(
        "| %s %s | %,d | %,d | %,d | %.1f | %.1f | %.0f | %.2f | %.1f | %.2f | %.0f | %.2f | %.0f%% | %s | %s |%n",
        s.stage().letter(),
        s.stage().label(),
        s.files(),
        s.articles(),
        s.rejects(),
        s.megabytes(),
        s.wallSeconds(),
        s.articlesPerSecond(),
        s.megabytesPerSecond(),
        s.cpuSeconds(),
        s.cpuMillisPerFile(),
        s.filesPerCpuSecond(),
        s.coresBusy(),
        share(s.wallNanos(), lastWall),
        megabytes(s.peakHeapBytes()),
        megabytes(s.peakRssBytes()));
  }

  /** The CPU cost of each step, when every stage ran: b-a is parsing, c-b cleaning, and so on. */
  static Optional<String> steps(List<StageResult> stages) {
    if (stages.size() != Stage.values().length) {
      return Optional.empty();
    }
    String[] names = {"reading", "parsing", "cleaning", "enrichment", "writing and commit"};
    long last = stages.get(stages.size() - 1).cpuNanos();
    StringBuilder out =
        new StringBuilder(
            "\nShare of the full job's CPU time per step (stage minus the one before):");
    long before = 0;
    for (int i = 0; i < stages.size(); i++) {
      long cpu = stages.get(i).cpuNanos();
      out.append(
          f(
              " %s %.0f%%%s",
              names[i], share(cpu - before, last), i + 1 < stages.size() ? "," : ".\n"));
      before = cpu;
    }
    return Optional.of(out.toString());
  }

  /** The full job against parsing alone, when both ran. */
  static Optional<String> ratios(List<StageResult> stages) {
    Optional<StageResult> parse = find(stages, Stage.PARSE);
    Optional<StageResult> job = find(stages, Stage.JOB);
    if (parse.isEmpty() || job.isEmpty()) {
      return Optional.empty();
    }
    StageResult p = parse.get();
    StageResult j = job.get();
    return Optional.of(
        f(
            "\nFull job / parsing alone: %.2f of the files per second, %.2f of the files per CPU-second.%n",
            ratio(j.filesPerSecond(), p.filesPerSecond()),
            ratio(j.filesPerCpuSecond(), p.filesPerCpuSecond())));
  }

  /**
   * The run as plain values (for a JSON file): the facts, and per stage the raw and derived
   * figures.
   */
  public static Map<String, Object> values(BenchRun run) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("startedAt", run.startedAt().toString());
    values.put("command", run.command());
    values.put("machine", run.machine());
    values.put("threads", run.threads());
    values.put("corpusFiles", run.corpusFiles());
    values.put("inputFiles", run.inputFiles());
    values.put("firstArticleSeconds", run.firstArticleSeconds());
    values.put("loadBefore", run.loadBefore());
    values.put("loadAfter", run.loadAfter());
    values.put("stages", run.stages().stream().map(BenchReport::values).toList());
    return values;
  }

  private static Map<String, Object> values(StageResult s) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("stage", s.stage().letter());
    values.put("label", s.stage().label());
    values.put("files", s.files());
    values.put("articles", s.articles());
    values.put("rejects", s.rejects());
    values.put("bytes", s.bytes());
    values.put("wallSeconds", s.wallSeconds());
    values.put("cpuSeconds", s.cpuSeconds());
    values.put("articlesPerSecond", s.articlesPerSecond());
    values.put("megabytesPerSecond", s.megabytesPerSecond());
    values.put("cpuMillisPerFile", s.cpuMillisPerFile());
    values.put("filesPerCpuSecond", s.filesPerCpuSecond());
    values.put("peakHeapBytes", s.peakHeapBytes());
    values.put("peakRssBytes", s.peakRssBytes());
    return values;
  }

  private static Optional<StageResult> find(List<StageResult> stages, Stage stage) {
    return stages.stream().filter(s -> s.stage() == stage).findFirst();
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0 : a / b;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static String megabytes(long bytes) {
    return bytes < 0 ? "n/a" : f("%.0f", bytes / 1048576.0);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
