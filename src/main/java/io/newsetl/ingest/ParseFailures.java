package io.newsetl.ingest;

import io.newsetl.article.RejectReason;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/** Maps what a parser threw to a reject reason. */
final class ParseFailures {

  private ParseFailures() {}

  static ParseOutcome.Failed classify(Throwable error, Optional<String> mediaType, int maxChars) {
    return new ParseOutcome.Failed(
        reason(error), rootName(error), describe(error, maxChars), mediaType);
  }

  static RejectReason reason(Throwable error) {
    if (WriteLimitReachedException.isWriteLimitReached(error)) {
      return RejectReason.TOO_LARGE;
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof BoundedEmbeddedExtractor.EmbeddedLimitException limit) {
        return limit.reason();
      }
      if (t instanceof EncryptedDocumentException
          || t.getClass().getSimpleName().contains("Encrypted")
          || t.getClass().getSimpleName().contains("Password")) {
        return RejectReason.ENCRYPTED;
      }
      if (t instanceof ZeroByteFileException) {
        return RejectReason.EMPTY;
      }
      if (t instanceof UnsupportedFormatException) {
        return RejectReason.UNSUPPORTED;
      }
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("entity")
              && (message.contains("expansion") || message.contains("external"))
          || message.contains("doctype is disallowed")) {
        return RejectReason.UNSAFE;
      }
    }
    return RejectReason.MALFORMED;
  }

  private static String rootName(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }

  private static String describe(Throwable error, int maxChars) {
    if (WriteLimitReachedException.isWriteLimitReached(error)) {
      return "extracted text exceeds " + maxChars + " characters";
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof BoundedEmbeddedExtractor.EmbeddedLimitException limit) {
        return limit.getMessage();
      }
    }
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String top = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return root == error || root.getMessage() == null ? top : top + ": " + root.getMessage();
  }
}
