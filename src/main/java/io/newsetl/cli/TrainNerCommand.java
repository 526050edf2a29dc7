package io.newsetl.cli;

import io.newsetl.enrich.entities.kb.KnowledgeBase;
import io.newsetl.enrich.entities.tagger.NerBootstrap;
import io.newsetl.enrich.entities.tagger.NerScores;
import io.newsetl.enrich.entities.tagger.NerTraining;
import io.newsetl.enrich.entities.tagger.TaggerModel;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code news-etl train-ner}: trains a name-tagging model from CoNLL data. */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a name-tagging model from a CoNLL file.",
      "An averaged structured perceptron over word, shape, affix and "
          + "word-cluster features, with word clusters built from the training "
          + "tokens and any unlabeled text folders. Reproduces the shipped models "
          + "(see MODEL.md)."
    })
final class TrainNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

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
          "Leave the last N%% of the training file's sentences out of training and score them "
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
      names = "--margin",
      defaultValue = "0",
      description =
          "Train with each token's wrong labels scored this much higher (loss-augmented"
              + " perceptron; default: 0, the plain perceptron).")
  float margin;

  @Option(
      names = "--replace-names",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Also train the first pass on N copies of the training sentences that have names, with"
              + " every name replaced by another name of its class from the same fifth of the"
              + " training data (default: 0).")
  int replacementCopies;

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
      names = "--calibrate",
      description =
          "Scale the model's scores so that its confidences match how often its names are right,"
              + " as measured on the last 20%% of the training sentences by a model trained on the"
              + " rest (labels do not change).")
  boolean calibrate;

  @Option(
      names = "--second-pass",
      description =
          "Train a second pass that also sees the first pass's labels of each word and of its"
              + " other mentions nearby.")
  boolean secondPass;

  @Option(
      names = "--members",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Train N models alike, each with its own word clustering, sentence order and name"
              + " replacements, and write their mean as one model (1 to 9; default: 1). Tagging"
              + " costs about one model's time; training N times as much.")
  int members;

  @Option(
      names = "--cross-validate",
      paramLabel = "K",
      defaultValue = "0",
      description =
          "Instead of writing a model, score these settings by K-fold cross-validation inside the"
              + " training part (after --hold-out) and print each fold's and the mean F1.")
  int folds;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description =
          "Folds trained at once with --cross-validate, else members trained at once with"
              + " --members (default: 2).")
  int threads;

  @Option(names = "--output", description = "Model file to write (gzip); required unless K > 0.")
  Path output;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    if (replacementCopies < 0) {
      throw new ParameterException(
          spec.commandLine(), "--replace-names must not be negative: " + replacementCopies);
    }
    if (members < 1 || members > NerTraining.MAX_MEMBERS) {
      throw new ParameterException(
          spec.commandLine(), "--members must be 1 to " + NerTraining.MAX_MEMBERS + ": " + members);
    }
    NerTraining.Options options =
        new NerTraining.Options(
            language,
            train,
            Optional.ofNullable(dev),
            unlabeled,
            heldOutPercent,
            epochs,
            cutoff,
            margin,
            replacementCopies,
            kbNames ? KnownNames.of(KnowledgeBase.bundled(), language) : Map.of(),
            calibrate,
            secondPass,
            members);
    if (folds > 0) {
      return crossValidate(options);
    }
    if (output == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--output'");
    }
    TaggerModel model = NerTraining.train(options, threads, System.out::println);
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

  private int crossValidate(NerTraining.Options options) {
    List<NerScores> scores =
        NerTraining.crossValidate(options, folds, threads, System.out::println);
    NerScores pooled = new NerScores();
    double sum = 0;
    StringBuilder perFold = new StringBuilder();
    for (NerScores fold : scores) {
      pooled.addAll(fold);
      sum += fold.overall().f1();
      perFold.append(perFold.isEmpty() ? "" : ", ");
      perFold.append(String.format(Locale.ROOT, "%.2f", 100 * fold.overall().f1()));
    }
    System.out.print(pooled.summary());
    System.out.println(NerBootstrap.describe(pooled));
    System.out.printf(
        Locale.ROOT,
        "cross-validation: mean F1 %.2f over %d folds (%s)%n",
        100 * sum / scores.size(),
        scores.size(),
        perFold);
    return ExitCodes.OK;
  }
}
