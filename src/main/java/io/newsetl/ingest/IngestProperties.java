package io.newsetl.ingest;

/**
 * Bounds on what one input may cost.
 *
 * @param maxFileBytes larger files are rejected as too large without being read
 * @param maxTextChars documents whose extracted text is longer are rejected as too large
 * @param maxContainerMembers a container yields at most this many documents; the rest are rejected
 * @param maxExpandedBytes a compressed file, and all the members of a zip file together, may expand
 *     to at most this many bytes
 * @param maxEmbeddedDocuments a document (an e-mail with attachments, an office file with embedded
 *     objects) holding more embedded documents is rejected as too large
 * @param maxEmbeddedDepth a document whose embedded documents nest deeper is rejected as unsafe
 */
public record IngestProperties(
    long maxFileBytes,
    int maxTextChars,
    int maxContainerMembers,
    long maxExpandedBytes,
    int maxEmbeddedDocuments,
    int maxEmbeddedDepth) {

  /** Default embedded-document limits: 1,000 documents, 5 levels. */
  public static final int DEFAULT_MAX_EMBEDDED_DOCUMENTS = 1000;

  public static final int DEFAULT_MAX_EMBEDDED_DEPTH = 5;

  /**
   * 64 MiB files, 5 million characters, 100,000 members, 32 MiB expanded, 1,000 embedded, 5 deep.
   */
  public static IngestProperties defaults() {
    return new IngestProperties(64L << 20, 5_000_000, 100_000, 32L << 20);
  }

  /** Limits with the default embedded-document bounds. */
  public IngestProperties(
      long maxFileBytes, int maxTextChars, int maxContainerMembers, long maxExpandedBytes) {
    this(
        maxFileBytes,
        maxTextChars,
        maxContainerMembers,
        maxExpandedBytes,
        DEFAULT_MAX_EMBEDDED_DOCUMENTS,
        DEFAULT_MAX_EMBEDDED_DEPTH);
  }

  public IngestProperties {
    if (maxFileBytes <= 0
        || maxTextChars <= 0
        || maxContainerMembers <= 0
        || maxExpandedBytes <= 0
        || maxEmbeddedDocuments < 0
        || maxEmbeddedDepth < 0) {
      throw new IllegalArgumentException("ingest limits must be positive");
    }
  }
}
