package io.newsetl.evaluate;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.RawDocument;
import io.newsetl.article.SourceFile;
import io.newsetl.clean.LanguageDetector;
import io.newsetl.clean.TextNormalizer;
import io.newsetl.clean.WordCounter;
import io.newsetl.ingest.DocumentParser;
import io.newsetl.ingest.IngestProperties;
import io.newsetl.ingest.ParseOutcome;
import io.newsetl.ingest.html.PagePublicationDate;
import io.newsetl.pipeline.ArticleAssembler;
import io.newsetl.pipeline.CleanedText;
import io.newsetl.pipeline.PublicationDateRule;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dates a web page the way the ingest job does: the page is parsed by the job's {@link
 * DocumentParser} as a file without a date in its path, cleaned by its {@link ArticleAssembler} and
 * dated by its {@link PublicationDateRule}. A page the parser rejects (no article text) gets no
 * date and is counted in {@link #rejected()}.
 *
 * <p>Thread-safe.
 */
public final class IngestDateFinder implements PublicationDateFinder {

  private final DocumentParser parser = new DocumentParser(IngestProperties.defaults());
  private final ArticleAssembler assembler =
      new ArticleAssembler(new TextNormalizer(), new LanguageDetector(), new WordCounter());
  private final PublicationDateRule rule = new PublicationDateRule();
  private final AtomicInteger rejected = new AtomicInteger();

  @Override
  public Optional<FoundDate> find(byte[] html, String url, Instant fileTime) {
    SourceFile file = new SourceFile(0, url, "page.html", html.length, fileTime, Optional.empty());
    ParseOutcome outcome =
        parser.parse(new RawDocument(file, 0, url, Optional.of("text/html"), html));
    if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
      rejected.incrementAndGet();
      return Optional.empty();
    }
    ParsedDocument document = parsed.document();
    Optional<CleanedText> cleaned = assembler.clean(document);
    Optional<PublicationDate> date =
        rule.dateOf(
            document,
            file,
            cleaned.map(CleanedText::text).orElse(""),
            cleaned.map(c -> c.language().language()).orElse("und"));
    Charset charset =
        document.charset().flatMap(IngestDateFinder::charset).orElse(StandardCharsets.UTF_8);
    return date.map(d -> new FoundDate(d, pageDay(d, new String(html, charset))));
  }

  /** Pages the parser rejected so far. */
  public int rejected() {
    return rejected.get();
  }

  /**
   * The day the page shows: when the date chosen is the page's own metadata date, in the offset the
   * page writes it with, else the UTC day.
   */
  private static LocalDate pageDay(PublicationDate date, String html) {
    Optional<OffsetDateTime> written = PagePublicationDate.asWritten(html);
    return written
        .filter(w -> w.toInstant().equals(date.instant()))
        .map(OffsetDateTime::toLocalDate)
        .orElseGet(() -> LocalDate.ofInstant(date.instant(), ZoneOffset.UTC));
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
