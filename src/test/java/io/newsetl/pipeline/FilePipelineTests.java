package io.newsetl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsetl.article.Article;
import io.newsetl.article.ProcessedFile;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.SourceFile;
import io.newsetl.clean.LanguageDetector;
import io.newsetl.clean.TextNormalizer;
import io.newsetl.clean.WordCounter;
import io.newsetl.enrich.dates.TemporalExtractor;
import io.newsetl.enrich.quotes.QuoteExtractor;
import io.newsetl.enrich.sources.SourceExtractor;
import io.newsetl.ingest.ArchiveDates;
import io.newsetl.ingest.ContainerSplitter;
import io.newsetl.ingest.DocumentParser;
import io.newsetl.ingest.IngestProperties;
import io.newsetl.ingest.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publication date decided in the pipeline reaches the article and its archive date. */
class FilePipelineTests {

  private static final String WIRE =
      "Prices rise\n\nWASHINGTON, July 12 (Reuters) - U.S. consumer prices rose.\n";

  private static FilePipeline pipeline;

  @TempDir Path input;

  @BeforeAll
  static void pipeline() {
    IngestProperties limits = IngestProperties.defaults();
    pipeline =
        new FilePipeline(
            new SourceReader(limits),
            new ContainerSplitter(limits),
            new DocumentParser(limits),
            new ArticleAssembler(new TextNormalizer(), new LanguageDetector(), new WordCounter()),
            new ArticleEnricher(
                new TemporalExtractor(),
                SourceExtractor.withBundledCatalog(),
                new QuoteExtractor()),
            new ArchiveDateRule(),
            Optional.empty());
  }

  @Test
  void theDatelineDatesAStoryFiledUnderTheNextDay() throws IOException {
    Article article =
        only(
            pipeline.process(
                write("2023/07/13/us-inflation.txt", WIRE + "It was the week before.")));

    assertThat(article.published())
        .contains(new PublicationDate(Instant.parse("2023-07-12T00:00:00Z"), "dateline"));
    assertThat(article.archiveDate()).isEqualTo(LocalDate.of(2023, 7, 13));
  }

  @Test
  void aFileWithoutAPathDateIsFiledUnderItsPublicationDate() throws IOException {
    Article article =
        only(
            pipeline.process(
                write(
                    "inbox/us-inflation.txt",
                    "Prices rise\n\nWASHINGTON, July 12, 2023 (AP) — U.S. consumer prices rose.\n")));

    assertThat(article.published().map(PublicationDate::source)).contains("dateline");
    assertThat(article.archiveDate()).isEqualTo(LocalDate.of(2023, 7, 12));
  }

  @Test
  void aFileDeletedAfterListingIsAnUnreadableReject() throws IOException {
    SourceFile listed = write("2023/07/13/gone.txt", WIRE);
    Files.delete(input.resolve("2023/07/13/gone.txt"));

    ProcessedFile processed = pipeline.process(listed);

    assertThat(processed.articles()).isEmpty();
    assertThat(processed.rejects())
        .singleElement()
        .satisfies(
            reject -> {
              assertThat(reject.reason()).isEqualTo(io.newsetl.article.RejectReason.UNREADABLE);
              assertThat(reject.message()).startsWith("cannot read the file");
            });
  }

  private SourceFile write(String relativePath, String text) throws IOException {
    Path file = input.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return new SourceFile(
        0,
        file.toUri().toString(),
        relativePath,
        Files.size(file),
        Instant.parse("2026-01-05T10:00:00Z"),
        ArchiveDates.fromPath(relativePath));
  }

  private static Article only(ProcessedFile processed) {
    assertThat(processed.rejects()).isEmpty();
    assertThat(processed.articles()).hasSize(1);
    return processed.articles().get(0);
  }
}
