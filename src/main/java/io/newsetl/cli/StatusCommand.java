package io.newsetl.cli;

import io.newsetl.jobs.RunHistory;
import io.newsetl.jobs.RunState;
import io.newsetl.jobs.RunSummary;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code news-etl status}: recent runs from the job repository, their state and how to resume. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Lists recent runs, newest first.",
      "For each: execution, run, date, state (running, left running by a "
          + "process that is gone, failed, completed), start time (UTC), files, "
          + "articles, rejects, and the command that resumes a run."
    })
final class StatusCommand implements Callable<Integer> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  @ParentCommand RootCommand root;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Runs to list (default: 20).")
  int limit;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context =
        SpringContexts.startWithoutPipeline(root.settings())) {
      print(context.getBean(RunHistory.class).recent(limit), System.out);
      return ExitCodes.OK;
    }
  }

  static void print(List<RunState> runs, PrintStream out) {
    if (runs.isEmpty()) {
      out.println("no runs yet");
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-9s  %-26s  %-10s  %-12s  %-19s  %7s  %8s  %7s  %s%n",
        "execution",
        "run",
        "date",
        "state",
        "started (UTC)",
        "files",
        "articles",
        "rejects",
        "output / next step");
    for (RunState state : runs) {
      RunSummary s = state.summary();
      out.printf(
          Locale.ROOT,
          "%-9d  %-26s  %-10s  %-12s  %-19s  %7d  %8d  %7d  %s%n",
          s.executionId(),
          s.run(),
          s.date(),
          state.label(),
          TIME.format(s.startedAt()),
          s.filesProcessed(),
          s.articles(),
          s.rejects(),
          s.output());
      if (!state.hint().isEmpty()) {
        out.printf(Locale.ROOT, "%9s  %s%n", "", state.hint());
      }
    }
  }
}
