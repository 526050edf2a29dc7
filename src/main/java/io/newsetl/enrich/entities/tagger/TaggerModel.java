package io.newsetl.enrich.entities.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained name-tagging model: a linear sequence model (averaged structured perceptron) over the
 * features of {@link FeatureExtractor}, with BILOU label-bigram scores and the word clusters and
 * gazetteer it was trained with. Immutable after loading and thread-safe.
 */
public final class TaggerModel {

  // version 10: BILOU labels, the gazetteer followed by the names of the training data, the known
  // names keyed with their article (versions 1 and 2 had IOB2 labels, version 6 no training names,
  // version 8 known names keyed without their article: retrain)
  private static final String MAGIC = "news-etl-ner/10";
  // version 11: as version 10, followed by the label-bigram scores and weights of a second pass
  // over the features of FirstPassLabels (version 3 had their earlier tie rule, version 4 keyed
  // known names by their clitic-stripped stems, version 5 had IOB2 labels, version 7 no training
  // names, version 9 known names keyed without their article: retrain)
  private static final String MAGIC_TWO_PASS = "news-etl-ner/11";
  // versions 12 and 13: as versions 10 and 11 with several word clusterings (the mean of an
  // ensemble, see mean): their number, then each
  private static final String MAGIC_MEAN = "news-etl-ner/12";
  private static final String MAGIC_MEAN_TWO_PASS = "news-etl-ner/13";
  // either version ends with the hashes of the training sentences (TrainingSentences), which files
  // written before models recorded them lack
  private static final Set<String> MAGIC_OLD =
      Set.of(
          "news-etl-ner/1",
          "news-etl-ner/2",
          "news-etl-ner/3",
          "news-etl-ner/4",
          "news-etl-ner/5",
          "news-etl-ner/6",
          "news-etl-ner/7",
          "news-etl-ner/8",
          "news-etl-ner/9");
  // perceptron scores are not probabilities: divided by this (the lowest log loss of the names
  // found on CoNLL-2003 testa), their marginals are about as high as the names' precision
  private static final double CONFIDENCE_TEMPERATURE = 16;

  private final String language;
  private final FeatureExtractor extractor;
  private final WordClusters clusters;
  private final NameGazetteer gazetteer;
  private final AliasGazetteer aliases;
  // null in a model kept for tagging only (see forTagging)
  private final Map<String, Integer> features;
  private final int featureCount;
  // built on first use: a two-pass model scores with its shared table instead
  private volatile FeatureTable table;
  // null in a model kept for tagging only
  private final float[] weights;
  private final float[] transitions;
  private final LabelLattice lattice;
  private final TaggerModel secondPass;
  // the second pass as tagging runs it, both passes scored by one lookup per feature
  private final SecondPass twoPass;
  private final TrainingSentences trainingSentences;

  TaggerModel(
      String language,
      WordClusters clusters,
      NameGazetteer gazetteer,
      AliasGazetteer aliases,
      Map<String, Integer> features,
      float[] weights,
      float[] transitions) {
    this.language = language;
    this.clusters = clusters;
    this.gazetteer = gazetteer;
    this.aliases = aliases;
    this.extractor = new FeatureExtractor(language, clusters, gazetteer, aliases);
    this.features = features;
    this.featureCount = features.size();
    this.weights = weights;
    this.transitions = transitions;
    this.lattice = new LabelLattice(transitions, CONFIDENCE_TEMPERATURE);
    this.secondPass = null;
    this.twoPass = null;
    this.trainingSentences = TrainingSentences.none();
  }

  // first's own pass followed by second (null: none), both scored by twoPass, recording that it was
  // trained on trainingSentences
  private TaggerModel(
      TaggerModel first,
      TaggerModel second,
      SecondPass twoPass,
      TrainingSentences trainingSentences) {
    this.language = first.language;
    this.clusters = first.clusters;
    this.gazetteer = first.gazetteer;
    this.aliases = first.aliases;
    this.extractor = first.extractor;
    this.features = first.features;
    this.featureCount = first.featureCount;
    this.table = second == null ? first.table : null;
    this.weights = first.weights;
    this.transitions = first.transitions;
    this.lattice = first.lattice;
    this.secondPass = second;
    this.twoPass = twoPass;
    this.trainingSentences = trainingSentences;
  }

  // the model of full as tagging needs it (see forTagging); oneOfTwo: the second pass of a two-pass
  // model, which its first pass's shared table scores
  private TaggerModel(TaggerModel full, boolean oneOfTwo) {
    this.language = full.language;
    this.clusters = full.clusters;
    this.gazetteer = full.gazetteer;
    this.aliases = full.aliases;
    this.extractor = full.extractor;
    this.features = null;
    this.featureCount = full.featureCount;
    this.table = full.secondPass == null && !oneOfTwo ? full.table() : null;
    this.weights = null;
    this.transitions = full.transitions;
    this.lattice = full.lattice;
    this.secondPass = full.secondPass == null ? null : new TaggerModel(full.secondPass, true);
    this.twoPass = full.twoPass;
    this.trainingSentences = TrainingSentences.none();
  }

  /**
   * This model as tagging needs it: its hashed feature tables, without the feature strings and
   * float weights that writing, scaling and scoring by feature strings need. The same labels and
   * confidences in a fraction of the heap (the shipped Arabic model: about 27 MB instead of 73).
   */
  TaggerModel forTagging() {
    return features == null ? this : new TaggerModel(this, false);
  }

  /**
   * This model followed by a second pass, {@code second}: a model trained with the features of this
   * model's labels ({@link FirstPassLabels}), whose labels are the result.
   */
  TaggerModel withSecondPass(TaggerModel second) {
    return new TaggerModel(
        this,
        second,
        new SecondPass(features, weights, second.features, second.weights, second.lattice),
        trainingSentences);
  }

  /** This model, recording that it was trained on {@code sentences} (written with it). */
  TaggerModel trainedOn(List<ConllSentence> sentences) {
    return recording(TrainingSentences.of(sentences));
  }

  private TaggerModel recording(TrainingSentences sentences) {
    return new TaggerModel(this, secondPass, twoPass, sentences);
  }

  /**
   * The sentences the model was trained on, as its file records them; none in a model kept for
   * tagging only, or read from a file written before models recorded them.
   */
  public TrainingSentences trainingSentences() {
    return trainingSentences;
  }

  /** The ISO 639-1 code of the model's language. */
  public String language() {
    return language;
  }

  /** The number of features with weights. */
  public int featureCount() {
    return featureCount + (secondPass == null ? 0 : secondPass.featureCount());
  }

  /** The IOB2 labels of a sentence's tokens (see {@link ConllSentence}). */
  public List<String> labels(List<String> tokens) {
    return tokens.isEmpty() ? List.of() : NameLabels.names(last().best(scores(tokens)));
  }

  /**
   * The IOB2 labels of consecutive sentences of one text, per sentence; for Arabic, each word's
   * features include its mentions in nearby sentences.
   */
  public List<List<String>> labelsOfText(List<List<String>> sentences) {
    return labelIndexesOfText(sentences).stream().map(NameLabels::names).toList();
  }

  /** {@link #labelsOfText} as {@link NameLabels} indexes. */
  List<int[]> labelIndexesOfText(List<List<String>> sentences) {
    return best(scoresOfText(sentences), last());
  }

  // the label-bigram scores of the pass whose labels are the result
  private LabelLattice last() {
    return secondPass == null ? lattice : twoPass.lattice();
  }

  /** The labels and, per token, the model's probability of its label. */
  Tagged tag(List<String> tokens) {
    return tagged(scores(tokens));
  }

  /** {@link #tag} for each of the consecutive sentences of one text (see {@link #labelsOfText}). */
  List<Tagged> tagText(List<List<String>> sentences) {
    List<Tagged> tagged = new ArrayList<>(sentences.size());
    for (float[][] scores : scoresOfText(sentences)) {
      tagged.add(tagged(scores));
    }
    return tagged;
  }

  private Tagged tagged(float[][] scores) {
    int[] labels = last().best(scores);
    double[][] marginals = last().marginals(scores);
    double[] confidence = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      confidence[i] = marginals[i][labels[i]];
    }
    return new Tagged(labels, confidence);
  }

  /** Labels with per-token probabilities. */
  record Tagged(int[] labels, double[] confidence) {

    /** The mean probability of the labels of a span's tokens. */
    double confidenceOf(LabelSpan span) {
      double sum = 0;
      for (int i = span.start(); i < span.end(); i++) {
        sum += confidence[i];
      }
      return Math.min(1, sum / (span.end() - span.start()));
    }
  }

  /**
   * This model with every weight and label-bigram score multiplied by {@code factor} (greater than
   * 0): the same labels, with probabilities that are sharper (factor above 1) or flatter.
   */
  TaggerModel scaled(float factor) {
    requireFeatureStrings("scaled");
    if (!(factor > 0)) {
      throw new IllegalArgumentException("scale must be positive: " + factor);
    }
    TaggerModel first =
        new TaggerModel(
            language,
            clusters,
            gazetteer,
            aliases,
            features,
            times(weights, factor),
            times(transitions, factor));
    return secondPass == null ? first : first.withSecondPass(secondPass.scaled(factor));
  }

  /**
   * The mean of several models trained alike but each with its own word clustering (in its own
   * slot, {@link WordClusters#inSlot}), sentence order and name replacements: one model whose
   * scores are the mean of theirs. A linear model's scores are sums of feature weights, so the mean
   * of the members' scores is the score of one model with the union of their features and the mean
   * of their weights, and tagging costs about one member's time instead of theirs together. Of
   * two-pass models, the first passes and the second passes are averaged apart: the second pass
   * reads the labels of the averaged first pass, not each member its own.
   *
   * @throws IllegalArgumentException when the members are not of one language and pass count, or
   *     two of them fill one clustering slot
   */
  static TaggerModel mean(List<TaggerModel> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("no models to average");
    }
    TaggerModel first = members.get(0);
    if (members.size() == 1) {
      return first;
    }
    for (TaggerModel m : members) {
      m.requireFeatureStrings("averaged");
      if (!m.language.equals(first.language)
          || (m.secondPass == null) != (first.secondPass == null)) {
        throw new IllegalArgumentException(
            "models of other languages or passes cannot be averaged");
      }
    }
    WordClusters clusters = WordClusters.union(members.stream().map(m -> m.clusters).toList());
    TaggerModel mean = meanOfOnePass(members, clusters);
    if (first.secondPass == null) {
      return mean;
    }
    return mean.withSecondPass(
        meanOfOnePass(members.stream().map(m -> m.secondPass).toList(), clusters));
  }

  private static TaggerModel meanOfOnePass(List<TaggerModel> passes, WordClusters clusters) {
    int t = NameLabels.COUNT;
    float share = 1f / passes.size();
    Map<String, Integer> index = new HashMap<>();
    for (TaggerModel m : passes) {
      for (String f : new TreeMap<>(m.features).keySet()) {
        index.putIfAbsent(f, index.size());
      }
    }
    float[] weights = new float[index.size() * t];
    TaggerModel first = passes.get(0);
    float[] transitions = new float[first.transitions.length];
    for (TaggerModel m : passes) {
      m.features.forEach(
          (f, id) -> {
            int to = index.get(f) * t;
            for (int l = 0; l < t; l++) {
              weights[to + l] += m.weights[id * t + l] * share;
            }
          });
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] += m.transitions[i] * share;
      }
    }
    return new TaggerModel(
        first.language, clusters, first.gazetteer, first.aliases, index, weights, transitions);
  }

  private static float[] times(float[] values, float factor) {
    float[] scaled = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = values[i] * factor;
    }
    return scaled;
  }

  /**
   * Token × label scores: the sums of the weights of each token's features (of the second pass's
   * features, if there is one, see {@link SecondPass}).
   */
  float[][] scores(List<String> tokens) {
    if (secondPass != null) {
      return twoPass.scores(extractor, tokens, lattice);
    }
    float[][] scores = new float[tokens.size()][NameLabels.COUNT];
    extractor.extract(tokens, new FeatureScorer(table(), scores));
    return scores;
  }

  /**
   * {@link #scores} of each of the consecutive sentences of one text (see {@link #labelsOfText}).
   */
  float[][][] scoresOfText(List<List<String>> sentences) {
    if (secondPass != null) {
      return twoPass.scoresOfText(extractor, sentences, lattice);
    }
    float[][][] scores = new float[sentences.size()][][];
    extractor.extractText(
        sentences,
        s -> {
          scores[s] = new float[sentences.get(s).size()][NameLabels.COUNT];
          return new FeatureScorer(table(), scores[s]);
        });
    return scores;
  }

  private FeatureTable table() {
    FeatureTable built = table;
    if (built == null) {
      synchronized (this) {
        built = table;
        if (built == null) {
          built = tableOf(features, weights);
          table = built;
        }
      }
    }
    return built;
  }

  // the best labels of each sentence under the label-bigram scores of one pass
  private static List<int[]> best(float[][][] scores, LabelLattice pass) {
    List<int[]> labels = new ArrayList<>(scores.length);
    for (float[][] s : scores) {
      labels.add(s.length == 0 ? new int[0] : pass.best(s));
    }
    return labels;
  }

  /** {@link #scores} by way of the feature strings (as training sees them); slower. */
  float[][] scoresOfFeatureStrings(List<String> tokens) {
    float[][] scores = weigh(extractor.extract(tokens));
    if (secondPass == null || tokens.isEmpty()) {
      return scores;
    }
    FeatureStrings strings = new FeatureStrings();
    secondPass.extractor.extract(tokens, lattice.best(scores), strings);
    return secondPass.weigh(strings.tokens());
  }

  /** {@link #scoresOfText} by way of the feature strings (as training sees them); slower. */
  float[][][] scoresOfTextFeatureStrings(List<List<String>> sentences) {
    float[][][] scores =
        extractor.extractText(sentences).stream().map(this::weigh).toArray(float[][][]::new);
    return secondPass == null
        ? scores
        : secondPass.extractor.extractTextAfter(sentences, best(scores, lattice)).stream()
            .map(secondPass::weigh)
            .toArray(float[][][]::new);
  }

  private float[][] weigh(List<List<String>> observed) {
    requireFeatureStrings("scored by feature strings");
    int t = NameLabels.COUNT;
    float[][] scores = new float[observed.size()][t];
    for (int i = 0; i < scores.length; i++) {
      for (String f : observed.get(i)) {
        Integer id = features.get(f);
        if (id != null) {
          for (int l = 0; l < t; l++) {
            scores[i][l] += weights[id * t + l];
          }
        }
      }
    }
    return scores;
  }

  /**
   * The weights of the features (feature id × label) by the hashes of the feature strings.
   *
   * @throws IllegalArgumentException when two features have the same hash
   */
  static FeatureTable tableOf(Map<String, Integer> features, float[] weights) {
    int t = NameLabels.COUNT;
    FeatureTable table = new FeatureTable(features.size(), t);
    features.forEach((feature, id) -> table.put(FeatureHash.of(feature), weights, id * t));
    return table;
  }

  /**
   * Writes the model, gzip-compressed; features whose weights are all below {@code minWeight} are
   * left out.
   */
  public void write(OutputStream target, float minWeight) throws IOException {
    requireFeatureStrings("written");
    DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)));
    boolean several = clusters.slots() > 1;
    out.writeUTF(
        secondPass == null
            ? several ? MAGIC_MEAN : MAGIC
            : several ? MAGIC_MEAN_TWO_PASS : MAGIC_TWO_PASS);
    out.writeUTF(language);
    if (several) {
      clusters.writeAll(out);
    } else {
      clusters.write(out);
    }
    gazetteer.write(out);
    aliases.write(out);
    writeWeights(out, minWeight);
    if (secondPass != null) {
      secondPass.writeWeights(out, minWeight);
    }
    trainingSentences.write(out);
    out.flush();
    out.close();
  }

  private void requireFeatureStrings(String what) {
    if (features == null) {
      throw new IllegalStateException(
          "a name-tagging model kept for tagging only cannot be " + what + ": read it again");
    }
  }

  private void writeWeights(DataOutputStream out, float minWeight) throws IOException {
    for (float v : transitions) {
      out.writeFloat(v);
    }
    ModelWeights.write(out, features, weights, minWeight);
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the stream is not such a model or cannot be read
   */
  public static TaggerModel read(InputStream source) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(source)))) {
      String magic = in.readUTF();
      if (MAGIC_OLD.contains(magic)) {
        throw new IOException("a name-tagging model of an older version: retrain it");
      }
      boolean several = MAGIC_MEAN.equals(magic) || MAGIC_MEAN_TWO_PASS.equals(magic);
      boolean twoPasses = MAGIC_TWO_PASS.equals(magic) || MAGIC_MEAN_TWO_PASS.equals(magic);
      if (!several && !twoPasses && !MAGIC.equals(magic)) {
        throw new IOException("not a news-etl name-tagging model");
      }
      String language = in.readUTF();
      WordClusters clusters = several ? WordClusters.readAll(in) : WordClusters.read(in);
      NameGazetteer gazetteer = NameGazetteer.read(in);
      AliasGazetteer aliases = AliasGazetteer.read(in);
      TaggerModel model = readWeights(in, language, clusters, gazetteer, aliases);
      if (twoPasses) {
        model = model.withSecondPass(readWeights(in, language, clusters, gazetteer, aliases));
      }
      return model.recording(TrainingSentences.readIfPresent(in));
    }
  }

  private static TaggerModel readWeights(
      DataInputStream in,
      String language,
      WordClusters clusters,
      NameGazetteer gazetteer,
      AliasGazetteer aliases)
      throws IOException {
    float[] transitions = new float[(NameLabels.COUNT + 1) * NameLabels.COUNT];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = in.readFloat();
    }
    Map<String, Integer> features = new HashMap<>();
    float[] weights = ModelWeights.read(in, features);
    return new TaggerModel(language, clusters, gazetteer, aliases, features, weights, transitions);
  }
}
