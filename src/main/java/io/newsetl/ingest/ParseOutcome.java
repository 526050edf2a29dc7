package io.newsetl.ingest;

import io.newsetl.article.ParsedDocument;
import io.newsetl.article.RejectReason;
import java.util.Objects;
import java.util.Optional;

/** The outcome of parsing one raw document: an article's raw material, or a reason to reject. */
public sealed interface ParseOutcome {

  /** Parsing produced text and metadata. */
  record Parsed(ParsedDocument document) implements ParseOutcome {
    public Parsed {
      Objects.requireNonNull(document, "document");
    }
  }

  /**
   * The document cannot become an article.
   *
   * @param reason the category
   * @param errorClass the simple name of the underlying exception, or a short code
   * @param message a one-line explanation
   * @param mediaType the detected media type, when detection got that far
   */
  record Failed(RejectReason reason, String errorClass, String message, Optional<String> mediaType)
      implements ParseOutcome {
    public Failed {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(errorClass, "errorClass");
      Objects.requireNonNull(mediaType, "mediaType");
      message = oneLine(message);
    }

    private static String oneLine(String message) {
      String text = message == null ? "" : message.replaceAll("\\s+", " ").strip();
      return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
  }
}
