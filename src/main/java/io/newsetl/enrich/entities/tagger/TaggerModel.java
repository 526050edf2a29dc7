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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained name-tagging model: a linear sequence model (averaged structured perceptron) over the
 * features of {@link FeatureExtractor}, with IOB2 label-bigram scores and the word clusters and
 * gazetteer it was trained with. Immutable after loading and thread-safe.
 */
public final class TaggerModel {

  private static final String MAGIC = "news-etl-ner/2";
  // perceptron scores are not probabilities: divided by this (the lowest log loss of the names
  // found on CoNLL-2003 testa), their marginals are about as high as the names' precision
  private static final double CONFIDENCE_TEMPERATURE = 16;

  private final String language;
  private final FeatureExtractor extractor;
  private final WordClusters clusters;
  private final NameGazetteer gazetteer;
  private final AliasGazetteer aliases;
  private final Map<String, Integer> features;
  private final FeatureTable table;
  private final float[] weights;
  private final float[] transitions;
  private final LabelLattice lattice;

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
    this.table = tableOf(features, weights);
    this.weights = weights;
    this.transitions = transitions;
    this.lattice = new LabelLattice(transitions, CONFIDENCE_TEMPERATURE);
  }

  /** The ISO 639-1 code of the model's language. */
  public String language() {
    return language;
  }

  /** The number of features with weights. */
  public int featureCount() {
    return features.size();
  }

  /** The IOB2 labels of a sentence's tokens (see {@link ConllSentence}). */
  public List<String> labels(List<String> tokens) {
    return tokens.isEmpty() ? List.of() : BioLabels.names(lattice.best(scores(tokens)));
  }

  /**
   * The IOB2 labels of consecutive sentences of one text, per sentence; for Arabic, each word's
   * features include its mentions in nearby sentences.
   */
  public List<List<String>> labelsOfText(List<List<String>> sentences) {
    List<List<String>> labels = new ArrayList<>(sentences.size());
    for (float[][] scores : scoresOfText(sentences)) {
      labels.add(scores.length == 0 ? List.of() : BioLabels.names(lattice.best(scores)));
    }
    return labels;
  }

  float[] transitions() {
    return transitions;
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
    int[] labels = lattice.best(scores);
    double[][] marginals = lattice.marginals(scores);
    double[] confidence = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      confidence[i] = marginals[i][labels[i]];
    }
    return new Tagged(labels, confidence);
  }

  /** Labels with per-token probabilities. */
  record Tagged(int[] labels, double[] confidence) {}

  /** Token × label scores: the sums of the weights of each token's features. */
  float[][] scores(List<String> tokens) {
    float[][] scores = new float[tokens.size()][BioLabels.COUNT];
    extractor.extract(tokens, new FeatureScorer(table, scores));
    return scores;
  }

  /**
   * {@link #scores} of each of the consecutive sentences of one text (see {@link #labelsOfText}).
   */
  float[][][] scoresOfText(List<List<String>> sentences) {
    float[][][] scores = new float[sentences.size()][][];
    extractor.extractText(
        sentences,
        s -> {
          scores[s] = new float[sentences.get(s).size()][BioLabels.COUNT];
          return new FeatureScorer(table, scores[s]);
        });
    return scores;
  }

  /** {@link #scores} by way of the feature strings (as training sees them); slower. */
  float[][] scoresOfFeatureStrings(List<String> tokens) {
    return weigh(extractor.extract(tokens));
  }

  /** {@link #scoresOfText} by way of the feature strings (as training sees them); slower. */
  float[][][] scoresOfTextFeatureStrings(List<List<String>> sentences) {
    return extractor.extractText(sentences).stream().map(this::weigh).toArray(float[][][]::new);
  }

  private float[][] weigh(List<List<String>> observed) {
    int t = BioLabels.COUNT;
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
    int t = BioLabels.COUNT;
    FeatureTable table = new FeatureTable(features.size(), t);
    features.forEach((feature, id) -> table.put(FeatureHash.of(feature), weights, id * t));
    return table;
  }

  /**
   * Writes the model, gzip-compressed; features whose weights are all below {@code minWeight} are
   * left out.
   */
  public void write(OutputStream target, float minWeight) throws IOException {
    DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)));
    out.writeUTF(MAGIC);
    out.writeUTF(language);
    clusters.write(out);
    gazetteer.write(out);
    aliases.write(out);
    for (float v : transitions) {
      out.writeFloat(v);
    }
    ModelWeights.write(out, features, weights, minWeight);
    out.flush();
    out.close();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the stream is not such a model or cannot be read
   */
  public static TaggerModel read(InputStream source) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(source)))) {
      if (!MAGIC.equals(in.readUTF())) {
        throw new IOException("not a news-etl name-tagging model");
      }
      String language = in.readUTF();
      WordClusters clusters = WordClusters.read(in);
      NameGazetteer gazetteer = NameGazetteer.read(in);
      AliasGazetteer aliases = AliasGazetteer.read(in);
      float[] transitions = new float[(BioLabels.COUNT + 1) * BioLabels.COUNT];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = in.readFloat();
      }
      Map<String, Integer> features = new HashMap<>();
      float[] weights = ModelWeights.read(in, features);
      return new TaggerModel(
          language, clusters, gazetteer, aliases, features, weights, transitions);
    }
  }
}
