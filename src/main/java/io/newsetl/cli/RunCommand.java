package io.newsetl.cli;

import io.newsetl.write.Redaction;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code news-etl run jobs/nightly.yml}: runs a job definition. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a job definition (jobs/nightly.yml, jobs/backfill.yml).",
      "The definition gives the input, output, date rule (yesterday in a "
          + "time zone by default), threads, reject limit, enrichers and "
          + "settings. Prints the command it runs; exits with that command's "
          + "status."
    })
final class RunCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Parameters(paramLabel = "<job.yml>", description = "The job definition file.")
  Path file;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Run this date instead of the definition's (a backfill runs only this date).")
  LocalDate date;

  private final Clock clock;

  RunCommand() {
    this(Clock.systemUTC());
  }

  RunCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    List<String> args;
    try {
      args = arguments(JobDefinitionReader.read(file));
    } catch (IllegalArgumentException e) {
      System.err.println("news-etl: " + file + ": " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (java.io.IOException e) {
      System.err.println("news-etl: cannot read " + file + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    System.out.println("news-etl " + Redaction.text(String.join(" ", args)));
    List<String> all = new ArrayList<>(root.settings());
    all.addAll(args);
    return NewsEtl.execute(all.toArray(String[]::new));
  }

  List<String> arguments(JobDefinition job) {
    if (date != null) {
      return job.arguments(date.toString(), date.toString(), date.toString());
    }
    return job.arguments(
        resolve(job.date(), job), resolve(job.from(), job), resolve(job.to(), job));
  }

  private String resolve(String rule, JobDefinition job) {
    if (rule.isEmpty()) {
      if (job.job().equals(JobDefinition.BACKFILL)) {
        throw new IllegalArgumentException("a backfill needs 'from' and 'to'");
      }
      return "";
    }
    return DateRule.resolve(rule, clock, job.zone()).toString();
  }
}
