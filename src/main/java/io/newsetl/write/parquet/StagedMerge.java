package io.newsetl.write.parquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Merges sorted files into one sorted stream of rows while holding at most {@code fanIn} files
 * open: with more inputs, batches of {@code fanIn} are first merged into intermediate files in a
 * scratch folder, pass after pass. Memory grows with the fan-in, not with the number of rows.
 */
final class StagedMerge<T> {

  private final ParquetFiles files;
  private final DatasetStore store;
  private final RowKind<T> kind;
  private final int fanIn;
  private final Path scratch;

  StagedMerge(ParquetFiles files, DatasetStore store, RowKind<T> kind, int fanIn, Path scratch) {
    this.files = files;
    this.store = store;
    this.kind = kind;
    this.fanIn = fanIn;
    this.scratch = scratch;
  }

  /** The rows of every input, in order. The caller closes it. */
  RowSource<T> open(List<Path> inputs) throws IOException {
    List<Path> current = inputs;
    for (int pass = 0; current.size() > fanIn; pass++) {
      List<Path> next = new ArrayList<>();
      for (int from = 0; from < current.size(); from += fanIn) {
        Path merged = new Path(scratch, "pass-" + pass + "-" + next.size() + ".parquet");
        mergeInto(current.subList(from, Math.min(current.size(), from + fanIn)), merged);
        next.add(merged);
      }
      if (pass > 0) {
        for (Path done : current) {
          store.delete(done);
        }
      }
      current = next;
    }
    return merged(current);
  }

  private void mergeInto(List<Path> inputs, Path output) throws IOException {
    try (RowSource<T> rows = merged(inputs);
        ParquetWriter<T> writer = files.stagingWriter(output, kind.writer().get())) {
      for (Optional<T> row = rows.next(); row.isPresent(); row = rows.next()) {
        writer.write(row.get());
      }
    }
  }

  private RowSource<T> merged(List<Path> inputs) throws IOException {
    List<RowSource<T>> sources = new ArrayList<>(inputs.size());
    try {
      for (Path input : inputs) {
        sources.add(files.rows(input, kind.reader().get()));
      }
    } catch (IOException | RuntimeException e) {
      for (RowSource<T> opened : sources) {
        try {
          opened.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    return new SortedMerge<>(sources, kind.order());
  }
}
