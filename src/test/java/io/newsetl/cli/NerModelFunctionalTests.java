package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file that {@code train-ner} wrote replaces the shipped model of its language in an ingest
 * run ({@code news-etl.enrich.ner-model.<language>}), checked on the dataset with DuckDB.
 */
class NerModelFunctionalTests {

  @TempDir static Path work;
  private static Path input;
  private static Path model;

  /**
   * A small English model that has only seen "analyst Maria Lopez" as an organization (3 epochs,
   * cutoff 1), where the shipped model finds a person.
   */
  @BeforeAll
  static void trainAModelThatDisagreesWithTheShippedOne() throws IOException {
    input = ArchiveFixture.write(work.resolve("input"));
    StringBuilder text = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
    for (int i = 0; i < 30; i++) {
      text.append(
          "said VBD O O\nanalyst NN O O\nMaria NNP O B-ORG\nLopez NNP O I-ORG\n. . O O\n\n");
    }
    Path train = work.resolve("train.txt");
    Files.writeString(train, text, StandardCharsets.UTF_8);
    model = work.resolve("ner-en.bin.gz");
    ArchiveFixture.Result trained =
        NerCommandsTests.trainSmall(train, "--output", model.toString());
    assertThat(trained.status()).as(trained.out()).isZero();
  }

  private static ArchiveFixture.Result ingest(Path output, String... settings) {
    return ArchiveFixture.execute(
        ArchiveFixture.ingestArgs(
            input, output, "--news-etl.home=" + work.resolve("home"), settings));
  }

  private static List<String> typesOfMariaLopez(Path output) throws SQLException {
    return ArchiveFixture.query(
        output,
        "SELECT DISTINCT e.type FROM (SELECT unnest(entities) AS e FROM "
            + ArchiveFixture.articleTable(output)
            + ") WHERE e.text = 'Maria Lopez'");
  }

  @Test
  void theModelFileOfALanguageReplacesItsShippedModel() throws SQLException {
    Path shipped = work.resolve("shipped");
    Path replaced = work.resolve("replaced");

    ArchiveFixture.Result byDefault = ingest(shipped);
    ArchiveFixture.Result withFile = ingest(replaced, "--news-etl.enrich.ner-model.en=" + model);

    assertThat(byDefault.status()).as(byDefault.out()).isZero();
    assertThat(withFile.status()).as(withFile.out()).isZero();
    assertThat(typesOfMariaLopez(shipped)).containsExactly("PERSON");
    assertThat(typesOfMariaLopez(replaced)).containsExactly("ORGANIZATION");
  }

  @Test
  void aModelFileOfAnotherLanguageStopsTheRun() {
    ArchiveFixture.Result run =
        ingest(work.resolve("mismatched"), "--news-etl.enrich.ner-model.ar=" + model);

    assertThat(run.status()).isNotZero();
    assertThat(run.out()).contains("the name-tagging model " + model + " is for en, not ar");
  }
}
