package io.newsetl.write.parquet;

import io.newsetl.article.Article;
import io.newsetl.article.ArticleId;
import io.newsetl.article.DocumentRef;
import io.newsetl.article.PublicationDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads {@link ArticleRow}s from an articles file. The partition values, which the file does not
 * hold, come from its folder. A publication instant without its evidence reads as {@code unknown}.
 */
final class ArticleReadSupport extends RowReadSupport<ArticleRow> {

  private final LocalDate archiveDate;
  private final String language;

  ArticleReadSupport(LocalDate archiveDate, String language) {
    super(ArticleSchema.MESSAGE_TYPE);
    this.archiveDate = Objects.requireNonNull(archiveDate, "archiveDate");
    this.language = Objects.requireNonNull(language, "language");
  }

  @Override
  ArticleRow toRow(FieldValues values) {
    Optional<Instant> publishedAt = values.optionalTimestamp("published_at");
    String evidence = values.optionalString("published_at_source").orElse("unknown");
    Article article =
        new Article(
            new ArticleId(values.string("article_id")),
            new DocumentRef(values.string("source_path"), values.int32("container_member")),
            values.string("source_uri"),
            values.string("media_type"),
            values.optionalString("charset"),
            values.optionalString("title"),
            values.strings("authors"),
            values.optionalString("publisher"),
            values.optionalString("url"),
            publishedAt.map(instant -> new PublicationDate(instant, evidence)),
            language,
            values.float64("language_confidence"),
            values.string("text"),
            values.int32("word_count"),
            values.string("text_sha256"),
            archiveDate,
            EnrichmentColumns.read(values));
    return new ArticleRow(
        article,
        values.optionalString("duplicate_of"),
        values.string("run_id"),
        values.timestamp("ingested_at"));
  }
}
