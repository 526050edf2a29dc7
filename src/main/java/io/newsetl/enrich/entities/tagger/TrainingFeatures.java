package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns training sentences into feature-id arrays, keeping features seen at least {@code cutoff}
 * times. Gazetteer features of each fifth of the sentences come from the other four fifths. For a
 * second tagging pass, the tokens also get the features of first-pass labels ({@link
 * FirstPassLabels}).
 */
final class TrainingFeatures {

  private static final int FOLDS = 5;

  private TrainingFeatures() {}

  /**
   * Fills {@code index}, {@code features} and {@code labels}; returns the gazetteer of all of
   * {@code train}. {@code firstPass}: the first-pass labels of each sentence of {@code train} for a
   * second pass, else null.
   */
  static NameGazetteer index(
      String language,
      WordClusters clusters,
      AliasGazetteer aliases,
      List<ConllSentence> train,
      List<int[]> firstPass,
      int cutoff,
      Map<String, Integer> index,
      List<int[][]> features,
      List<int[]> labels) {
    FeatureExtractor keys = new FeatureExtractor(language, clusters, NameGazetteer.empty());
    Map<String, Integer> counts = new HashMap<>();
    List<List<List<String>>> extracted = new ArrayList<>(train.size());
    for (int fold = 0; fold < FOLDS; fold++) {
      int from = train.size() * fold / FOLDS;
      int to = train.size() * (fold + 1) / FOLDS;
      List<ConllSentence> others = ConllSplit.allBut(train, fold, FOLDS);
      FeatureExtractor extractor =
          new FeatureExtractor(
              language, clusters, NameGazetteer.of(others, keys::gazetteerKey), aliases);
      List<List<String>> sentences =
          train.subList(from, to).stream().map(ConllSentence::tokens).toList();
      List<int[]> labelsOfFold = firstPass == null ? null : firstPass.subList(from, to);
      for (List<List<String>> tokens : extractor.extractTextAfter(sentences, labelsOfFold)) {
        for (List<String> token : tokens) {
          for (String f : token) {
            counts.merge(f, 1, Integer::sum);
          }
        }
        extracted.add(tokens);
      }
    }
    for (int s = 0; s < train.size(); s++) {
      List<List<String>> tokens = extracted.get(s);
      int[][] ids = new int[tokens.size()][];
      for (int i = 0; i < ids.length; i++) {
        ids[i] =
            tokens.get(i).stream()
                .filter(f -> counts.get(f) >= cutoff)
                .mapToInt(f -> index.computeIfAbsent(f, k -> index.size()))
                .toArray();
      }
      extracted.set(s, null);
      features.add(ids);
      labels.add(NameLabels.encode(train.get(s).labels()));
    }
    return NameGazetteer.of(train, keys::gazetteerKey);
  }
}
