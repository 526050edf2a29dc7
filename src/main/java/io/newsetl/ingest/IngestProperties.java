package io.newsetl.ingest;

/**
 * Bounds on what one input may cost.
 *
 * @param maxFileBytes larger files are rejected as too large without being read
 * @param maxTextChars documents whose extracted text is longer are rejected as too large
 * @param maxContainerMembers a container yields at most this many documents; the rest are rejected
 * @param maxExpandedBytes a compressed file or container member may expand to at most this many
 *     bytes
 */
public record IngestProperties(
    long maxFileBytes, int maxTextChars, int maxContainerMembers, long maxExpandedBytes) {

  /** 100 MB files, 5 million characters, 100,000 members, 256 MB expanded. */
  public static IngestProperties defaults() {
    return new IngestProperties(100L << 20, 5_000_000, 100_000, 256L << 20);
  }

  public IngestProperties {
    if (maxFileBytes <= 0 || maxTextChars <= 0 || maxContainerMembers <= 0 || maxExpandedBytes <= 0) {
      throw new IllegalArgumentException("ingest limits must be positive");
    }
  }
}
