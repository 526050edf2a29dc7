package io.newsetl.write.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.newsetl.article.DocumentRef;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateIndexTests {

  private static final List<DuplicateKey> RUN =
      List.of(
          key("same", "b/2.html", 0, "id-b2"),
          key("same", "a/1.mbox", 7, "id-a1-7"),
          key("same", "a/1.mbox", 3, "id-a1-3"),
          key("unique", "c/3.html", 0, "id-c3"),
          key("pair", "z.txt", 0, "id-z"),
          key("pair", "y.txt", 0, "id-y"));

  static Stream<Arguments> lookups() {
    return Stream.of(
        arguments("same", "id-a1-3", Optional.empty()),
        arguments("same", "id-a1-7", Optional.of("id-a1-3")),
        arguments("same", "id-b2", Optional.of("id-a1-3")),
        arguments("unique", "id-c3", Optional.empty()),
        arguments("pair", "id-y", Optional.empty()),
        arguments("pair", "id-z", Optional.of("id-y")),
        arguments("never seen", "id-x", Optional.empty()));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("lookups")
  void theSmallestPathAndMemberIsTheOriginal(String text, String id, Optional<String> original)
      throws IOException {
    DuplicateIndex index = DuplicateIndex.build(action -> RUN.forEach(action));

    assertThat(index.originalOf(text, id)).isEqualTo(original);
  }

  @Test
  void readsTheRunTwiceAndHandlesManyArticles() throws IOException {
    List<DuplicateKey> many =
        IntStream.range(0, 5000)
            .mapToObj(i -> key("text-" + (i % 1000), String.format("f%05d", i), 0, "id-" + i))
            .toList();
    int[] passes = {0};

    DuplicateIndex index =
        DuplicateIndex.build(
            action -> {
              passes[0]++;
              many.forEach(action);
            });

    assertThat(passes[0]).isEqualTo(2);
    assertThat(index.originalOf("text-7", "id-7")).isEmpty();
    assertThat(index.originalOf("text-7", "id-4007")).contains("id-7");
  }

  private static DuplicateKey key(String text, String path, int member, String id) {
    return new DuplicateKey(text, new DocumentRef(path, member), id);
  }
}
