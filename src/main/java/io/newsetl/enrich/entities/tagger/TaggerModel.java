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
  private final float[] weights;
  private final float[] transitions;

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
    this.weights = weights;
    this.transitions = transitions;
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
    return tokens.isEmpty()
        ? List.of()
        : BioLabels.names(LabelLattice.best(scores(tokens), transitions));
  }

  /**
   * The IOB2 labels of consecutive sentences of one text, per sentence; for Arabic, each word's
   * features include its mentions in nearby sentences.
   */
  public List<List<String>> labelsOfText(List<List<String>> sentences) {
    List<List<String>> labels = new ArrayList<>(sentences.size());
    List<List<List<String>>> observed = extractor.extractText(sentences);
    for (List<List<String>> sentence : observed) {
      labels.add(
          sentence.isEmpty()
              ? List.of()
              : BioLabels.names(LabelLattice.best(weigh(sentence), transitions)));
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
    for (List<List<String>> sentence : extractor.extractText(sentences)) {
      tagged.add(tagged(weigh(sentence)));
    }
    return tagged;
  }

  private Tagged tagged(float[][] scores) {
    int[] labels = LabelLattice.best(scores, transitions);
    double[][] marginals = LabelLattice.marginals(scores, transitions, CONFIDENCE_TEMPERATURE);
    double[] confidence = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      confidence[i] = marginals[i][labels[i]];
    }
    return new Tagged(labels, confidence);
  }

  /** Labels with per-token probabilities. */
  record Tagged(int[] labels, double[] confidence) {}

  float[][] scores(List<String> tokens) {
    return weigh(extractor.extract(tokens));
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
