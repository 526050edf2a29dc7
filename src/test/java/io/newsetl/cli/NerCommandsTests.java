package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTests {

  static final List<String> PEOPLE =
      List.of("Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans");
  static final List<String> PLACES = List.of("Paris", "Berlin", "Madrid", "Rome", "Vienna", "Oslo");

  static Path corpus(Path folder, String name, int sentences) throws IOException {
    StringBuilder text = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
    for (int i = 0; i < sentences; i++) {
      text.append("Mr. NNP O O\n")
          .append(PEOPLE.get(i % 6))
          .append(" NNP O B-PER\n")
          .append("visited VBD O O\n")
          .append(PLACES.get(i * 5 % 6))
          .append(" NNP O B-LOC\n. . O O\n\n");
    }
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * {@code train-ner} on {@code train} with a tenth held out, 3 epochs, cutoff 1, and {@code more}.
   */
  static ArchiveFixture.Result trainSmall(Path train, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "train-ner",
                "--lang",
                "en",
                "--train",
                train.toString(),
                "--hold-out",
                "10",
                "--epochs",
                "3",
                "--cutoff",
                "1"));
    args.addAll(List.of(more));
    return ArchiveFixture.execute(args.toArray(String[]::new));
  }

  /** {@code evaluate ner} of {@code model} on the last tenth of {@code gold}, with {@code more}. */
  private static ArchiveFixture.Result evaluateHeldOut(Path model, Path gold, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("evaluate", "ner", "--lang", "en", "--model", model.toString()));
    args.addAll(List.of(more));
    args.addAll(List.of("--hold-out", "10", gold.toString()));
    return ArchiveFixture.execute(args.toArray(String[]::new));
  }

  @Test
  void trainNerWritesAModelThatEvaluateNerScores(@TempDir Path folder) throws IOException {
    Path train = corpus(folder, "train.txt", 60);
    Path model = folder.resolve("models/en.bin.gz");
    ArchiveFixture.Result trained = trainSmall(train, "--output", model.toString());
    assertThat(trained.status()).as(trained.out()).isZero();
    assertThat(trained.out())
        .contains("training on 54 sentences, scoring on 6")
        .contains("epoch 3:");
    assertThat(model).isNotEmptyFile();

    ArchiveFixture.Result scored = evaluateHeldOut(model, train);
    assertThat(scored.status()).as(scored.out()).isZero();
    assertThat(scored.out())
        .contains("6 sentences, 30 tokens, 12 gold names")
        .containsPattern("overall +100\\.00 +100\\.00 +100\\.00 +12")
        .contains(
            "overall F1 95% interval: 100.00 to 100.00 (bootstrap over the 6 sentences,"
                + " 1000 resamples)")
        // the corpus repeats six sentences, so the held-out ones were also trained on
        .contains(
            "note: 6 of these 6 sentences (100.0%) have the tokens of a sentence the model was"
                + " trained on; its scores on them do not measure unseen text (--unseen leaves"
                + " them out)");

    ArchiveFixture.Result unseen = evaluateHeldOut(model, train, "--unseen");
    assertThat(unseen.out())
        .contains("scoring the 0 of 6 sentences the model was not trained on")
        .contains("no sentences to score in " + train);
    assertThat(unseen.status()).isEqualTo(4);

    ArchiveFixture.Result compared = evaluateHeldOut(model, train, "--compare", model.toString());
    assertThat(compared.status()).as(compared.out()).isZero();
    assertThat(compared.out())
        .contains("compared model " + model)
        .contains(
            "F1 difference (model minus compared): +0.00, 95% interval +0.00 to +0.00;"
                + " the model is higher in 0.0% of 1000 paired resamples");
  }

  @Test
  void evaluateNerScoresOnlyUnseenSentencesOnRequest(@TempDir Path folder) throws IOException {
    Path train = corpus(folder, "train.txt", 60);
    Path model = folder.resolve("en.bin.gz");
    assertThat(trainSmall(train, "--output", model.toString()).status()).isZero();
    Path gold = folder.resolve("gold.txt");
    Files.writeString(
        gold,
        Files.readString(train)
            + "Mrs. NNP O O\nGarcia NNP O B-PER\nvisited VBD O O\nLima NNP O B-LOC\n. . O O\n\n",
        StandardCharsets.UTF_8);

    ArchiveFixture.Result all =
        ArchiveFixture.execute(
            "evaluate", "ner", "--lang", "en", "--model", model.toString(), gold.toString());
    assertThat(all.status()).as(all.out()).isZero();
    assertThat(all.out())
        .contains("61 sentences, 305 tokens, 122 gold names")
        .contains("note: 60 of these 61 sentences (98.4%) have the tokens of a sentence");

    ArchiveFixture.Result unseen =
        ArchiveFixture.execute(
            "evaluate",
            "ner",
            "--lang",
            "en",
            "--model",
            model.toString(),
            "--unseen",
            gold.toString());
    assertThat(unseen.status()).as(unseen.out()).isZero();
    assertThat(unseen.out())
        .contains("scoring the 1 of 61 sentences the model was not trained on")
        .contains("1 sentences, 5 tokens, 2 gold names")
        .doesNotContain("note:");
  }

  @Test
  void trainNerCrossValidatesInsideTheTrainingPartWithoutWritingAModel(@TempDir Path folder)
      throws IOException {
    Path train = corpus(folder, "train.txt", 60);
    ArchiveFixture.Result result = trainSmall(train, "--cross-validate", "3");
    assertThat(result.status()).as(result.out()).isZero();
    assertThat(result.out())
        .contains("cross-validating on 54 sentences in 3 folds")
        .contains("fold 1: F1 100.00")
        .contains("fold 3: F1 100.00")
        .contains("54 sentences, 270 tokens, 108 gold names")
        .contains(
            "overall F1 95% interval: 100.00 to 100.00 (bootstrap over the 54 sentences,"
                + " 1000 resamples)")
        .contains("cross-validation: mean F1 100.00 over 3 folds (100.00, 100.00, 100.00)");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(train);
    }
  }

  @Test
  void trainNerReplacesNamesInCopiesOfTheTrainingSentencesOnRequest(@TempDir Path folder)
      throws IOException {
    Path train = corpus(folder, "train.txt", 60);
    ArchiveFixture.Result result =
        trainSmall(train, "--replace-names", "2", "--second-pass", "--cross-validate", "3");
    assertThat(result.status()).as(result.out()).isZero();
    assertThat(result.out()).contains("cross-validation: mean F1 100.00 over 3 folds");
    ArchiveFixture.Result negative =
        trainSmall(train, "--replace-names", "-1", "--cross-validate", "3");
    assertThat(negative.status()).isNotZero();
    assertThat(negative.out()).contains("--replace-names must not be negative: -1");
  }

  @Test
  void trainNerAveragesAnEnsembleIntoOneModelOnRequest(@TempDir Path folder) throws IOException {
    Path train = corpus(folder, "train.txt", 60);
    Path model = folder.resolve("en.bin.gz");
    ArchiveFixture.Result trained =
        trainSmall(train, "--members", "2", "--second-pass", "--output", model.toString());
    assertThat(trained.status()).as(trained.out()).isZero();
    assertThat(trained.out())
        .contains("member 1 of 2: ")
        .contains("member 2 of 2: second pass")
        .contains("mean of 2 members: dev F1 100.00");
    ArchiveFixture.Result scored = evaluateHeldOut(model, train);
    assertThat(scored.status()).as(scored.out()).isZero();
    assertThat(scored.out()).containsPattern("overall +100\\.00 +100\\.00 +100\\.00 +12");

    ArchiveFixture.Result none = trainSmall(train, "--members", "0", "--output", model.toString());
    assertThat(none.status()).isNotZero();
    assertThat(none.out()).contains("--members must be 1 to 9: 0");
  }

  @Test
  void trainNerWithoutCrossValidationNeedsAnOutput(@TempDir Path folder) throws IOException {
    ArchiveFixture.Result result =
        ArchiveFixture.execute(
            "train-ner", "--lang", "en", "--train", corpus(folder, "t.txt", 10).toString());
    assertThat(result.status()).isNotZero();
    assertThat(result.out()).contains("Missing required option: '--output'");
  }

  @Test
  void evaluateNerUsesTheShippedModelByDefault(@TempDir Path folder) throws IOException {
    ArchiveFixture.Result scored =
        ArchiveFixture.execute(
            "evaluate", "ner", "--lang", "en", corpus(folder, "gold.txt", 6).toString());
    assertThat(scored.status()).as(scored.out()).isZero();
    assertThat(scored.out())
        .contains("12 gold names")
        .contains("PERSON")
        .contains("overall")
        .doesNotContain("trained on");
  }

  @Test
  void aModelOfAnotherLanguageIsRefused(@TempDir Path folder) throws IOException {
    Path train = corpus(folder, "train.txt", 20);
    Path model = folder.resolve("en.bin.gz");
    assertThat(
            ArchiveFixture.execute(
                    "train-ner",
                    "--lang",
                    "en",
                    "--train",
                    train.toString(),
                    "--epochs",
                    "1",
                    "--output",
                    model.toString())
                .status())
        .isZero();
    ArchiveFixture.Result scored =
        ArchiveFixture.execute(
            "evaluate", "ner", "--lang", "ar", "--model", model.toString(), train.toString());
    assertThat(scored.status()).isNotZero();
    assertThat(scored.out()).contains("the model is for en, not ar");
  }

  @Test
  void aMissingTrainingFileFails(@TempDir Path folder) {
    ArchiveFixture.Result trained =
        ArchiveFixture.execute(
            "train-ner",
            "--lang",
            "en",
            "--train",
            folder.resolve("absent.txt").toString(),
            "--output",
            folder.resolve("m.bin.gz").toString());
    assertThat(trained.status()).isNotZero();
    assertThat(folder.resolve("m.bin.gz")).doesNotExist();
  }
}
