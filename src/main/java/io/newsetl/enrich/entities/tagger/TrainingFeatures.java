package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns training sentences into feature-id arrays, keeping features seen at least {@code cutoff}
 * times. Gazetteer features of each fifth of the sentences come from the other four fifths.
 */
final class TrainingFeatures {

  private static final int FOLDS = 5;

  private TrainingFeatures() {}

  /**
   * Fills {@code index}, {@code features} and {@code labels}; returns the gazetteer of all of
   * {@code train}.
   */
  static NameGazetteer index(
      String language,
      WordClusters clusters,
      AliasGazetteer aliases,
      List<ConllSentence> train,
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
      List<ConllSentence> others = new ArrayList<>(train.subList(0, from));
      others.addAll(train.subList(to, train.size()));
      FeatureExtractor extractor =
          new FeatureExtractor(
              language, clusters, NameGazetteer.of(others, keys::gazetteerKey), aliases);
      List<List<String>> sentences =
          train.subList(from, to).stream().map(ConllSentence::tokens).toList();
      for (List<List<String>> tokens : extractor.extractText(sentences)) {
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
      labels.add(train.get(s).labels().stream().mapToInt(BioLabels::index).toArray());
    }
    return NameGazetteer.of(train, keys::gazetteerKey);
  }
}
