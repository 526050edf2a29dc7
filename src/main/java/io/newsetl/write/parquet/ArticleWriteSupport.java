package io.newsetl.write.parquet;

import io.newsetl.article.Article;
import io.newsetl.article.PublicationDate;
import java.util.Set;

/** Writes {@link ArticleRow}s in the {@link ArticleSchema} layout. */
final class ArticleWriteSupport extends RowWriteSupport<ArticleRow> {

  private static final Set<String> DISTINCT =
      Set.of("article_id", "source_path", "source_uri", "title", "url", "text", "text_sha256");

  ArticleWriteSupport(WriteSettings settings) {
    super(ArticleSchema.MESSAGE_TYPE, DISTINCT, ArticleSchema.SCHEMA_VERSION, settings);
  }

  @Override
  void writeFields(ArticleRow row) {
    Article article = row.article();
    string("article_id", article.id().value());
    string("source_path", article.ref().relativePath());
    string("source_uri", article.uri());
    int32("container_member", article.ref().member());
    string("media_type", article.mediaType());
    optionalString("charset", article.charset());
    optionalString("title", article.title());
    stringList("authors", article.authors());
    optionalString("publisher", article.publisher());
    optionalString("url", article.url());
    optionalTimestamp("published_at", article.published().map(PublicationDate::instant));
    optionalString("published_at_source", article.published().map(PublicationDate::source));
    float64("language_confidence", article.languageConfidence());
    string("text", article.text());
    int32("word_count", article.wordCount());
    string("text_sha256", article.textSha256());
    optionalString("duplicate_of", row.duplicateOf());
    structList("temporal", EnrichmentColumns.temporal(article.enrichment()));
    structList("sources", EnrichmentColumns.sources(article.enrichment()));
    structList("quotes", EnrichmentColumns.quotes(article.enrichment()));
    structList("entities", EnrichmentColumns.entities(article.enrichment().entities()));
    structList("title_entities", EnrichmentColumns.entities(article.enrichment().titleEntities()));
    string("run_id", row.runId());
    timestamp("ingested_at", row.ingestedAt());
  }
}
