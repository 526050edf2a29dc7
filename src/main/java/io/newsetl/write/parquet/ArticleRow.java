package io.newsetl.write.parquet;

import io.newsetl.article.Article;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an articles file: the article and the fields added when it is written.
 *
 * @param article the article; its language and archive date are the partition, not columns
 * @param duplicateOf id of the run's first article with the same text, empty for that first one
 * @param runId the run that wrote the row
 * @param ingestedAt when the row was staged
 */
record ArticleRow(Article article, Optional<String> duplicateOf, String runId, Instant ingestedAt) {

  /**
   * File order: publication instant (as stored, in microseconds) with missing ones last, then id.
   */
  static final Comparator<ArticleRow> ORDER =
      Comparator.comparing(
              (ArticleRow row) -> row.publishedAt().orElse(null),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(row -> row.article().id().value());

  ArticleRow {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }

  Optional<Instant> publishedAt() {
    return article.published().map(date -> Timestamps.truncate(date.instant()));
  }

  ArticleRow withDuplicateOf(Optional<String> original) {
    return new ArticleRow(article, original, runId, ingestedAt);
  }
}
