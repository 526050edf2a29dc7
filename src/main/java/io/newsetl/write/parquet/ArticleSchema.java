package io.newsetl.write.parquet;

import static io.newsetl.write.parquet.Columns.optionalInt32;
import static io.newsetl.write.parquet.Columns.optionalString;
import static io.newsetl.write.parquet.Columns.optionalTimestamp;
import static io.newsetl.write.parquet.Columns.requiredDouble;
import static io.newsetl.write.parquet.Columns.requiredInt32;
import static io.newsetl.write.parquet.Columns.requiredString;
import static io.newsetl.write.parquet.Columns.requiredStringList;
import static io.newsetl.write.parquet.Columns.requiredStructList;
import static io.newsetl.write.parquet.Columns.requiredTimestamp;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * The Parquet schema of the articles dataset, one row per article. The partition columns {@code
 * archive_date} and {@code lang} are not stored in the files: readers take them from the folder
 * names. Strings are UTF-8, instants are INT64 TIMESTAMP(MICROS, adjusted to UTC), {@code authors}
 * uses the standard three-level LIST layout.
 */
public final class ArticleSchema {

  /** Version of this schema, written to every file's footer; bumped on incompatible changes. */
  public static final String SCHEMA_VERSION = "3";

  /** The columns, in order. */
  public static final MessageType MESSAGE_TYPE =
      new MessageType(
          "article",
          requiredString("article_id"),
          requiredString("source_path"),
          requiredString("source_uri"),
          requiredInt32("container_member"),
          requiredString("media_type"),
          optionalString("charset"),
          optionalString("title"),
          requiredStringList("authors"),
          optionalString("publisher"),
          optionalString("url"),
          optionalTimestamp("published_at"),
          optionalString("published_at_source"),
          requiredDouble("language_confidence"),
          requiredString("text"),
          requiredInt32("word_count"),
          requiredString("text_sha256"),
          optionalString("duplicate_of"),
          requiredStructList(
              "temporal",
              requiredString("text"),
              requiredString("type"),
              requiredString("value"),
              requiredInt32("start"),
              requiredInt32("end")),
          requiredStructList(
              "sources",
              requiredString("name"),
              optionalString("id"),
              requiredString("role"),
              requiredString("text"),
              optionalInt32("start"),
              optionalInt32("end")),
          requiredStructList(
              "quotes",
              requiredString("text"),
              optionalString("speaker"),
              optionalString("speaker_text"),
              optionalString("cue"),
              requiredInt32("start"),
              requiredInt32("end")),
          entities("entities"),
          entities("title_entities"),
          requiredString("run_id"),
          requiredTimestamp("ingested_at"));

  private ArticleSchema() {}

  private static Type entities(String name) {
    return requiredStructList(
        name,
        requiredString("text"),
        requiredString("type"),
        requiredString("fine_type"),
        requiredInt32("start"),
        requiredInt32("end"),
        requiredString("canonical"),
        optionalString("id"),
        requiredDouble("confidence"));
  }
}
