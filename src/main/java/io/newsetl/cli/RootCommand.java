package io.newsetl.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code news-etl}: lists the commands. */
@Command(
    name = "news-etl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Batch ETL for news archives: raw article files to an enriched, partitioned Parquet dataset.",
    subcommands = {
      IngestCommand.class,
      BackfillCommand.class,
      RunCommand.class,
      RestartCommand.class,
      StatusCommand.class,
      EvaluateCommand.class,
      TrainNerCommand.class,
      BenchCommand.class
    })
final class RootCommand implements Runnable {

  private final List<String> settings;

  @Spec CommandSpec spec;

  RootCommand(List<String> settings) {
    this.settings = List.copyOf(settings);
  }

  /** Spring settings given on the command line, passed to the application context. */
  List<String> settings() {
    return settings;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
