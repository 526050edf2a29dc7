package io.newsetl.cli;

import io.newsetl.enrich.sources.SourceExtractor;
import io.newsetl.evaluate.AgencyCreditReport;
import io.newsetl.evaluate.AgencyCreditSurvey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code news-etl evaluate sources <reuters21578 folder>}: agency credits on Reuters-21578. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = {
      "Scores source extraction on the Reuters-21578 stories.",
      "Reads *.sgm or *.sgm.gz and reports the share credited to Reuters, "
          + "the share citing any agency, and stories per agency."
    })
final class EvaluateSourcesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "<reuters21578 folder>")
  Path folder;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    AgencyCreditReport report =
        AgencyCreditSurvey.run(folder, SourceExtractor.withBundledCatalog());
    System.out.print(report.summary());
    System.out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }
}
