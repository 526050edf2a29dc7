package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.util.Arrays;
import java.util.List;

/**
 * The features a second tagging pass takes from the first pass's labels of one text, as small dense
 * ids (below {@link #COUNT}, each with a feature string for training, {@link #TEMPLATES}): each
 * word's own first-pass label and, for a word whose key (its Arabic stem) has at least {@link
 * NearbyMentions#MIN_KEY} letters, what the first pass said about its other mentions in nearby
 * sentences (up to {@link NearbyMentions#WINDOW} sentences before and after): the class most of
 * them got ({@code O} for none; ties go to {@code O}, then to the class first in {@link
 * io.newsetl.enrich.entities.NameClass} order), that class again when all of them got it, and each
 * name label they got. A name that the first pass found at one mention but missed at another so
 * learns from its other mentions.
 *
 * <p>One pass over the text with a sliding window of label counts per key; no per-token objects.
 * Stateless and thread-safe.
 */
final class FirstPassLabels {

  private static final int T = NameLabels.COUNT;

  /** Classes: {@code O} (0), then each name class (1 + its ordinal). */
  static final int CLASSES = 1 + NameClass.values().length;

  /** The word's own first-pass label, + the label index. */
  static final int OWN = 0;

  /** The class most of the other mentions got, + the class. */
  static final int MOST = OWN + T;

  /** The class all of the other mentions got, + the class. */
  static final int ALL = MOST + CLASSES;

  /** A name label one of the other mentions got, + the label index − 1. */
  static final int SEEN = ALL + CLASSES;

  /** The number of feature ids. */
  static final int COUNT = SEEN + T - 1;

  /**
   * The feature string of each id, as a template without values: {@code q0=} and the own label,
   * {@code om=} and {@code omall=} and the class, {@code ol=} and the name label seen.
   */
  static final FeatureTemplate[] TEMPLATES = templates();

  private FirstPassLabels() {}

  /** Receives the feature ids of each token, sentence after sentence and token after token. */
  @FunctionalInterface
  interface Sink {
    void add(int sentence, int token, int feature);
  }

  private static FeatureTemplate[] templates() {
    FeatureTemplate[] templates = new FeatureTemplate[COUNT];
    for (int l = 0; l < T; l++) {
      templates[OWN + l] = FeatureTemplate.of("q0=" + NameLabels.ALL.get(l));
      if (l > 0) {
        templates[SEEN + l - 1] = FeatureTemplate.of("ol=" + NameLabels.ALL.get(l));
      }
    }
    for (int c = 0; c < CLASSES; c++) {
      String name = c == 0 ? "O" : NameClass.values()[c - 1].name();
      templates[MOST + c] = FeatureTemplate.of("om=" + name);
      templates[ALL + c] = FeatureTemplate.of("omall=" + name);
    }
    return templates;
  }

  /**
   * {@link #of(List, List, Sink)} collected: per sentence and token, the feature ids in the order
   * they are sent.
   */
  static int[][][] idsOf(List<FeatureValues> keys, List<int[]> labels) {
    int[][][] ids = new int[labels.size()][][];
    for (int s = 0; s < ids.length; s++) {
      ids[s] = new int[labels.get(s).length][0];
    }
    of(
        keys,
        labels,
        (s, i, f) -> {
          int[] old = ids[s][i];
          ids[s][i] = Arrays.copyOf(old, old.length + 1);
          ids[s][i][old.length] = f;
        });
    return ids;
  }

  /** The class of a {@link NameLabels} index: 0 for {@code O}, else 1 + the class's ordinal. */
  static int classOf(int label) {
    return NameLabels.classOf(label);
  }

  /**
   * Sends the features of each token of a text to {@code sink}: {@code keys}, the key of each token
   * per sentence, and {@code labels}, the first pass's labels ({@link NameLabels} indexes) of the
   * same tokens.
   */
  static void of(List<FeatureValues> keys, List<int[]> labels, Sink sink) {
    int[][] ids = TextKeyIds.of(keys, NearbyMentions.MIN_KEY);
    int keyCount = 0;
    for (int[] sentence : ids) {
      for (int id : sentence) {
        keyCount = Math.max(keyCount, id + 1);
      }
    }
    int w = NearbyMentions.WINDOW;
    int n = ids.length;
    // label counts per key over sentences s - WINDOW to s + WINDOW, updated as s moves on
    int[] nearby = new int[keyCount * T];
    for (int s = 0; s < Math.min(n, w); s++) {
      count(nearby, ids[s], labels.get(s), 1);
    }
    int[] classes = new int[CLASSES];
    for (int s = 0; s < n; s++) {
      if (s + w < n) {
        count(nearby, ids[s + w], labels.get(s + w), 1);
      }
      if (s - w - 1 >= 0) {
        count(nearby, ids[s - w - 1], labels.get(s - w - 1), -1);
      }
      int[] own = labels.get(s);
      for (int i = 0; i < own.length; i++) {
        sink.add(s, i, OWN + own[i]);
        if (ids[s][i] >= 0) {
          others(nearby, ids[s][i] * T, own[i], classes, s, i, sink);
        }
      }
    }
  }

  // the features of the other mentions of a key whose counts start at nearby[at]
  private static void others(
      int[] nearby, int at, int own, int[] classes, int s, int i, Sink sink) {
    Arrays.fill(classes, 0);
    int total = 0;
    for (int l = 0; l < T; l++) {
      int c = nearby[at + l] - (l == own ? 1 : 0);
      classes[classOf(l)] += c;
      total += c;
    }
    if (total == 0) {
      return;
    }
    int most = 0;
    for (int c = 1; c < CLASSES; c++) {
      if (classes[c] > classes[most]) {
        most = c;
      }
    }
    sink.add(s, i, MOST + most);
    if (classes[most] == total) {
      sink.add(s, i, ALL + most);
    }
    for (int l = 1; l < T; l++) {
      if (nearby[at + l] - (l == own ? 1 : 0) > 0) {
        sink.add(s, i, SEEN + l - 1);
      }
    }
  }

  // adds (delta 1) or removes (delta -1) the labels of one sentence's keyed words
  private static void count(int[] nearby, int[] ids, int[] labels, int delta) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] >= 0) {
        nearby[ids[i] * T + labels[i]] += delta;
      }
    }
  }
}
