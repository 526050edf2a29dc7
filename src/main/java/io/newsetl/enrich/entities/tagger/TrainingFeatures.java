package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns training sentences into feature-id arrays, keeping features seen at least {@code cutoff}
 * times. Gazetteer features of each fifth of the sentences come from the other four fifths. A first
 * pass may also train on copies of each fifth's sentences with their names replaced by other names
 * of the fifth ({@link MentionReplacement}), with that fifth's gazetteer. For a second tagging
 * pass, the tokens also get the features of first-pass labels ({@link FirstPassLabels}).
 */
final class TrainingFeatures {

  private static final int FOLDS = 5;

  private TrainingFeatures() {}

  /**
   * Fills {@code index}, {@code features} and {@code labels}: those of the sentences of {@code
   * train} in order, then those of the copies. Returns the gazetteer of all of {@code train}.
   * {@code firstPass}: the first-pass labels of each sentence of {@code train} for a second pass,
   * else null. {@code copies}: how many copies of each fifth with its names replaced a first pass
   * trains on too (not used in a second pass, whose copies would have no first-pass labels), drawn
   * for ensemble member {@code member} (0 for a model of one).
   */
  static NameGazetteer index(
      String language,
      WordClusters clusters,
      AliasGazetteer aliases,
      List<ConllSentence> train,
      List<int[]> firstPass,
      int copies,
      int member,
      int cutoff,
      Map<String, Integer> index,
      List<int[][]> features,
      List<int[]> labels) {
    FeatureExtractor keys = new FeatureExtractor(language, clusters, NameGazetteer.empty());
    Map<String, Integer> counts = new HashMap<>();
    List<List<List<String>>> extracted = new ArrayList<>(train.size());
    List<ConllSentence> copied = new ArrayList<>();
    List<List<List<String>>> extractedCopies = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      int from = train.size() * fold / FOLDS;
      int to = train.size() * (fold + 1) / FOLDS;
      List<ConllSentence> others = ConllSplit.allBut(train, fold, FOLDS);
      FeatureExtractor extractor =
          new FeatureExtractor(
              language, clusters, NameGazetteer.of(others, keys::gazetteerKey), aliases);
      List<ConllSentence> part = ConllSplit.fold(train, fold, FOLDS);
      List<int[]> labelsOfFold = firstPass == null ? null : firstPass.subList(from, to);
      extracted.addAll(count(extractor.extractTextAfter(tokensOf(part), labelsOfFold), counts));
      if (firstPass == null && copies > 0) {
        List<ConllSentence> copiesOfFold =
            MentionReplacement.copies(part, copies, fold + FOLDS * member);
        copied.addAll(copiesOfFold);
        extractedCopies.addAll(count(extractor.extractText(tokensOf(copiesOfFold)), counts));
      }
    }
    add(train, extracted, counts, cutoff, index, features, labels);
    add(copied, extractedCopies, counts, cutoff, index, features, labels);
    return NameGazetteer.of(train, keys::gazetteerKey);
  }

  private static List<List<String>> tokensOf(List<ConllSentence> sentences) {
    return sentences.stream().map(ConllSentence::tokens).toList();
  }

  // counts the features of each token of each sentence; returns the sentences
  private static List<List<List<String>>> count(
      List<List<List<String>>> sentences, Map<String, Integer> counts) {
    for (List<List<String>> tokens : sentences) {
      for (List<String> token : tokens) {
        for (String f : token) {
          counts.merge(f, 1, Integer::sum);
        }
      }
    }
    return sentences;
  }

  // the feature ids (features seen at least cutoff times) and labels of each sentence
  private static void add(
      List<ConllSentence> sentences,
      List<List<List<String>>> extracted,
      Map<String, Integer> counts,
      int cutoff,
      Map<String, Integer> index,
      List<int[][]> features,
      List<int[]> labels) {
    for (int s = 0; s < sentences.size(); s++) {
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
      labels.add(NameLabels.encode(sentences.get(s).labels()));
    }
  }
}
