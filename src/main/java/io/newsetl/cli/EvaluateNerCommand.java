package io.newsetl.cli;

import io.newsetl.enrich.entities.tagger.BundledNameTaggers;
import io.newsetl.enrich.entities.tagger.ConllReader;
import io.newsetl.enrich.entities.tagger.ConllSentence;
import io.newsetl.enrich.entities.tagger.ConllSplit;
import io.newsetl.enrich.entities.tagger.NerEvaluation;
import io.newsetl.enrich.entities.tagger.NerScores;
import io.newsetl.enrich.entities.tagger.TaggerModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
          + "ORGANIZATION, LOCATION, MISC) and overall."
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

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    TaggerModel model = load();
    double loaded = (System.nanoTime() - start) / 1e9;
    List<ConllSentence> all = ConllReader.read(file);
    List<ConllSentence> gold = heldOutPercent == 0 ? all : ConllSplit.heldOut(all, heldOutPercent);
    long tagging = System.nanoTime();
    NerScores scores = NerEvaluation.score(model, gold);
    double tagged = (System.nanoTime() - tagging) / 1e9;
    System.out.print(scores.summary());
    System.out.printf("model loaded in %.1f s, tagged in %.1f s%n", loaded, tagged);
    return ExitCodes.OK;
  }

  private TaggerModel load() throws Exception {
    if (modelFile == null) {
      return BundledNameTaggers.model(language);
    }
    try (InputStream in = Files.newInputStream(modelFile)) {
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
