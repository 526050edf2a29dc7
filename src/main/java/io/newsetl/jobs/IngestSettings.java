package io.newsetl.jobs;

import io.newsetl.ingest.IngestProperties;
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
 */
@ConfigurationProperties("news-etl")
public record IngestSettings(
    @DefaultValue("0") int threads,
    @DefaultValue("100") int chunkSize,
    @DefaultValue("104857600") long maxFileBytes,
    @DefaultValue("5000000") int maxTextChars,
    @DefaultValue("100000") int maxContainerMembers,
    @DefaultValue("268435456") long maxExpandedBytes,
    @DefaultValue("1073741824") long targetFileBytes) {

  public IngestProperties ingestLimits() {
    return new IngestProperties(maxFileBytes, maxTextChars, maxContainerMembers, maxExpandedBytes);
  }

  public int effectiveThreads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
