package io.newsetl.write.parquet;

import java.io.Closeable;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Writes rows into {@code part-<runId>-<n>.parquet} files of one folder, starting a new file once
 * the current one reaches the target size. Writes no file when it gets no row. Not thread-safe.
 */
final class RollingWriter<T> implements Closeable {

  private final ParquetFiles files;
  private final DatasetStore store;
  private final Path folder;
  private final Supplier<? extends RowWriteSupport<T>> support;
  private final WriteSettings settings;
  private ParquetWriter<T> current;
  private Path currentPath;
  private int filesWritten;
  private long bytesWritten;
  private long rowsWritten;

  RollingWriter(
      ParquetFiles files,
      DatasetStore store,
      Path folder,
      Supplier<? extends RowWriteSupport<T>> support,
      WriteSettings settings) {
    this.files = files;
    this.store = store;
    this.folder = folder;
    this.support = support;
    this.settings = settings;
  }

  void write(T row) throws IOException {
    if (current == null) {
      String name =
          String.format(Locale.ROOT, "part-%s-%05d.parquet", settings.runId(), filesWritten);
      currentPath = new Path(folder, name);
      current = files.writer(currentPath, support.get(), settings.rowGroupSize());
    }
    current.write(row);
    rowsWritten++;
    if (current.getDataSize() >= settings.targetFileSize()) {
      closeCurrent();
    }
  }

  int filesWritten() {
    return filesWritten;
  }

  long bytesWritten() {
    return bytesWritten;
  }

  long rowsWritten() {
    return rowsWritten;
  }

  @Override
  public void close() throws IOException {
    closeCurrent();
  }

  private void closeCurrent() throws IOException {
    if (current == null) {
      return;
    }
    current.close();
    current = null;
    filesWritten++;
    bytesWritten += store.length(currentPath);
  }
}
