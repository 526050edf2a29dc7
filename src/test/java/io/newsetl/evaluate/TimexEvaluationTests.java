package io.newsetl.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.newsetl.enrich.dates.TemporalExtractor;
import io.newsetl.evaluate.TimemlDocument.GoldTimex;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexEvaluationTests {

  static final TemporalExtractor EXTRACTOR = new TemporalExtractor();
  static final Path TEMPEVAL = Path.of("../shared/datasets/tempeval3/TBAQ-cleaned");
  static final Path ARABIC = Path.of("../shared/datasets/arabic-timex-news");

  @Test
  void scoresTheFixturesWithTheTempEval3Measures() throws Exception {
    TimexScores scores = TimexEvaluation.run(resource("timeml"), EXTRACTOR);

    assertThat(scores.total()).isEqualTo(new FileCounts("all", 6, 6, 4, 5, 5, 4));
    assertThat(scores.files())
        .containsExactly(
            new FileCounts("tml_one-exact-match.tml", 1, 1, 1, 1, 1, 1),
            new FileCounts("tml_news-with-mismatches.tml", 5, 5, 3, 4, 4, 3));
    assertThat(scores.strictF1()).isCloseTo(4.0 / 6, within(1e-9));
    assertThat(scores.relaxedPrecision()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(scores.relaxedRecall()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(scores.typeAccuracy()).isEqualTo(1.0);
    assertThat(scores.valueAccuracy()).isCloseTo(0.8, within(1e-9));
    assertThat(scores.valueF1()).isCloseTo(0.8 * 5 / 6, within(1e-9));
  }

  @Test
  void readsTextGoldAndCreationTime() throws Exception {
    TimemlDocument doc = TimemlDocument.read(resource("timeml/tml_news-with-mismatches.tml"));

    assertThat(doc.creationDate()).contains(LocalDate.of(2023, 7, 13));
    assertThat(doc.gold())
        .extracting(g -> doc.text().substring(g.start(), g.end()))
        .containsExactly("Wednesday", "next week", "for three days", "May", "the other day");
    assertThat(doc.gold().get(0))
        .isEqualTo(
            new GoldTimex(
                doc.text().indexOf("Wednesday"),
                doc.text().indexOf("Wednesday") + 9,
                "DATE",
                "2023-07-12"));
    assertThat(doc.text())
        .contains("May & fell")
        .doesNotContain("<TIMEX3")
        .doesNotContain("handmade");
  }

  @Test
  void scoresDocumentsWithoutTextElementOrCreationTime() throws Exception {
    TimexScores scores = TimexEvaluation.run(resource("timeml-arabic"), EXTRACTOR, "ar");

    assertThat(scores.total()).isEqualTo(new FileCounts("all", 2, 2, 2, 2, 2, 2));
  }

  @Test
  void tempEval3TrainingData() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(TEMPEVAL), "TempEval-3 data not found at " + TEMPEVAL.toAbsolutePath());

    TimexScores scores = TimexEvaluation.run(TEMPEVAL, EXTRACTOR);

    System.out.println("TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT)\n" + scores.summary());
    assertThat(scores.files()).hasSize(256);
  }

  @Test
  void arabicSilverCorpusSmoke() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(ARABIC), "Arabic TimeML data not found at " + ARABIC.toAbsolutePath());

    TimexScores scores = TimexEvaluation.run(ARABIC, EXTRACTOR, "ar");

    System.out.println("arabic-timex-news (silver, no creation times)\n" + scores.summary());
    assertThat(scores.total().system()).isPositive();
  }

  @Nested
  class Errors {

    @Test
    void malformedFileIsReported(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("broken.tml"), "<TimeML><TEXT>unclosed");

      assertThatThrownBy(() -> TimexEvaluation.run(dir, EXTRACTOR))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("broken.tml");
    }

    @Test
    void missingFolderIsReported(@TempDir Path dir) {
      assertThatThrownBy(() -> TimexEvaluation.run(dir.resolve("absent"), EXTRACTOR))
          .isInstanceOf(IOException.class);
    }

    @Test
    void emptyFolderScoresZero(@TempDir Path dir) throws IOException {
      TimexScores scores = TimexEvaluation.run(dir, EXTRACTOR);

      assertThat(scores.files()).isEmpty();
      assertThat(scores.valueF1()).isZero();
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(TimexEvaluationTests.class.getResource("/" + name).toURI());
  }
}
