package io.newsetl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsetl.bench.CorpusSample.Pick;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CorpusSampleTests {

  @Test
  void aSampleSmallerThanTheCorpusIsAnEvenStrideOverAllOfIt() {
    assertThat(CorpusSample.picks(10, 4))
        .containsExactly(new Pick(0, 0), new Pick(0, 2), new Pick(0, 5), new Pick(0, 7));
  }

  @Test
  void theWholeCorpusIsOneCopyOfEveryFile() {
    List<Pick> picks = CorpusSample.picks(5, 5);

    assertThat(picks).hasSize(5).allMatch(p -> p.copy() == 0);
    assertThat(picks).extracting(Pick::file).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void aLargerInputRepeatsTheCorpusInCopiesAndEndsWithAPartialCopy() {
    List<Pick> picks = CorpusSample.picks(3, 8);

    assertThat(picks)
        .containsExactly(
            new Pick(0, 0),
            new Pick(0, 1),
            new Pick(0, 2),
            new Pick(1, 0),
            new Pick(1, 1),
            new Pick(1, 2),
            new Pick(2, 0),
            new Pick(2, 1));
  }

  @Test
  void noFileIsPickedTwiceInOneCopy() {
    List<Pick> picks = CorpusSample.picks(37_298, 100_000);

    assertThat(picks).hasSize(100_000);
    assertThat(new HashSet<>(picks)).hasSize(100_000);
  }

  @Nested
  class Refused {

    @Test
    void anEmptyCorpus() {
      assertThatThrownBy(() -> CorpusSample.picks(0, 10))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no files");
    }

    @Test
    void aNegativeCount() {
      assertThatThrownBy(() -> CorpusSample.picks(10, -1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
