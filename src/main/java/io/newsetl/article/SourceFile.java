package io.newsetl.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input file as listed by the plan step.
 *
 * @param index position of the file in the run's stable, sorted listing (0-based)
 * @param uri fully qualified location of the file ({@code file:}, {@code hdfs:}, {@code s3a:})
 * @param relativePath path below the input root, with {@code /} separators; the stable part of an
 *     article's identity
 * @param size length in bytes
 * @param modifiedAt last modification time reported by the file system
 * @param pathDate archive date found in the path ({@code 2023/07/13} or {@code 2023-07-13}), if any
 */
public record SourceFile(
    long index,
    String uri,
    String relativePath,
    long size,
    Instant modifiedAt,
    Optional<LocalDate> pathDate) {

  public SourceFile {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
    Objects.requireNonNull(pathDate, "pathDate");
  }

  /** The file name, the last segment of {@link #relativePath()}. */
  public String fileName() {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? relativePath : relativePath.substring(slash + 1);
  }
}
