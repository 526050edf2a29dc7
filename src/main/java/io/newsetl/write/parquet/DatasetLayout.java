package io.newsetl.write.parquet;

import java.time.LocalDate;
import java.util.Objects;
import org.apache.hadoop.fs.Path;

/**
 * Where everything lives below the output folder:
 *
 * <pre>
 * articles/archive_date=D/lang=L/part-RUN-N.parquet, articles/archive_date=D/_SUCCESS
 * rejects/archive_date=D/part-RUN-N.parquet,         rejects/archive_date=D/_SUCCESS
 * _staging/RUNKEY/chunks/chunk-K/...                  staged files of chunk K
 * _staging/RUNKEY/merge/...                           intermediate merge passes
 * _staging/RUNKEY/publish/DATASET/archive_date=D      a date's new folder, before the swap
 * _staging/RUNKEY/old/DATASET/archive_date=D          a date's old folder, after the swap
 * _staging/RUNKEY/commit/plan, commit/done-...        commit progress
 * </pre>
 */
final class DatasetLayout {

  static final String SUCCESS = "_SUCCESS";

  private final Path root;
  private final Path run;

  DatasetLayout(Path root, String runKey) {
    Objects.requireNonNull(runKey, "runKey");
    if (!WriteSettings.NAME.matcher(runKey).matches() || runKey.startsWith(".")) {
      throw new IllegalArgumentException("runKey must match [A-Za-z0-9._-]+: " + runKey);
    }
    this.root = root;
    this.run = new Path(new Path(root, "_staging"), runKey);
  }

  static String datePartition(LocalDate date) {
    return "archive_date=" + date;
  }

  static String languagePartition(String language) {
    return "lang=" + language;
  }

  /** {@code <output>/<dataset>/archive_date=D}: the published folder of a date. */
  Path live(Dataset dataset, LocalDate date) {
    return new Path(new Path(root, dataset.folder()), datePartition(date));
  }

  Path runArea() {
    return run;
  }

  Path chunks() {
    return new Path(run, "chunks");
  }

  Path chunk(long chunkKey) {
    return new Path(chunks(), "chunk-" + chunkKey);
  }

  Path merges() {
    return new Path(run, "merge");
  }

  Path publishArea() {
    return new Path(run, "publish");
  }

  /** The new folder of a date, complete before it is swapped in. */
  Path publish(Dataset dataset, LocalDate date) {
    return new Path(new Path(publishArea(), dataset.folder()), datePartition(date));
  }

  Path oldArea() {
    return new Path(run, "old");
  }

  /** Where a date's previous folder waits to be deleted once the new one is in place. */
  Path old(Dataset dataset, LocalDate date) {
    return new Path(new Path(oldArea(), dataset.folder()), datePartition(date));
  }

  Path commitArea() {
    return new Path(run, "commit");
  }

  Path plan() {
    return new Path(commitArea(), "plan");
  }
}
