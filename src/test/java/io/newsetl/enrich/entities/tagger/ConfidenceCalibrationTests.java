package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceCalibrationTests {

  private static final TaggerModel MODEL =
      new TaggerTrainer("en", WordClusters.empty(), 1)
          .train(TaggerTrainerTests.corpus(200, 1), 3, TaggerTrainer.EpochListener.none());

  private static final List<String> SENTENCE = List.of("Mr.", "Garcia", "visited", "Paris", ".");

  @Test
  void aScaledModelKeepsItsLabelsAndSharpensOrFlattensItsConfidence() {
    TaggerModel.Tagged plain = MODEL.tag(SENTENCE);
    TaggerModel.Tagged sharper = MODEL.scaled(2).tag(SENTENCE);
    TaggerModel.Tagged flatter = MODEL.scaled(0.1f).tag(SENTENCE);
    assertThat(sharper.labels()).isEqualTo(plain.labels());
    assertThat(flatter.labels()).isEqualTo(plain.labels());
    LabelSpan garcia = LabelSpan.of(NameLabels.names(plain.labels())).get(0);
    assertThat(sharper.confidenceOf(garcia)).isGreaterThan(plain.confidenceOf(garcia));
    assertThat(flatter.confidenceOf(garcia)).isLessThan(plain.confidenceOf(garcia));
    assertThatThrownBy(() -> MODEL.scaled(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesThatAreAlwaysRightSharpenTheScores() {
    ConfidenceCalibration.Fit fit =
        ConfidenceCalibration.fit(MODEL, TaggerTrainerTests.corpus(50, 2));
    assertThat(fit.names()).isEqualTo(100);
    assertThat(fit.factor()).isGreaterThan(1);
    assertThat(fit.logLossAfter()).isLessThan(fit.logLossBefore());
  }

  @Test
  void namesThatAreOftenWrongFlattenTheScores() {
    // in every other sentence the gold class of the person is another one
    List<ConllSentence> gold = new ArrayList<>();
    List<ConllSentence> sentences = TaggerTrainerTests.corpus(50, 3);
    for (int s = 0; s < sentences.size(); s++) {
      ConllSentence sentence = sentences.get(s);
      gold.add(
          s % 2 == 0
              ? sentence
              : new ConllSentence(
                  sentence.tokens(), List.of("O", "B-ORGANIZATION", "O", "B-MISC", "O"), false));
    }
    ConfidenceCalibration.Fit fit = ConfidenceCalibration.fit(MODEL, gold);
    assertThat(fit.factor()).isLessThan(1);
    assertThat(fit.logLossAfter()).isLessThan(fit.logLossBefore());
    assertThat(ConfidenceCalibration.logLoss(MODEL.scaled(fit.factor()), gold))
        .isEqualTo(fit.logLossAfter());
  }

  @Test
  void withoutNamesFoundTheScaleStaysOne() {
    ConfidenceCalibration.Fit fit = ConfidenceCalibration.fit(MODEL, List.of());
    assertThat(fit.names()).isZero();
    assertThat(fit.factor()).isEqualTo(1);
    assertThat(fit.logLossBefore()).isZero();
  }
}
