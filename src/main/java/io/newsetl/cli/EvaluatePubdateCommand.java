package io.newsetl.cli;

import io.newsetl.evaluate.IngestDateFinder;
import io.newsetl.evaluate.PubdateEvaluation;
import io.newsetl.evaluate.PubdateMiss;
import io.newsetl.evaluate.PubdateReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code news-etl evaluate pubdate <folder>}: publication dates of web pages against the htmldate
 * evaluation set, through the same parser, cleaning and publication-date rule as the ingest job.
 */
@Command(
    name = "pubdate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores publication dates against the htmldate evaluation set.",
      "The set is laid out as manifest.jsonl with url, subset, html_path "
          + "and date. A date is right when the day the page shows (in the page's "
          + "own time zone) equals the gold day. Prints precision, recall, F1 and "
          + "accuracy as htmldate's evaluation defines them, overall, per subset "
          + "and by UTC day, and how often each kind of evidence was right."
    })
final class EvaluatePubdateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "<folder>", description = "Folder holding manifest.jsonl.")
  Path folder;

  @Option(names = "--misses", description = "Also list every page dated wrong or not at all.")
  boolean misses;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N pages.")
  int limit = Integer.MAX_VALUE;

  @Override
  public Integer call() throws Exception {
    IngestDateFinder finder = new IngestDateFinder();
    long start = System.nanoTime();
    PubdateReport report = new PubdateEvaluation().run(folder, finder, limit);
    System.out.print(report.summary());
    System.out.printf("rejected by the parser (no article, so no date): %d%n", finder.rejected());
    if (misses) {
      report.misses().forEach(EvaluatePubdateCommand::print);
    }
    System.out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }

  private static void print(PubdateMiss miss) {
    System.out.printf(
        "miss gold=%s found=%s source=%s %s%n",
        miss.gold().map(Object::toString).orElse("-"),
        miss.found().map(Object::toString).orElse("-"),
        miss.source().orElse("-"),
        miss.url());
  }
}
