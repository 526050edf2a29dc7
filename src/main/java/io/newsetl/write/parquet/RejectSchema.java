package io.newsetl.write.parquet;

import static io.newsetl.write.parquet.Columns.optionalString;
import static io.newsetl.write.parquet.Columns.requiredInt32;
import static io.newsetl.write.parquet.Columns.requiredInt64;
import static io.newsetl.write.parquet.Columns.requiredString;
import static io.newsetl.write.parquet.Columns.requiredTimestamp;

import org.apache.parquet.schema.MessageType;

/**
 * The Parquet schema of the rejects dataset, one row per document that did not become an article.
 * The partition column {@code archive_date} is not stored in the files. {@code reason} holds {@link
 * io.newsetl.article.RejectReason#label()}.
 */
public final class RejectSchema {

  /** Version of this schema, written to every file's footer; bumped on incompatible changes. */
  public static final String SCHEMA_VERSION = "1";

  /** The columns, in order. */
  public static final MessageType MESSAGE_TYPE =
      new MessageType(
          "reject",
          requiredString("source_path"),
          requiredString("source_uri"),
          requiredInt32("container_member"),
          requiredInt64("file_size"),
          optionalString("media_type"),
          requiredString("reason"),
          requiredString("error_class"),
          requiredString("message"),
          requiredString("run_id"),
          requiredTimestamp("rejected_at"));

  private RejectSchema() {}
}
