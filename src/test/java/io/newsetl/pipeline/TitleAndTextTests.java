package io.newsetl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleAndTextTests {

  @Test
  void joinsTitleAndTextWithABlankLineAndPlacesOffsetsBack() {
    TitleAndText joined = TitleAndText.of(Optional.of("Sullivan in Beijing"), "Jake Sullivan met.");

    assertThat(joined.joined()).isEqualTo("Sullivan in Beijing\n\nJake Sullivan met.");
    assertThat(joined.inTitle(12, 19)).isTrue();
    assertThat(joined.inText(12)).isFalse();
    assertThat(joined.inTitle(21, 34)).isFalse();
    assertThat(joined.inText(21)).isTrue();
    assertThat(joined.textStart()).isEqualTo(21);
  }

  @Test
  void aSpanAcrossTheBlankLineIsInNeither() {
    TitleAndText joined = TitleAndText.of(Optional.of("Talks in"), "Geneva resume.");

    assertThat(joined.inTitle(6, 16)).isFalse();
    assertThat(joined.inText(6)).isFalse();
  }

  @Test
  void withoutATitleTheTextIsAllThereIs() {
    TitleAndText joined = TitleAndText.of(Optional.empty(), "Markets rose.");

    assertThat(joined.joined()).isEqualTo("Markets rose.");
    assertThat(joined.inText(0)).isTrue();
    assertThat(joined.inTitle(0, 7)).isFalse();
  }
}
