package io.newsetl.write.parquet;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a commit published. Every date the run touched is a key of both maps, with 0 when it has no
 * article or no reject.
 *
 * @param articlesPerDate articles published per archive date
 * @param rejectsPerDate rejects published per archive date
 * @param duplicatesMarked articles whose {@code duplicate_of} names an earlier article of the run
 * @param filesWritten Parquet files published
 * @param bytesWritten total size of the published Parquet files
 */
public record CommitResult(
    SortedMap<LocalDate, Long> articlesPerDate,
    SortedMap<LocalDate, Long> rejectsPerDate,
    long duplicatesMarked,
    int filesWritten,
    long bytesWritten) {

  public CommitResult {
    Objects.requireNonNull(articlesPerDate, "articlesPerDate");
    Objects.requireNonNull(rejectsPerDate, "rejectsPerDate");
    articlesPerDate = Collections.unmodifiableSortedMap(new TreeMap<>(articlesPerDate));
    rejectsPerDate = Collections.unmodifiableSortedMap(new TreeMap<>(rejectsPerDate));
  }

  /** The result of a commit with nothing staged. */
  public static CommitResult empty() {
    return new CommitResult(new TreeMap<>(), new TreeMap<>(), 0, 0, 0);
  }

  /** Articles published over all dates. */
  public long articles() {
    return articlesPerDate.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Rejects published over all dates. */
  public long rejects() {
    return rejectsPerDate.values().stream().mapToLong(Long::longValue).sum();
  }
}
