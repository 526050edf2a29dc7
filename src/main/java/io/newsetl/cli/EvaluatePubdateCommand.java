package io.newsetl.cli;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.RawDocument;
import io.newsetl.article.SourceFile;
import io.newsetl.clean.LanguageDetector;
import io.newsetl.clean.TextNormalizer;
import io.newsetl.clean.WordCounter;
import io.newsetl.evaluate.FoundDate;
import io.newsetl.evaluate.PubdateEvaluation;
import io.newsetl.evaluate.PubdateMiss;
import io.newsetl.evaluate.PubdateReport;
import io.newsetl.ingest.DocumentParser;
import io.newsetl.ingest.IngestProperties;
import io.newsetl.ingest.ParseOutcome;
import io.newsetl.ingest.html.PagePublicationDate;
import io.newsetl.pipeline.ArticleAssembler;
import io.newsetl.pipeline.CleanedText;
import io.newsetl.pipeline.PublicationDateRule;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code news-etl evaluate pubdate <folder>}: publication dates of web pages against the htmldate
 * evaluation set, through the same parser and publication-date rule as the ingest job.
 */
@Command(
    name = "pubdate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores publication dates on a set laid out as the htmldate evaluation set (manifest.jsonl",
      "with url, subset, html_path and date): a date is right when the day the page shows (in the",
      "page's own time zone) equals the gold day. Prints precision, recall, F1 and accuracy as",
      "htmldate's evaluation defines them, overall, per subset and by UTC day, and how often each",
      "kind of evidence was right."
    })
final class EvaluatePubdateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "<folder>", description = "Folder holding manifest.jsonl.")
  Path folder;

  @Option(names = "--misses", description = "Also list every page dated wrong or not at all.")
  boolean misses;

  @Override
  public Integer call() throws Exception {
    DocumentParser parser = new DocumentParser(IngestProperties.defaults());
    ArticleAssembler assembler = new ArticleAssembler(new TextNormalizer(), new LanguageDetector(), new WordCounter());
    PublicationDateRule rule = new PublicationDateRule();
    AtomicInteger rejected = new AtomicInteger();
    long start = System.nanoTime();
    PubdateReport report = new PubdateEvaluation().run(folder, (html, url, time) -> {
      SourceFile file = new SourceFile(0, url, "page.html", html.length, time, Optional.empty());
      ParseOutcome outcome = parser.parse(new RawDocument(file, 0, url, Optional.of("text/html"), html));
      if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
        rejected.incrementAndGet();
        return Optional.empty();
      }
      Charset charset = parsed.document().charset().map(Charset::forName).orElse(StandardCharsets.UTF_8);
      return date(parsed.document(), file, assembler, rule).map(date -> found(date, html, charset));
    });
    System.out.print(report.summary());
    System.out.printf("rejected by the parser (no article, so no date): %d%n", rejected.get());
    if (misses) {
      report.misses().forEach(EvaluatePubdateCommand::print);
    }
    System.out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }

  /** The date the ingest job would give the page: cleaned as the job cleans, dated by its rule. */
  private static Optional<PublicationDate> date(
      ParsedDocument document, SourceFile file, ArticleAssembler assembler, PublicationDateRule rule) {
    Optional<CleanedText> cleaned = assembler.clean(document);
    return rule.dateOf(document, file, cleaned.map(CleanedText::text).orElse(""),
        cleaned.map(c -> c.language().language()).orElse("und"));
  }

  /**
   * The day the page shows: when the date chosen is the page's own metadata date, in the offset
   * the page writes it with, else the UTC day.
   */
  private static FoundDate found(PublicationDate date, byte[] html, Charset charset) {
    LocalDate utcDay = LocalDate.ofInstant(date.instant(), ZoneOffset.UTC);
    Optional<OffsetDateTime> written = PagePublicationDate.asWritten(new String(html, charset));
    LocalDate day = written.filter(w -> w.toInstant().equals(date.instant()))
        .map(OffsetDateTime::toLocalDate).orElse(utcDay);
    return new FoundDate(date, day);
  }

  private static void print(PubdateMiss miss) {
    System.out.printf("miss gold=%s found=%s source=%s %s%n", miss.gold().map(Object::toString).orElse("-"),
        miss.found().map(Object::toString).orElse("-"), miss.source().orElse("-"), miss.url());
  }
}
