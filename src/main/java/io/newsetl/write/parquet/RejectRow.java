package io.newsetl.write.parquet;

import io.newsetl.article.Reject;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One row of a rejects file: the reject and the fields added when it is written.
 *
 * @param reject the reject; its archive date is the partition, not a column
 * @param runId the run that wrote the row
 * @param rejectedAt when the row was staged
 */
record RejectRow(Reject reject, String runId, Instant rejectedAt) {

  /** File order: the document's path, then its member index. */
  static final Comparator<RejectRow> ORDER = Comparator.comparing(row -> row.reject().ref());

  RejectRow {
    Objects.requireNonNull(reject, "reject");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(rejectedAt, "rejectedAt");
  }
}
