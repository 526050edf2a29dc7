package io.newsetl.ingest;

import io.newsetl.article.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (attachments, embedded objects, archive members inside a document) up
 * to a count and a nesting depth. Beyond either it throws {@link EmbeddedLimitException}, and
 * remembers the breach in case a parser swallows the exception. One instance per parse; not
 * thread-safe.
 */
final class BoundedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

  private final int maxDocuments;
  private final int maxDepth;
  private int documents;
  private int depth;
  private EmbeddedLimitException breach;

  BoundedEmbeddedExtractor(ParseContext context, int maxDocuments, int maxDepth) {
    super(context);
    this.maxDocuments = maxDocuments;
    this.maxDepth = maxDepth;
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    if (++documents > maxDocuments) {
      throw breach(RejectReason.TOO_LARGE, "more than " + maxDocuments + " embedded documents");
    }
    if (depth + 1 > maxDepth) {
      throw breach(
          RejectReason.UNSAFE, "embedded documents nested deeper than " + maxDepth + " levels");
    }
    depth++;
    try {
      super.parseEmbedded(stream, handler, metadata, outputHtml);
    } finally {
      depth--;
    }
    if (breach != null) {
      throw breach;
    }
  }

  /** The first limit breached, also when a parser caught the exception. */
  Optional<EmbeddedLimitException> breach() {
    return Optional.ofNullable(breach);
  }

  private EmbeddedLimitException breach(RejectReason reason, String message) {
    if (breach == null) {
      breach = new EmbeddedLimitException(reason, message);
    }
    return breach;
  }

  /** An embedded-document limit was reached; the reason says which kind. */
  static final class EmbeddedLimitException extends SAXException {
    private static final long serialVersionUID = 1L;
    private final RejectReason reason;

    EmbeddedLimitException(RejectReason reason, String message) {
      super(message);
      this.reason = reason;
    }

    RejectReason reason() {
      return reason;
    }
  }
}
