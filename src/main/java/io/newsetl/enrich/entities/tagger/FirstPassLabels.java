package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The features a second tagging pass takes from the first pass's labels of one text: each word's
 * own first-pass label and, for a word whose key (its Arabic stem) has at least three letters, what
 * the first pass said about its other mentions in nearby sentences (up to {@link
 * NearbyMentions#WINDOW} sentences before and after): the class most of them got ({@code O} for
 * none; ties go to the class first in alphabetical order), that class again when all of them got
 * it, and each name label they got. A name that the first pass found at one mention but missed at
 * another so learns from its other mentions. Stateless and thread-safe.
 */
final class FirstPassLabels {

  static final FeatureTemplate OWN = FeatureTemplate.of("q0=");
  static final FeatureTemplate MOST = FeatureTemplate.of("om=");
  static final FeatureTemplate ALL = FeatureTemplate.of("omall=");
  static final FeatureTemplate SEEN = FeatureTemplate.of("ol=");

  private FirstPassLabels() {}

  /** A feature: a template and its value. */
  record Feature(FeatureTemplate template, String value) {
    void emitTo(FeatureSink sink) {
      sink.emit(template, value, 0, value.length());
    }
  }

  /**
   * Per sentence and token of one text, the features from the first-pass labels ({@link BioLabels}
   * indexes, one array per sentence) of the words with the given keys.
   */
  static List<List<List<Feature>>> of(List<FeatureValues> keys, List<int[]> labels) {
    Map<String, List<int[]>> mentions = new HashMap<>();
    for (int s = 0; s < keys.size(); s++) {
      for (int i = 0; i < labels.get(s).length; i++) {
        String key = keys.get(s).text(i);
        if (key.length() >= NearbyMentions.MIN_KEY) {
          mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {s, i});
        }
      }
    }
    List<List<List<Feature>>> all = new ArrayList<>(keys.size());
    for (int s = 0; s < keys.size(); s++) {
      int[] own = labels.get(s);
      List<List<Feature>> sentence = new ArrayList<>(own.length);
      for (int i = 0; i < own.length; i++) {
        List<Feature> features = new ArrayList<>(4);
        features.add(new Feature(OWN, BioLabels.ALL.get(own[i])));
        List<int[]> same = mentions.get(keys.get(s).text(i));
        if (same != null) {
          others(features, same, labels, s, i);
        }
        sentence.add(features);
      }
      all.add(sentence);
    }
    return all;
  }

  private static void others(
      List<Feature> features, List<int[]> same, List<int[]> labels, int s, int i) {
    Map<String, Integer> classes = new TreeMap<>();
    TreeSet<String> names = new TreeSet<>();
    int count = 0;
    for (int[] m : same) {
      if (Math.abs(m[0] - s) > NearbyMentions.WINDOW || (m[0] == s && m[1] == i)) {
        continue;
      }
      String label = BioLabels.ALL.get(labels.get(m[0])[m[1]]);
      count++;
      classes.merge(classOf(label), 1, Integer::sum);
      if (!label.equals("O")) {
        names.add(label);
      }
    }
    if (count == 0) {
      return;
    }
    String most = null;
    int mostCount = 0;
    for (Map.Entry<String, Integer> e : classes.entrySet()) {
      if (e.getValue() > mostCount) {
        most = e.getKey();
        mostCount = e.getValue();
      }
    }
    features.add(new Feature(MOST, most));
    if (mostCount == count) {
      features.add(new Feature(ALL, most));
    }
    for (String name : names) {
      features.add(new Feature(SEEN, name));
    }
  }

  private static String classOf(String label) {
    return label.equals("O") ? "O" : label.substring(2);
  }
}
