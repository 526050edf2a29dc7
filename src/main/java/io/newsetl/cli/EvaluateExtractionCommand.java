package io.newsetl.cli;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.RawDocument;
import io.newsetl.article.SourceFile;
import io.newsetl.clean.TextNormalizer;
import io.newsetl.evaluate.ExtractionEvaluation;
import io.newsetl.evaluate.ExtractionReport;
import io.newsetl.ingest.DocumentParser;
import io.newsetl.ingest.IngestProperties;
import io.newsetl.ingest.ParseOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code news-etl evaluate extraction <folder>}: main-content extraction on the article-extraction
 * benchmark, through the same parsing and cleaning as the ingest job.
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Scores main-content extraction on the article-extraction benchmark.",
      "Reads html/*.html.gz and ground-truth.json and reports token 4-gram "
          + "precision, recall and F1 per page, averaged, as the benchmark's own "
          + "evaluation defines them. Pages go through the ingest job's parser "
          + "and normalizer."
    })
final class EvaluateExtractionCommand implements Callable<Integer> {

  @Parameters(paramLabel = "<benchmark folder>")
  Path folder;

  @Override
  public Integer call() throws Exception {
    DocumentParser parser = new DocumentParser(IngestProperties.defaults());
    TextNormalizer normalizer = new TextNormalizer();
    long start = System.nanoTime();
    ExtractionReport report =
        new ExtractionEvaluation()
            .run(
                folder,
                (html, url) -> {
                  SourceFile file =
                      new SourceFile(
                          0, url, "page.html", html.length, Instant.EPOCH, Optional.empty());
                  ParseOutcome outcome =
                      parser.parse(new RawDocument(file, 0, url, Optional.of("text/html"), html));
                  return outcome instanceof ParseOutcome.Parsed parsed
                      ? body(parsed.document(), normalizer)
                      : "";
                });
    System.out.println(report.summary());
    System.out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }

  private static String body(ParsedDocument document, TextNormalizer normalizer) {
    return normalizer.normalize(document.blocks());
  }
}
