package io.newsetl.article;

import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of one document: a whole file, or one member of a container (mbox message, zip entry,
 * WARC record, SGML story).
 *
 * @param file the file the bytes come from
 * @param member 0 for a file that is a single document; 1-based position inside a container
 * @param name the member's own name inside the container, or the file name
 * @param declaredType the media type the container declares for the member (a WARC record's HTTP
 *     content type, {@code message/rfc822} for an mbox message), if any
 * @param content the raw bytes, not decoded
 */
public record RawDocument(
    SourceFile file, int member, String name, Optional<String> declaredType, byte[] content) {

  public RawDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(declaredType, "declaredType");
    Objects.requireNonNull(content, "content");
  }

  /** A whole file as one document. */
  public static RawDocument wholeFile(SourceFile file, byte[] content) {
    return new RawDocument(file, 0, file.fileName(), Optional.empty(), content);
  }

  public DocumentRef ref() {
    return new DocumentRef(file.relativePath(), member);
  }
}
