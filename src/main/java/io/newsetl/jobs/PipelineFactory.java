package io.newsetl.jobs;

import io.newsetl.ingest.ContainerSplitter;
import io.newsetl.ingest.DocumentParser;
import io.newsetl.ingest.IngestProperties;
import io.newsetl.ingest.SourceReader;
import io.newsetl.pipeline.ArchiveDateRule;
import io.newsetl.pipeline.ArticleAssembler;
import io.newsetl.pipeline.ArticleEnricher;
import io.newsetl.pipeline.FilePipeline;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Builds the file pipeline the ingest job runs, from the job's parser, assembler, enricher and
 * limits, so that other callers (the benchmark) run exactly what the job runs. Thread-safe.
 */
public final class PipelineFactory {

  private final IngestProperties limits;
  private final DocumentParser parser;
  private final ArticleAssembler assembler;
  private final ArticleEnricher enricher;

  PipelineFactory(
      IngestProperties limits,
      DocumentParser parser,
      ArticleAssembler assembler,
      ArticleEnricher enricher) {
    this.limits = limits;
    this.parser = parser;
    this.assembler = assembler;
    this.enricher = enricher;
  }

  /** The job's pipeline, keeping only documents of {@code targetDate} when one is given. */
  public FilePipeline pipeline(Optional<LocalDate> targetDate) {
    return pipeline(enricher, targetDate);
  }

  /** The job's pipeline without enrichment: read, split, parse, clean and date only. */
  public FilePipeline pipelineWithoutEnrichment() {
    return pipeline(ArticleEnricher.none(), Optional.empty());
  }

  /** The reader of input files' bytes, with the job's size limit. */
  public SourceReader reader() {
    return new SourceReader(limits);
  }

  /** The splitter of containers into documents, with the job's limits. */
  public ContainerSplitter splitter() {
    return new ContainerSplitter(limits);
  }

  /** The job's document parser. */
  public DocumentParser parser() {
    return parser;
  }

  private FilePipeline pipeline(ArticleEnricher withEnricher, Optional<LocalDate> targetDate) {
    return new FilePipeline(
        reader(), splitter(), parser, assembler, withEnricher, new ArchiveDateRule(), targetDate);
  }
}
