package io.newsetl.write.parquet;

import io.newsetl.article.DocumentRef;
import io.newsetl.article.Reject;
import io.newsetl.article.RejectReason;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** Reads {@link RejectRow}s from a rejects file; the archive date comes from its folder. */
final class RejectReadSupport extends RowReadSupport<RejectRow> {

  private final LocalDate archiveDate;

  RejectReadSupport(LocalDate archiveDate) {
    super(RejectSchema.MESSAGE_TYPE);
    this.archiveDate = Objects.requireNonNull(archiveDate, "archiveDate");
  }

  @Override
  RejectRow toRow(FieldValues values) {
    Reject reject =
        new Reject(
            new DocumentRef(values.string("source_path"), values.int32("container_member")),
            values.string("source_uri"),
            values.int64("file_size"),
            values.optionalString("media_type"),
            RejectReason.valueOf(values.string("reason").toUpperCase(Locale.ROOT)),
            values.string("error_class"),
            values.string("message"),
            archiveDate);
    return new RejectRow(reject, values.string("run_id"), values.timestamp("rejected_at"));
  }
}
