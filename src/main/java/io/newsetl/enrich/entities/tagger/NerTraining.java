package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reproduces a shipped model: word clusters from the training tokens plus unlabeled text, then
 * perceptron training, reporting development scores after each epoch when a development set is
 * given. Not thread-safe.
 */
public final class NerTraining {

  /** The most members one model may average (one word-clustering slot each). */
  public static final int MAX_MEMBERS = WordClusters.MAX_SLOTS;

  private static final int MAX_TOKENS = 150;
  private static final int CALIBRATION_PERCENT = 20;

  /**
   * What to train on.
   *
   * @param language ISO 639-1 code (features differ for {@code ar})
   * @param train CoNLL training file
   * @param dev CoNLL development file scored after each epoch, if any
   * @param unlabeled folders of unlabeled text for word clusters
   * @param heldOutPercent last percentage of the training file's sentences to leave out of training
   *     and score after each epoch instead (0: none)
   * @param epochs training passes
   * @param cutoff minimum count of a feature in training
   * @param margin how much higher training decodes each token's wrong labels (0: the plain
   *     perceptron; see {@link TaggerTrainer})
   * @param replacementCopies how many copies of the training sentences that have names, with every
   *     name replaced by another of its class ({@link MentionReplacement}), the first pass trains
   *     on as well (0: none)
   * @param knownNames names of the language with their classes (from a knowledge base), marked as
   *     features where they occur; empty for none
   * @param calibrate whether to scale the model's scores so that its confidences fit how often its
   *     names are right ({@link ConfidenceCalibration}, fitted on the last fifth of the training
   *     part with a model trained on the rest)
   * @param secondPass whether to train a second pass over the first pass's labels ({@link
   *     FirstPassLabels}), with cross-fitted first-pass labels of the training sentences
   * @param members how many models to train alike, each with its own word clustering, sentence
   *     order and name replacements, and average into one ({@link TaggerModel#mean}); 1: one model
   */
  public record Options(
      String language,
      Path train,
      Optional<Path> dev,
      List<Path> unlabeled,
      int heldOutPercent,
      int epochs,
      int cutoff,
      float margin,
      int replacementCopies,
      Map<String, NameClass> knownNames,
      boolean calibrate,
      boolean secondPass,
      int members) {

    public Options {
      if (members < 1 || members > MAX_MEMBERS) {
        throw new IllegalArgumentException("members must be 1 to " + MAX_MEMBERS + ": " + members);
      }
    }

    /** These options without calibration. */
    Options uncalibrated() {
      return new Options(
          language,
          train,
          dev,
          unlabeled,
          heldOutPercent,
          epochs,
          cutoff,
          margin,
          replacementCopies,
          knownNames,
          false,
          secondPass,
          members);
    }
  }

  private NerTraining() {}

  /**
   * Trains a model, which records the sentences it was trained on ({@link
   * TaggerModel#trainingSentences}), the members of an ensemble on up to {@code threads} threads;
   * {@code log} receives progress lines.
   */
  public static TaggerModel train(Options options, int threads, Consumer<String> log) {
    List<ConllSentence> all = ConllReader.read(options.train());
    List<ConllSentence> train = ConllSplit.training(all, options.heldOutPercent());
    List<ConllSentence> dev =
        options
            .dev()
            .map(ConllReader::read)
            .orElse(ConllSplit.heldOut(all, options.heldOutPercent()));
    log.accept(
        String.format(
            Locale.ROOT, "training on %d sentences, scoring on %d", train.size(), dev.size()));
    long start = System.nanoTime();
    TaggerTrainer.EpochListener report =
        (epoch, model) -> {
          String score =
              dev.isEmpty()
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      ", dev F1 %.2f",
                      100 * NerEvaluation.score(model, dev).overall().f1());
          log.accept(
              String.format(
                  Locale.ROOT,
                  "epoch %d: %d features, %.1f s%s",
                  epoch,
                  model.featureCount(),
                  seconds(start),
                  score));
        };
    TaggerModel model = trainOn(options, train, threads, report, log);
    if (options.members() > 1 && !dev.isEmpty()) {
      log.accept(
          String.format(
              Locale.ROOT,
              "mean of %d members: dev F1 %.2f",
              options.members(),
              100 * NerEvaluation.score(model, dev).overall().f1()));
    }
    return model.trainedOn(train);
  }

  /**
   * Scores the training options by {@code folds}-fold cross-validation inside the training part
   * (the held-out part is not touched): each consecutive fold is tagged by a model trained, with
   * its own word clusters, on the other folds. Folds run on up to {@code threads} threads. Returns
   * the scores of each fold, in order.
   */
  public static List<NerScores> crossValidate(
      Options options, int folds, int threads, Consumer<String> log) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
    }
    List<ConllSentence> train =
        ConllSplit.training(ConllReader.read(options.train()), options.heldOutPercent());
    log.accept(
        String.format(
            Locale.ROOT, "cross-validating on %d sentences in %d folds", train.size(), folds));
    List<Callable<NerScores>> tasks = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      int f = fold;
      tasks.add(
          () -> {
            List<ConllSentence> rest = ConllSplit.allBut(train, f, folds);
            TaggerModel model =
                trainOn(options, rest, 1, TaggerTrainer.EpochListener.none(), line -> {});
            NerScores score = NerEvaluation.score(model, ConllSplit.fold(train, f, folds));
            log.accept(
                String.format(Locale.ROOT, "fold %d: F1 %.2f", f + 1, 100 * score.overall().f1()));
            return score;
          });
    }
    return inParallel(tasks, threads, "cross-validation");
  }

  // the results of the tasks, in order, run on up to threads threads
  private static <T> List<T> inParallel(List<Callable<T>> tasks, int threads, String what) {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())));
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static TaggerModel trainOn(
      Options options,
      List<ConllSentence> train,
      int threads,
      TaggerTrainer.EpochListener report,
      Consumer<String> log) {
    float scale = options.calibrate() ? calibration(options, train, threads, log) : 1;
    long start = System.nanoTime();
    // the training tokens and unlabeled text are read once; each member clusters them its own way
    WordClusterBuilder contexts = clusterContexts(options, train);
    FeatureExtractor keys =
        new FeatureExtractor(options.language(), WordClusters.empty(), NameGazetteer.empty());
    AliasGazetteer aliases = AliasGazetteer.of(options.knownNames(), keys::knownNameKey);
    int count = options.members();
    List<Callable<TaggerModel>> members = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      int member = m;
      String name = String.format(Locale.ROOT, "member %d of %d: ", m + 1, count);
      Consumer<String> memberLog = count == 1 ? log : line -> log.accept(name + line);
      WordClusters built = contexts.build(m);
      WordClusters clusters = m == 0 ? built : built.inSlot(m);
      memberLog.accept(
          String.format(
              Locale.ROOT, "%d words clustered in %.1f s", clusters.size(), seconds(start)));
      memberLog.accept(String.format(Locale.ROOT, "%d known names", aliases.size()));
      // a member of several is not reported by epoch: the mean is the model
      TaggerTrainer.EpochListener memberReport =
          count == 1 ? report : TaggerTrainer.EpochListener.none();
      members.add(() -> member(options, train, clusters, aliases, member, memberReport, memberLog));
    }
    TaggerModel model = TaggerModel.mean(inParallel(members, threads, "training"));
    return scale == 1 ? model : model.scaled(scale);
  }

  // ensemble member m (0 for a model of one), with its clustering in slot m
  private static TaggerModel member(
      Options options,
      List<ConllSentence> train,
      WordClusters clusters,
      AliasGazetteer aliases,
      int m,
      TaggerTrainer.EpochListener report,
      Consumer<String> log) {
    SecondPassTraining.Trainers trainers =
        () ->
            new TaggerTrainer(
                options.language(),
                clusters,
                aliases,
                options.cutoff(),
                options.margin(),
                options.replacementCopies(),
                m);
    TaggerModel first = trainers.create().train(train, options.epochs(), report);
    if (!options.secondPass()) {
      return first;
    }
    log.accept("second pass");
    return SecondPassTraining.train(first, train, options.epochs(), trainers, report);
  }

  // the confidence scale fitted on the last fifth of train by a model trained on the rest
  private static float calibration(
      Options options, List<ConllSentence> train, int threads, Consumer<String> log) {
    TaggerModel model =
        trainOn(
            options.uncalibrated(),
            ConllSplit.training(train, CALIBRATION_PERCENT),
            threads,
            TaggerTrainer.EpochListener.none(),
            line -> {});
    ConfidenceCalibration.Fit fit =
        ConfidenceCalibration.fit(model, ConllSplit.heldOut(train, CALIBRATION_PERCENT));
    log.accept(
        String.format(
            Locale.ROOT,
            "confidence scale %.3f: log loss %.3f -> %.3f on %d names of the last %d%% of the"
                + " training sentences",
            fit.factor(),
            fit.logLossBefore(),
            fit.logLossAfter(),
            fit.names(),
            CALIBRATION_PERCENT));
    return fit.factor();
  }

  // the cluster keys of the training tokens and of the sentences of the unlabeled text
  private static WordClusterBuilder clusterContexts(Options options, List<ConllSentence> train) {
    FeatureExtractor keys =
        new FeatureExtractor(options.language(), WordClusters.empty(), NameGazetteer.empty());
    WordClusterBuilder builder = new WordClusterBuilder();
    for (ConllSentence s : train) {
      builder.add(s.tokens().stream().map(keys::clusterKey).toList());
    }
    TextTokenizer tokenizer = new TextTokenizer(MAX_TOKENS);
    for (Path folder : options.unlabeled()) {
      UnlabeledText.forEachText(
          folder,
          text -> {
            for (List<TextTokenizer.Token> sentence : tokenizer.sentences(text)) {
              builder.add(sentence.stream().map(t -> keys.clusterKey(t.text())).toList());
            }
          });
    }
    return builder;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
