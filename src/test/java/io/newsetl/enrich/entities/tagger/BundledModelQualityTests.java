package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped models score above a floor on data they were not trained on: English on CoNLL-2003
 * testa, Arabic on the held-out last 10% of the ANERcorp train split. Skipped without the data.
 */
class BundledModelQualityTests {

  static final Path DATASETS = Path.of("../shared/datasets");

  static List<ConllSentence> gold(String file) {
    Path path = DATASETS.resolve(file);
    Assumptions.assumeTrue(
        Files.isReadable(path), "skipped: " + path.toAbsolutePath() + " is absent");
    return ConllReader.read(path);
  }

  @Test
  void englishOnConll2003Testa() {
    NerScores scores =
        NerEvaluation.score(BundledNameTaggers.model("en"), gold("conll2003/eng.testa.dev.txt"));
    assertThat(scores.overall().gold()).isEqualTo(5942);
    assertThat(scores.overall().f1()).as(scores.summary()).isGreaterThan(0.89);
  }

  @Test
  void englishWasNotTrainedOnTestaBeyondTheSentencesBothSplitsRepeat() {
    List<ConllSentence> testa = gold("conll2003/eng.testa.dev.txt");
    TrainingSentences trained = BundledNameTaggers.model("en").trainingSentences();
    assertThat(trained.size()).isGreaterThan(10_000);
    // CoNLL-2003 repeats short sentences across its splits (score lines, bylines, headings)
    List<ConllSentence> repeated = testa.stream().filter(trained::contains).toList();
    assertThat(repeated).hasSizeLessThan(testa.size() / 10);
    assertThat(repeated.stream().mapToInt(ConllSentence::size).max().orElse(0)).isLessThan(40);
  }

  @Test
  void arabicOnHeldOutAnercorp() {
    List<ConllSentence> heldOut =
        ConllSplit.heldOut(gold("anercorp/ANERCorp_CamelLab_train.txt"), 10);
    NerScores scores = NerEvaluation.score(BundledNameTaggers.model("ar"), heldOut);
    assertThat(scores.overall().f1()).as(scores.summary()).isGreaterThan(0.67);
  }
}
