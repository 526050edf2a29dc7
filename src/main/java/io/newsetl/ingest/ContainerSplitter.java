package io.newsetl.ingest;

import io.newsetl.article.RawDocument;
import io.newsetl.article.RejectReason;
import io.newsetl.article.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Turns one input file into the documents it holds. A gzip file is decompressed first (bounded); a
 * WARC file yields its HTTP responses and resources, an mbox file its messages, a Reuters-21578
 * SGML file its stories, a {@code .zip} file its entries; any other file is one document.
 *
 * <p>Thread-safe. Never throws for bad content: failures come back in the {@link ContainerSplit}.
 */
public final class ContainerSplitter {

  private final IngestProperties limits;

  public ContainerSplitter(IngestProperties limits) {
    this.limits = limits;
  }

  public ContainerSplit split(SourceFile file, byte[] bytes) {
    return split(file, file.fileName(), bytes, 0);
  }

  private ContainerSplit split(SourceFile file, String name, byte[] bytes, int depth) {
    if (isGzip(bytes) && depth == 0) {
      return gunzip(bytes)
          .map(inner -> split(file, stripSuffix(name, ".gz"), inner, depth + 1))
          .orElseGet(() -> ContainerSplit.failed(tooLargeExpanded()));
    }
    String head = head(bytes);
    String lowerName = name.toLowerCase(Locale.ROOT);
    if (head.startsWith("WARC/")) {
      return new WarcSplitter(limits).split(file, bytes);
    }
    if (head.startsWith("From ") && !lowerName.endsWith(".eml")) {
      return MboxSplitter.split(file, bytes, limits.maxContainerMembers());
    }
    if (head.contains("<REUTERS") && lowerName.matches(".*\\.(sgm|sgml)$")) {
      return ReutersSgmlSplitter.split(file, bytes, limits.maxContainerMembers());
    }
    if (isZip(bytes) && lowerName.endsWith(".zip")) {
      return new ZipSplitter(limits).split(file, bytes);
    }
    return ContainerSplit.single(new RawDocument(file, 0, name, Optional.empty(), bytes));
  }

  private Optional<byte[]> gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return BoundedRead.readAtMost(in, limits.maxExpandedBytes());
    } catch (IOException e) {
      // A corrupt gzip stream is passed on whole: the parser rejects it as malformed.
      return Optional.of(bytes);
    }
  }

  private ParseOutcome.Failed tooLargeExpanded() {
    return new ParseOutcome.Failed(
        RejectReason.TOO_LARGE,
        "ExpansionLimit",
        "decompressed content exceeds " + limits.maxExpandedBytes() + " bytes",
        Optional.of("application/gzip"));
  }

  static boolean isGzip(byte[] b) {
    return b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  static boolean isZip(byte[] b) {
    return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  private static String head(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
  }

  private static String stripSuffix(String name, String suffix) {
    return name.toLowerCase(Locale.ROOT).endsWith(suffix)
        ? name.substring(0, name.length() - suffix.length())
        : name;
  }
}
