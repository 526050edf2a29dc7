package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.newsetl.enrich.entities.NameClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoresTests {

  @Test
  void spansAreReadAsConllevalReadsThem() {
    assertThat(LabelSpan.of(List.of("B-PERSON", "I-PERSON", "I-LOCATION", "O", "I-MISC", "B-MISC")))
        .containsExactly(
            new LabelSpan(0, 2, NameClass.PERSON),
            new LabelSpan(2, 3, NameClass.LOCATION),
            new LabelSpan(4, 5, NameClass.MISC),
            new LabelSpan(5, 6, NameClass.MISC));
  }

  @Test
  void exactSpanAndClassCount() {
    NerScores scores = new NerScores();
    // gold: PERSON 0-2, LOCATION 3-4, ORGANIZATION 5-6
    // found: PERSON 0-1 (span wrong), LOCATION 3-4 (right), PERSON 5-6 (class wrong)
    scores.add(
        List.of("B-PERSON", "I-PERSON", "O", "B-LOCATION", "O", "B-ORGANIZATION"),
        List.of("B-PERSON", "O", "O", "B-LOCATION", "O", "B-PERSON"));
    // second sentence: MISC right, nothing wrong
    scores.add(List.of("B-MISC", "I-MISC"), List.of("B-MISC", "I-MISC"));

    assertThat(scores.overall()).isEqualTo(new NerScores.Score(2, 4, 4));
    assertThat(scores.overall().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(scores.of(NameClass.PERSON)).isEqualTo(new NerScores.Score(0, 2, 1));
    assertThat(scores.of(NameClass.LOCATION).f1()).isEqualTo(1.0);
    assertThat(scores.of(NameClass.ORGANIZATION).recall()).isZero();
    assertThat(scores.of(NameClass.ORGANIZATION).precision()).isZero();
  }

  @Test
  void precisionAndRecallDiffer() {
    NerScores scores = new NerScores();
    // 3 gold names, 2 found, 2 right: P 1, R 2/3, F1 0.8
    scores.add(
        List.of("B-PERSON", "O", "B-PERSON", "O", "B-PERSON"),
        List.of("B-PERSON", "O", "B-PERSON", "O", "O"));
    assertThat(scores.overall().precision()).isEqualTo(1.0);
    assertThat(scores.overall().recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(scores.overall().f1()).isCloseTo(0.8, within(1e-9));
    assertThat(scores.summary()).contains("PERSON").contains("100.00").contains("80.00");
  }

  @Test
  void lengthMismatchIsRefused() {
    assertThatThrownBy(() -> new NerScores().add(List.of("O"), List.of("O", "O")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
