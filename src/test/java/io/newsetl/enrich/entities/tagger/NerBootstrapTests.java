package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerBootstrapTests {

  private static final List<String> GOLD = List.of("B-PERSON", "O", "B-LOCATION");
  private static final List<String> ALL_RIGHT = GOLD;
  private static final List<String> HALF_RIGHT = List.of("B-PERSON", "O", "O");
  private static final List<String> NONE_RIGHT = List.of("O", "O", "B-PERSON");

  /**
   * {@code right} sentences with both names found, then {@code wrong} with one wrong name found: P
   * = 2·right / (2·right + wrong), R = right / (right + wrong).
   */
  private static NerScores scores(int right, int wrong) {
    NerScores scores = new NerScores();
    for (int i = 0; i < right + wrong; i++) {
      scores.add(GOLD, i < right ? ALL_RIGHT : NONE_RIGHT);
    }
    return scores;
  }

  @Test
  void theIntervalHoldsTheF1AndNarrowsWithMoreSentences() {
    NerScores few = scores(30, 10);
    NerScores many = scores(300, 100);
    NerBootstrap.Interval small = NerBootstrap.f1(few, 1000, 7);
    NerBootstrap.Interval large = NerBootstrap.f1(many, 1000, 7);

    // P 60/70, R 60/80: F1 0.8 for both
    assertThat(few.overall().f1()).isCloseTo(0.8, within(1e-9));
    assertThat(many.overall().f1()).isCloseTo(0.8, within(1e-9));
    assertThat(small.low()).isLessThan(0.8).isGreaterThan(0.6);
    assertThat(small.high()).isGreaterThan(0.8).isLessThanOrEqualTo(1.0);
    assertThat(large.low()).isLessThan(0.8).isGreaterThan(small.low());
    assertThat(large.high()).isGreaterThan(0.8).isLessThan(small.high());
  }

  @Test
  void sentencesThatAllScoreAlikeGiveNoSpread() {
    NerScores scores = new NerScores();
    for (int i = 0; i < 20; i++) {
      scores.add(GOLD, HALF_RIGHT);
    }
    NerBootstrap.Interval interval = NerBootstrap.f1(scores, 200, 1);
    double f1 = scores.overall().f1();
    assertThat(f1).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(interval.low()).isCloseTo(f1, within(1e-12));
    assertThat(interval.high()).isCloseTo(f1, within(1e-12));
  }

  @Test
  void theSameSeedGivesTheSameInterval() {
    NerScores scores = scores(25, 15);
    assertThat(NerBootstrap.f1(scores, 500, 42)).isEqualTo(NerBootstrap.f1(scores, 500, 42));
  }

  @Test
  void aModelBetterOnEverySentenceIsHigherInEveryPairedResample() {
    NerScores better = new NerScores();
    NerScores worse = new NerScores();
    for (int i = 0; i < 50; i++) {
      better.add(GOLD, ALL_RIGHT);
      worse.add(GOLD, i % 2 == 0 ? HALF_RIGHT : ALL_RIGHT);
    }
    NerBootstrap.Comparison c = NerBootstrap.compare(better, worse, 500, 3);
    assertThat(c.difference()).isPositive();
    assertThat(c.interval().low()).isPositive();
    assertThat(c.interval().high()).isGreaterThanOrEqualTo(c.difference());
    assertThat(c.firstHigher()).isEqualTo(1.0);

    NerBootstrap.Comparison reversed = NerBootstrap.compare(worse, better, 500, 3);
    assertThat(reversed.difference()).isCloseTo(-c.difference(), within(1e-12));
    assertThat(reversed.firstHigher()).isZero();
  }

  @Test
  void aModelComparedWithItselfDiffersByNothing() {
    NerScores scores = scores(20, 20);
    NerBootstrap.Comparison c = NerBootstrap.compare(scores, scores, 300, 5);
    assertThat(c.difference()).isZero();
    assertThat(c.interval()).isEqualTo(new NerBootstrap.Interval(0, 0));
    assertThat(c.firstHigher()).isZero();
  }

  @Test
  void scoresOfMergedFoldsKeepEverySentence() {
    NerScores merged = scores(3, 1);
    merged.addAll(scores(2, 2));
    assertThat(merged.sentences()).isEqualTo(8);
    assertThat(merged.ofSentence(7)).isEqualTo(new NerScores.Score(0, 1, 2));
    assertThat(merged.ofSentence(0)).isEqualTo(new NerScores.Score(2, 2, 2));
  }

  @Test
  void differentSentencesOrNoneAreRefused() {
    assertThatThrownBy(() -> NerBootstrap.compare(scores(3, 1), scores(3, 2), 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 and 5 sentences");
    assertThatThrownBy(() -> NerBootstrap.f1(new NerScores(), 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
