package io.newsetl.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document that did not become an article, with the reason. Every rejected document is written to
 * the rejects dataset and counted.
 *
 * @param ref the file and member
 * @param uri the file's full location
 * @param size the file's size in bytes
 * @param mediaType the detected media type, when detection got that far
 * @param reason the category
 * @param errorClass simple name of the exception that caused it, or a short code
 * @param message a one-line human-readable explanation
 * @param archiveDate the partition the reject is filed under
 */
public record Reject(
    DocumentRef ref,
    String uri,
    long size,
    Optional<String> mediaType,
    RejectReason reason,
    String errorClass,
    String message,
    LocalDate archiveDate) {

  public Reject {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(archiveDate, "archiveDate");
  }
}
