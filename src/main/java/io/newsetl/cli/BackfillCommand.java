package io.newsetl.cli;

import io.newsetl.jobs.BackfillRequest;
import io.newsetl.jobs.BackfillRunner;
import io.newsetl.jobs.DateOutcome;
import io.newsetl.write.Redaction;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code news-etl backfill}: a range of dates, each its own run. */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests every archive date from --from to --to, each as its own run.",
      "Dates whose last run completed are skipped unless --force, a date "
          + "whose last run failed resumes it, and each date succeeds or fails on "
          + "its own. Running the same backfill again finishes what failed."
    })
final class BackfillCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "<folder|URI>",
      description = "Folder, file or URI (file:, hdfs:, s3a:) of the raw files.")
  String input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "<folder|URI>",
      description = "Folder or URI of the dataset.")
  String output;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First date.")
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "Last date (inclusive).")
  LocalDate to;

  @Option(names = "--force", description = "Run dates whose last run completed too.")
  boolean force;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "1",
      description = "Dates run at the same time (default: 1).")
  int parallel;

  @Option(
      names = "--max-rejects",
      paramLabel = "N",
      defaultValue = "-1",
      description =
          "Fail a date's run, publishing nothing for it, when more than N of its documents "
              + "are rejected (default: no limit; 0 fails on any reject).")
  long maxRejects;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parsing threads of each date's run.")
  Integer threads;

  @Override
  public Integer call() {
    BackfillRequest request;
    try {
      request = new BackfillRequest(input, output, from, to, force, parallel, maxRejects);
    } catch (IllegalArgumentException e) {
      System.err.println("news-etl: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Map<String, Object> overrides = new HashMap<>();
    if (threads != null) {
      overrides.put("news-etl.threads", threads);
    }
    try (ConfigurableApplicationContext context =
        SpringContexts.start(root.settings(), overrides)) {
      List<DateOutcome> outcomes = context.getBean(BackfillRunner.class).run(request);
      print(outcomes, System.out);
      return exitStatus(outcomes);
    } catch (Exception e) {
      System.err.println("news-etl: " + Redaction.text(IngestCommand.rootMessage(e)));
      return ExitCodes.FAILED;
    }
  }

  /** Failed dates make the backfill fail; otherwise refused ones make it refused. */
  static int exitStatus(List<DateOutcome> outcomes) {
    if (outcomes.stream().anyMatch(o -> o.result() == DateOutcome.Result.FAILED)) {
      return ExitCodes.FAILED;
    }
    if (outcomes.stream().anyMatch(o -> o.result() == DateOutcome.Result.REFUSED)) {
      return ExitCodes.REFUSED;
    }
    return ExitCodes.OK;
  }

  static void print(List<DateOutcome> outcomes, PrintStream out) {
    Map<DateOutcome.Result, Long> counts = new java.util.EnumMap<>(DateOutcome.Result.class);
    for (DateOutcome outcome : outcomes) {
      counts.merge(outcome.result(), 1L, Long::sum);
      String detail =
          outcome
              .summary()
              .map(
                  s ->
                      String.format(
                          Locale.ROOT,
                          "run %s, %d files, %d articles, %d rejected%s",
                          s.run(),
                          s.filesProcessed(),
                          s.articles(),
                          s.rejects(),
                          outcome.message().isEmpty() ? "" : ": " + outcome.message()))
              .orElse(outcome.message());
      out.printf(
          Locale.ROOT,
          "%s  %-9s  %s%n",
          outcome.date(),
          outcome.result().name().toLowerCase(Locale.ROOT),
          detail);
    }
    StringBuilder total = new StringBuilder("backfill: " + outcomes.size() + " dates");
    counts.forEach(
        (result, n) ->
            total
                .append(", ")
                .append(n)
                .append(' ')
                .append(result.name().toLowerCase(Locale.ROOT)));
    out.println(total);
  }
}
