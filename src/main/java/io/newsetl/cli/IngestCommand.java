package io.newsetl.cli;

import io.newsetl.jobs.FirstArticleClock;
import io.newsetl.jobs.IngestLauncher;
import io.newsetl.jobs.IngestRefusedException;
import io.newsetl.jobs.IngestRequest;
import io.newsetl.jobs.RunSummary;
import io.newsetl.write.Redaction;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code news-etl ingest}: raw files to the partitioned dataset. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads raw article files, cleans them and writes the Parquet dataset.",
      "Re-running the same input, output and date replaces those dates; a failed run resumes."
    })
final class IngestCommand implements Callable<Integer> {

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

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Process only this archive date (default: every date found).")
  LocalDate date;

  @Option(
      names = "--max-rejects",
      paramLabel = "N",
      defaultValue = "-1",
      description =
          "Fail the run, publishing nothing, when more than N documents are rejected "
              + "(default: no limit; 0 fails on any reject).")
  long maxRejects;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parsing threads (default: one per processor).")
  Integer threads;

  @Override
  public Integer call() {
    Map<String, Object> overrides = new HashMap<>();
    if (threads != null) {
      overrides.put("news-etl.threads", threads);
    }
    try (ConfigurableApplicationContext context =
        SpringContexts.start(root.settings(), overrides)) {
      RunSummary summary =
          context
              .getBean(IngestLauncher.class)
              .run(new IngestRequest(input, output, Optional.ofNullable(date), maxRejects));
      int status = report(summary);
      context
          .getBean(FirstArticleClock.class)
          .firstArticle()
          .ifPresent(new SummaryPrinter(System.out)::printStartUp);
      return status;
    } catch (IngestRefusedException e) {
      System.err.println("news-etl: refused: " + e.getMessage());
      return ExitCodes.REFUSED;
    } catch (Exception e) {
      System.err.println("news-etl: " + Redaction.text(rootMessage(e)));
      return ExitCodes.FAILED;
    }
  }

  /** Prints the summary of a run that ended and returns the exit status for it. */
  static int report(RunSummary summary) {
    new SummaryPrinter(System.out).print(summary);
    if (!summary.completed()) {
      System.err.println(
          "news-etl: run "
              + summary.run()
              + " "
              + summary.status().toLowerCase(Locale.ROOT)
              + ": "
              + summary.exitMessage()
              + " (run the same command again, or news-etl restart, to resume)");
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
