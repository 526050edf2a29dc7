package io.newsetl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code news-etl evaluate}: quality measurements against gold data. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Measures extraction and enrichment quality against gold data sets.",
    subcommands = {
      EvaluateExtractionCommand.class,
      EvaluateTimexCommand.class,
      EvaluateSourcesCommand.class,
      EvaluatePubdateCommand.class,
      EvaluateNerCommand.class,
      EvaluateLinksCommand.class
    })
final class EvaluateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
