package io.newsetl.write.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanFileTests {

  static Stream<CommitResult> results() {
    LocalDate day = LocalDate.of(2024, 1, 31);
    LocalDate next = LocalDate.of(2024, 2, 1);
    return Stream.of(
        CommitResult.empty(),
        new CommitResult(
            new TreeMap<>(Map.of(day, 120L, next, 0L)),
            new TreeMap<>(Map.of(day, 3L, next, 1L)),
            4,
            2,
            81_234));
  }

  @ParameterizedTest
  @MethodSource("results")
  void roundTrips(CommitResult result) {
    assertThat(PlanFile.parse(PlanFile.format(result))).isEqualTo(result);
  }

  @Nested
  class Refuses {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "duplicates 1\nfiles 1\n",
          "articles 2024-01-31 1\nduplicates 0\nfiles 1\nbytes 9\n",
          "somethingelse 1\nduplicates 0\nfiles 1\nbytes 9\n"
        })
    void aTruncatedOrForeignPlan(String text) {
      assertThatThrownBy(() -> PlanFile.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
