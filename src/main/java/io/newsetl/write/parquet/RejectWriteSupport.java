package io.newsetl.write.parquet;

import io.newsetl.article.Reject;
import java.util.Set;

/** Writes {@link RejectRow}s in the {@link RejectSchema} layout. */
final class RejectWriteSupport extends RowWriteSupport<RejectRow> {

  RejectWriteSupport(WriteSettings settings) {
    super(
        RejectSchema.MESSAGE_TYPE,
        Set.of("source_path", "source_uri"),
        RejectSchema.SCHEMA_VERSION,
        settings);
  }

  @Override
  void writeFields(RejectRow row) {
    Reject reject = row.reject();
    string("source_path", reject.ref().relativePath());
    string("source_uri", reject.uri());
    int32("container_member", reject.ref().member());
    int64("file_size", reject.size());
    optionalString("media_type", reject.mediaType());
    string("reason", reject.reason().label());
    string("error_class", reject.errorClass());
    string("message", reject.message());
    string("run_id", row.runId());
    timestamp("rejected_at", row.rejectedAt());
  }
}
