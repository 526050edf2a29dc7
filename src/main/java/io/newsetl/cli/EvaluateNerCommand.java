package io.newsetl.cli;

import io.newsetl.enrich.entities.tagger.BundledNameTaggers;
import io.newsetl.enrich.entities.tagger.ConllReader;
import io.newsetl.enrich.entities.tagger.ConllSentence;
import io.newsetl.enrich.entities.tagger.ConllSplit;
import io.newsetl.enrich.entities.tagger.NerBootstrap;
import io.newsetl.enrich.entities.tagger.NerEvaluation;
import io.newsetl.enrich.entities.tagger.NerScores;
import io.newsetl.enrich.entities.tagger.TaggerModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code news-etl evaluate ner <CoNLL file>}: name tagging against CoNLL gold data. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the name tagger on a CoNLL file as conlleval does.",
      "Exact span and class: precision, recall and F1 per class (PERSON, "
          + "ORGANIZATION, LOCATION, MISC) and overall, with a 95%% interval of the "
          + "overall F1 (bootstrap over sentences); --compare gives the interval of the "
          + "difference from a second model on the same sentences (paired)."
    })
final class EvaluateNerCommand implements Callable<Integer> {

  @Parameters(paramLabel = "<CoNLL file>", description = "Gold file: token ... label per line.")
  Path file;

  @Option(names = "--lang", required = true, description = "Language of the file: en or ar.")
  String language;

  @Option(
      names = "--model",
      description = "Model file written by train-ner (default: the shipped model).")
  Path modelFile;

  @Option(
      names = "--hold-out",
      defaultValue = "0",
      description = "Score only the last N%% of the file's sentences (default: 0, all of them).")
  int heldOutPercent;

  @Option(
      names = "--unseen",
      description =
          "Score only the sentences whose tokens are not those of a sentence the model was"
              + " trained on (as its file records them).")
  boolean unseenOnly;

  @Option(
      names = "--compare",
      paramLabel = "<model file>",
      description =
          "Another model file of the same language, scored on the same sentences; prints "
              + "its scores and the interval of the F1 difference.")
  Path compareFile;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    TaggerModel model = load();
    double loaded = (System.nanoTime() - start) / 1e9;
    List<ConllSentence> all = ConllReader.read(file);
    List<ConllSentence> part = heldOutPercent == 0 ? all : ConllSplit.heldOut(all, heldOutPercent);
    List<ConllSentence> gold =
        unseenOnly
            ? part.stream().filter(t -> !model.trainingSentences().contains(t)).toList()
            : part;
    if (unseenOnly) {
      System.out.printf(
          Locale.ROOT,
          "scoring the %d of %d sentences the model was not trained on%n",
          gold.size(),
          part.size());
    }
    if (gold.isEmpty()) {
      System.err.println("no sentences to score in " + file);
      return ExitCodes.NOTHING_TO_DO;
    }
    long tagging = System.nanoTime();
    NerScores scores = NerEvaluation.score(model, gold);
    double tagged = (System.nanoTime() - tagging) / 1e9;
    System.out.print(scores.summary());
    System.out.println(NerBootstrap.describe(scores));
    warnIfTrainedOn(model, gold);
    System.out.printf(Locale.ROOT, "model loaded in %.1f s, tagged in %.1f s%n", loaded, tagged);
    if (compareFile != null) {
      compare(scores, gold);
    }
    return ExitCodes.OK;
  }

  private void compare(NerScores scores, List<ConllSentence> gold) throws Exception {
    TaggerModel compared = load(compareFile);
    NerScores other = NerEvaluation.score(compared, gold);
    System.out.printf("%ncompared model %s:%n", compareFile);
    System.out.print(other.summary());
    warnIfTrainedOn(compared, gold);
    NerBootstrap.Comparison c =
        NerBootstrap.compare(scores, other, NerBootstrap.RESAMPLES, NerBootstrap.SEED);
    System.out.printf(
        Locale.ROOT,
        "F1 difference (model minus compared): %+.2f, 95%% interval %+.2f to %+.2f;"
            + " the model is higher in %.1f%% of %d paired resamples%n",
        100 * c.difference(),
        100 * c.interval().low(),
        100 * c.interval().high(),
        100 * c.firstHigher(),
        NerBootstrap.RESAMPLES);
  }

  // scores on sentences a model was trained on say little of text it has not seen
  private static void warnIfTrainedOn(TaggerModel model, List<ConllSentence> gold) {
    int seen = model.trainingSentences().countIn(gold);
    if (seen > 0) {
      System.out.printf(
          Locale.ROOT,
          "note: %d of these %d sentences (%.1f%%) have the tokens of a sentence the model was"
              + " trained on; its scores on them do not measure unseen text (--unseen leaves them"
              + " out)%n",
          seen,
          gold.size(),
          100.0 * seen / gold.size());
    }
  }

  private TaggerModel load() throws Exception {
    if (modelFile == null) {
      return BundledNameTaggers.model(language);
    }
    return load(modelFile);
  }

  private TaggerModel load(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return model(TaggerModel.read(in));
    }
  }

  private TaggerModel model(TaggerModel model) {
    if (!model.language().equals(language)) {
      throw new IllegalArgumentException(
          "the model is for " + model.language() + ", not " + language);
    }
    return model;
  }
}
