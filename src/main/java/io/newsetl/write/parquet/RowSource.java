package io.newsetl.write.parquet;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Rows read one at a time, in the order of their source. Not thread-safe. */
interface RowSource<T> extends Closeable {

  /** The next row, or empty once every row has been read. */
  Optional<T> next() throws IOException;
}
