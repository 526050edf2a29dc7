package io.newsetl.write.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SortedMergeTests {

  static Stream<Arguments> merges() {
    return Stream.of(
        arguments(List.of(), List.of()),
        arguments(List.of(List.of()), List.of()),
        arguments(List.of(List.of(1, 2, 3)), List.of(1, 2, 3)),
        arguments(
            List.of(List.of(1, 4, 7), List.of(2, 5, 8), List.of(3, 6, 9)),
            List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)),
        arguments(List.of(List.of(), List.of(5), List.of(), List.of(1, 9)), List.of(1, 5, 9)),
        arguments(List.of(List.of(1, 1, 2), List.of(1, 2, 2)), List.of(1, 1, 1, 2, 2, 2)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("merges")
  void mergesSortedSources(List<List<Integer>> sources, List<Integer> expected) throws IOException {
    List<ListSource<Integer>> inputs = sources.stream().map(ListSource::new).toList();

    assertThat(drain(new SortedMerge<>(inputs, Comparator.<Integer>naturalOrder())))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void equalRowsComeOutInSourceOrder() throws IOException {
    record Tagged(int key, String source) {}
    List<ListSource<Tagged>> inputs =
        List.of(
            new ListSource<>(List.of(new Tagged(1, "b"), new Tagged(2, "b"))),
            new ListSource<>(List.of(new Tagged(1, "a"), new Tagged(2, "a"))));

    List<Tagged> merged = drain(new SortedMerge<>(inputs, Comparator.comparingInt(Tagged::key)));

    assertThat(merged).extracting(Tagged::source).containsExactly("b", "a", "b", "a");
  }

  @Test
  void closesEverySource() throws IOException {
    List<ListSource<Integer>> inputs =
        List.of(new ListSource<>(List.of(1)), new ListSource<>(List.of()));

    new SortedMerge<>(inputs, Comparator.<Integer>naturalOrder()).close();

    assertThat(inputs).allMatch(source -> source.closed);
  }

  @Nested
  class WhenASourceFails {

    @Test
    void closeStillClosesTheOthersAndReportsTheFailure() {
      ListSource<Integer> failing =
          new ListSource<>(List.of(1)) {
            @Override
            public void close() throws IOException {
              super.close();
              throw new IOException("disk gone");
            }
          };
      ListSource<Integer> healthy = new ListSource<>(List.of(2));

      assertThatThrownBy(
              () ->
                  new SortedMerge<>(List.of(failing, healthy), Comparator.<Integer>naturalOrder())
                      .close())
          .isInstanceOf(IOException.class)
          .hasMessage("disk gone");
      assertThat(healthy.closed).isTrue();
    }

    @Test
    void aReadFailureReachesTheCaller() {
      RowSource<Integer> broken =
          new ListSource<>(List.of()) {
            @Override
            public Optional<Integer> next() throws IOException {
              throw new IOException("corrupt page");
            }
          };

      assertThatThrownBy(
              () -> new SortedMerge<>(List.of(broken), Comparator.<Integer>naturalOrder()).next())
          .isInstanceOf(IOException.class)
          .hasMessage("corrupt page");
    }
  }

  private static <T> List<T> drain(RowSource<T> source) throws IOException {
    List<T> rows = new ArrayList<>();
    try (source) {
      for (Optional<T> row = source.next(); row.isPresent(); row = source.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  static class ListSource<T> implements RowSource<T> {
    private final Iterator<T> rows;
    boolean closed;

    ListSource(List<T> rows) {
      this.rows = rows.iterator();
    }

    @Override
    public Optional<T> next() throws IOException {
      return rows.hasNext() ? Optional.of(rows.next()) : Optional.empty();
    }

    @Override
    public void close() throws IOException {
      closed = true;
    }
  }
}
