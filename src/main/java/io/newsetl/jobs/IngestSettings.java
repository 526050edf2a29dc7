package io.newsetl.jobs;

import io.newsetl.ingest.IngestProperties;
import io.newsetl.ingest.ParseIsolation;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ingest job, bound from {@code news-etl.*}.
 *
 * @param threads worker threads that parse and clean files; 0 means one per processor
 * @param chunkSize files per chunk (one transaction, one restart point)
 * @param maxFileBytes larger input files are rejected as too large
 * @param maxTextChars documents with more extracted text are rejected as too large
 * @param maxContainerMembers most documents taken from one container
 * @param maxExpandedBytes most bytes a compressed file or container member may expand to
 * @param targetFileBytes size at which a Parquet file of a partition rolls over
 * @param maxEmbeddedDocuments most embedded documents (attachments, objects) in one document
 * @param maxEmbeddedDepth deepest nesting of embedded documents
 * @param isolation {@code process} to parse the formats read by third-party parsers in worker JVMs
 *     that can be stopped, {@code all} to parse every document there, {@code none} to parse in the
 *     job's JVM
 * @param parseTimeout longest parse of one document in a worker process
 * @param workerHeap maximum heap of one worker process
 */
@ConfigurationProperties("news-etl")
public record IngestSettings(
    @DefaultValue("0") int threads,
    @DefaultValue("100") int chunkSize,
    @DefaultValue("67108864") long maxFileBytes,
    @DefaultValue("5000000") int maxTextChars,
    @DefaultValue("100000") int maxContainerMembers,
    @DefaultValue("33554432") long maxExpandedBytes,
    @DefaultValue("1073741824") long targetFileBytes,
    @DefaultValue("1000") int maxEmbeddedDocuments,
    @DefaultValue("5") int maxEmbeddedDepth,
    @DefaultValue("process") String isolation,
    @DefaultValue("60s") Duration parseTimeout,
    @DefaultValue("512m") String workerHeap) {

  public IngestProperties ingestLimits() {
    return new IngestProperties(
        maxFileBytes,
        maxTextChars,
        maxContainerMembers,
        maxExpandedBytes,
        maxEmbeddedDocuments,
        maxEmbeddedDepth);
  }

  /** Where documents are parsed; one worker process per parsing thread. */
  public ParseIsolation parseIsolation() {
    return switch (isolation.strip().toLowerCase(Locale.ROOT)) {
      case "process" -> ParseIsolation.process(parseTimeout, workerHeap, effectiveThreads());
      case "all" -> ParseIsolation.processAll(parseTimeout, workerHeap, effectiveThreads());
      case "none" -> ParseIsolation.none();
      default ->
          throw new IllegalArgumentException(
              "news-etl.isolation must be process, all or none, not " + isolation);
    };
  }

  public int effectiveThreads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
