package io.newsetl.pipeline;

import io.newsetl.article.Article;
import io.newsetl.article.DocumentRef;
import io.newsetl.article.ProcessedFile;
import io.newsetl.article.PublicationDate;
import io.newsetl.article.RawDocument;
import io.newsetl.article.Reject;
import io.newsetl.article.RejectReason;
import io.newsetl.article.SourceFile;
import io.newsetl.ingest.ContainerSplit;
import io.newsetl.ingest.ContainerSplitter;
import io.newsetl.ingest.DocumentParser;
import io.newsetl.ingest.ParseOutcome;
import io.newsetl.ingest.RefusedInputException;
import io.newsetl.ingest.SourceReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one input file into articles and rejects: read, split containers, parse, clean, date
 * ({@link PublicationDateRule}), enrich. Every document ends as an article or a reject; nothing is
 * dropped without being counted. When a target date is set, documents of other archive dates are
 * counted and left out.
 *
 * <p>Thread-safe: files may be processed concurrently.
 */
public final class FilePipeline {

  private final SourceReader reader;
  private final ContainerSplitter splitter;
  private final DocumentParser parser;
  private final ArticleAssembler assembler;
  private final ArticleEnricher enricher;
  private final ArchiveDateRule dates;
  private final PublicationDateRule publication;
  private final Optional<LocalDate> targetDate;

  public FilePipeline(
      SourceReader reader,
      ContainerSplitter splitter,
      DocumentParser parser,
      ArticleAssembler assembler,
      ArticleEnricher enricher,
      ArchiveDateRule dates,
      Optional<LocalDate> targetDate) {
    this(
        reader,
        splitter,
        parser,
        assembler,
        enricher,
        dates,
        new PublicationDateRule(),
        targetDate);
  }

  public FilePipeline(
      SourceReader reader,
      ContainerSplitter splitter,
      DocumentParser parser,
      ArticleAssembler assembler,
      ArticleEnricher enricher,
      ArchiveDateRule dates,
      PublicationDateRule publication,
      Optional<LocalDate> targetDate) {
    this.reader = reader;
    this.splitter = splitter;
    this.parser = parser;
    this.assembler = assembler;
    this.enricher = enricher;
    this.dates = dates;
    this.publication = publication;
    this.targetDate = targetDate;
  }

  public ProcessedFile process(SourceFile file) {
    Outcomes out = new Outcomes(file);
    Optional<byte[]> bytes;
    try {
      bytes = reader.read(file);
    } catch (RefusedInputException e) {
      out.reject(
          0,
          new ParseOutcome.Failed(e.reason(), e.code(), e.getMessage(), Optional.empty()),
          Optional.empty());
      return out.result();
    } catch (IOException | RuntimeException e) {
      out.reject(0, failure(RejectReason.UNREADABLE, e, "cannot read the file"), Optional.empty());
      return out.result();
    }
    if (bytes.isEmpty()) {
      out.reject(
          0,
          new ParseOutcome.Failed(
              RejectReason.TOO_LARGE,
              "FileSizeLimit",
              "file of " + file.size() + " bytes exceeds the limit of " + reader.maxBytes(),
              Optional.empty()),
          Optional.empty());
      return out.result();
    }
    ContainerSplit split = splitter.split(file, bytes.get());
    split.failures().forEach(f -> out.reject(f.member(), f.failure(), Optional.empty()));
    split.documents().forEach(document -> processDocument(document, out));
    return out.result();
  }

  private void processDocument(RawDocument document, Outcomes out) {
    ParseOutcome outcome = parser.parse(document);
    if (outcome instanceof ParseOutcome.Failed failed) {
      out.reject(document.member(), failed, Optional.empty());
      return;
    }
    var parsed = ((ParseOutcome.Parsed) outcome).document();
    Optional<CleanedText> cleaned = assembler.clean(parsed);
    Optional<PublicationDate> published =
        publication.dateOf(
            parsed,
            document.file(),
            cleaned.map(CleanedText::text).orElse(""),
            cleaned.map(c -> c.language().language()).orElse("und"));
    LocalDate date = dates.dateOf(document.file(), published);
    if (!inTarget(date)) {
      out.otherDate++;
      return;
    }
    if (cleaned.isPresent()) {
      Article article =
          assembler.assemble(parsed, cleaned.get(), document.file().uri(), published, date);
      out.articles.add(enricher.enrich(article));
    } else {
      out.reject(
          document.member(),
          new ParseOutcome.Failed(
              RejectReason.NO_TEXT,
              "NoText",
              "no text left after cleaning",
              Optional.of(parsed.mediaType())),
          Optional.of(date));
    }
  }

  private boolean inTarget(LocalDate date) {
    return targetDate.map(date::equals).orElse(true);
  }

  private static ParseOutcome.Failed failure(RejectReason reason, Exception e, String prefix) {
    return new ParseOutcome.Failed(
        reason, e.getClass().getSimpleName(), prefix + ": " + e.getMessage(), Optional.empty());
  }

  private final class Outcomes {
    final SourceFile file;
    final List<Article> articles = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    int otherDate;

    Outcomes(SourceFile file) {
      this.file = file;
    }

    void reject(int member, ParseOutcome.Failed failure, Optional<LocalDate> knownDate) {
      LocalDate date = knownDate.orElseGet(() -> dates.dateOf(file, Optional.empty()));
      if (!inTarget(date)) {
        otherDate++;
        return;
      }
      rejects.add(
          new Reject(
              new DocumentRef(file.relativePath(), member),
              file.uri(),
              file.size(),
              failure.mediaType(),
              failure.reason(),
              failure.errorClass(),
              failure.message(),
              date));
    }

    ProcessedFile result() {
      return new ProcessedFile(file, articles, rejects, otherDate);
    }
  }
}
