package io.newsetl.cli;

import io.newsetl.enrich.entities.kb.KnowledgeBase;
import io.newsetl.enrich.entities.tagger.NerTraining;
import io.newsetl.enrich.entities.tagger.TaggerModel;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code news-etl train-ner}: trains a name-tagging model from CoNLL data. */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a name-tagging model (averaged structured perceptron over word, shape, affix and",
      "word-cluster features) from a CoNLL file, building the word clusters from the training",
      "tokens and any unlabeled text folders. Reproduces the shipped models (see MODEL.md)."
    })
final class TrainNerCommand implements Callable<Integer> {

  @Option(names = "--lang", required = true, description = "Language of the data: en or ar.")
  String language;

  @Option(names = "--train", required = true, description = "CoNLL training file.")
  Path train;

  @Option(names = "--dev", description = "CoNLL development file, scored after each epoch.")
  Path dev;

  @Option(
      names = "--hold-out",
      defaultValue = "0",
      description =
          "Leave the last N% of the training file's sentences out of training and score them "
              + "after each epoch instead (default: 0).")
  int heldOutPercent;

  @Option(
      names = "--unlabeled",
      description = "Folder of unlabeled text for word clusters (repeatable).")
  List<Path> unlabeled = List.of();

  @Option(names = "--epochs", defaultValue = "8", description = "Training passes (default: 8).")
  int epochs;

  @Option(
      names = "--cutoff",
      defaultValue = "2",
      description = "Minimum feature count (default: 2).")
  int cutoff;

  @Option(
      names = "--min-weight",
      defaultValue = "0.05",
      description = "Weights below this are not written (default: 0.05).")
  float minWeight;

  @Option(
      names = "--kb-names",
      description = "Mark the bundled knowledge base's names in this language as features.")
  boolean kbNames;

  @Option(
      names = "--second-pass",
      description =
          "Train a second pass that also sees the first pass's labels of each word and of its"
              + " other mentions nearby.")
  boolean secondPass;

  @Option(names = "--output", required = true, description = "Model file to write (gzip).")
  Path output;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    NerTraining.Options options =
        new NerTraining.Options(
            language,
            train,
            Optional.ofNullable(dev),
            unlabeled,
            heldOutPercent,
            epochs,
            cutoff,
            kbNames ? KnownNames.of(KnowledgeBase.bundled(), language) : Map.of(),
            secondPass);
    TaggerModel model = NerTraining.train(options, System.out::println);
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(output)) {
      model.write(out, minWeight);
    }
    System.out.printf(
        "wrote %s (%d bytes) in %.1f s%n",
        output, Files.size(output), (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }
}
