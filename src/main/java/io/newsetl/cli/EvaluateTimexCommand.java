package io.newsetl.cli;

import io.newsetl.enrich.dates.TemporalExtractor;
import io.newsetl.evaluate.TimexEvaluation;
import io.newsetl.evaluate.TimexScores;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code news-etl evaluate timex <TimeML folder>}: temporal tagging against TimeML gold data. */
@Command(
    name = "timex",
    mixinStandardHelpOptions = true,
    description = {
      "Scores temporal expressions on TimeML files.",
      "TempEval-3 measures of extraction and normalization: strict and "
          + "relaxed extraction F1, type and value accuracy and F1, each document "
          + "resolved against its creation time."
    })
final class EvaluateTimexCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "<TimeML folder>",
      description = "Folder of .tml files, searched recursively.")
  Path folder;

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "Language of the documents (default: en).")
  String language;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    TimexScores scores = TimexEvaluation.run(folder, new TemporalExtractor(), language);
    System.out.println(scores.summary());
    System.out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }
}
