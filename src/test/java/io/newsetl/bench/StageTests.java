package io.newsetl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StageTests {

  @Test
  void stagesComeInStageOrderWhateverTheOrderOfTheLetters() {
    assertThat(Stage.parse("e, b,A,b")).containsExactly(Stage.READ, Stage.PARSE, Stage.JOB);
  }

  @Test
  void anUnknownLetterIsRefused() {
    assertThatThrownBy(() -> Stage.parse("a,f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'f'");
  }

  @Test
  void anEmptyListIsRefused() {
    assertThatThrownBy(() -> Stage.parse(" , ")).isInstanceOf(IllegalArgumentException.class);
  }
}
