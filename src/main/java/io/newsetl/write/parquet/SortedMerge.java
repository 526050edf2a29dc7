package io.newsetl.write.parquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * A k-way merge of sources that are each sorted by the same order. Holds one row per source in
 * memory. Rows that compare equal come out in the order of their sources. Closing it closes every
 * source. Not thread-safe.
 */
final class SortedMerge<T> implements RowSource<T> {

  private record Head<T>(T row, int source) {}

  private final List<RowSource<T>> sources;
  private final PriorityQueue<Head<T>> heads;
  private boolean started;

  SortedMerge(List<? extends RowSource<T>> sources, Comparator<? super T> order) {
    this.sources = List.copyOf(sources);
    Comparator<Head<T>> byRow = Comparator.comparing(Head::row, order);
    this.heads =
        new PriorityQueue<>(Math.max(1, sources.size()), byRow.thenComparingInt(Head::source));
  }

  @Override
  public Optional<T> next() throws IOException {
    if (!started) {
      for (int i = 0; i < sources.size(); i++) {
        advance(i);
      }
      started = true;
    }
    Head<T> head = heads.poll();
    if (head == null) {
      return Optional.empty();
    }
    advance(head.source());
    return Optional.of(head.row());
  }

  @Override
  public void close() throws IOException {
    List<IOException> failures = new ArrayList<>();
    for (RowSource<T> source : sources) {
      try {
        source.close();
      } catch (IOException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      IOException first = failures.get(0);
      failures.stream().skip(1).forEach(first::addSuppressed);
      throw first;
    }
  }

  private void advance(int source) throws IOException {
    sources.get(source).next().ifPresent(row -> heads.add(new Head<>(row, source)));
  }
}
