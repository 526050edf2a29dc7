package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the other mentions of a word in nearby sentences of the same text (up to {@link #WINDOW}
 * sentences before and after) say about it: how often the word's key (its Arabic stem) recurs
 * there, the name cues (see {@link ArabicNameCues}) just before those mentions, and the gazetteer
 * classes of their neighbours. A name that is introduced once with a title ("the actor Adam
 * Sandler") and then repeated alone gets the title's evidence at every mention. Words with keys of
 * fewer than three letters get none. Stateless and thread-safe.
 */
final class NearbyMentions {

  /** Sentences on each side whose mentions count. */
  static final int WINDOW = 10;

  /** The most other mentions {@link Others#count} tells apart. */
  static final int MAX_COUNT = 3;

  /** Letters a word's key needs for its mentions to count. */
  static final int MIN_KEY = 3;

  private NearbyMentions() {}

  /** Where a cue was seen next to a mention, in the order of the names of their features. */
  enum Place {
    /** The name cue of the word before. */
    CUE_BEFORE,
    /** The name cue of the word two before. */
    CUE_TWO_BEFORE,
    /** The gazetteer classes (a bit mask) of the word before. */
    CLASSES_BEFORE,
    /** The gazetteer classes (a bit mask) of the word after. */
    CLASSES_AFTER
  }

  /** A cue seen next to a mention; ordered by place, then value. */
  record Cue(Place place, String value) implements Comparable<Cue> {
    @Override
    public int compareTo(Cue other) {
      int byPlace = place.compareTo(other.place);
      return byPlace != 0 ? byPlace : value.compareTo(other.value);
    }
  }

  /**
   * A word's other mentions nearby: their number (at most {@link #MAX_COUNT}) and the distinct cues
   * seen at them and not only at this mention, in order.
   */
  record Others(int count, List<Cue> cues) {}

  /**
   * Per sentence and token of one text, the token's other mentions nearby; null for a token without
   * any.
   */
  static List<Others[]> of(List<SentenceValues> sentences) {
    List<List<List<Cue>>> cues = new ArrayList<>(sentences.size());
    for (SentenceValues v : sentences) {
      cues.add(mentionCues(v));
    }
    List<Others[]> all = new ArrayList<>(sentences.size());
    // the mentions of sentences s - WINDOW to s + WINDOW, updated as s moves on
    Map<String, Mentions> nearby = new HashMap<>();
    for (int t = 0; t < Math.min(sentences.size(), WINDOW); t++) {
      collect(nearby, sentences.get(t), cues.get(t), 1);
    }
    for (int s = 0; s < sentences.size(); s++) {
      if (s + WINDOW < sentences.size()) {
        collect(nearby, sentences.get(s + WINDOW), cues.get(s + WINDOW), 1);
      }
      if (s - WINDOW - 1 >= 0) {
        collect(nearby, sentences.get(s - WINDOW - 1), cues.get(s - WINDOW - 1), -1);
      }
      SentenceValues v = sentences.get(s);
      Others[] others = new Others[v.size()];
      for (int i = 0; i < others.length; i++) {
        Mentions m = nearby.get(v.stems.text(i));
        others[i] = m == null ? null : m.others(cues.get(s).get(i));
      }
      all.add(others);
    }
    return all;
  }

  // what one mention says about its word: the cues before it and its neighbours' classes; null
  // for a word whose mentions do not count
  private static List<List<Cue>> mentionCues(SentenceValues v) {
    List<List<Cue>> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      if (v.stems.text(i).length() < MIN_KEY) {
        out.add(null);
        continue;
      }
      List<Cue> f = new ArrayList<>(4);
      cue(f, Place.CUE_BEFORE, v.cues, i - 1);
      cue(f, Place.CUE_TWO_BEFORE, v.cues, i - 2);
      classes(f, Place.CLASSES_BEFORE, v, i - 1);
      classes(f, Place.CLASSES_AFTER, v, i + 1);
      out.add(f);
    }
    return out;
  }

  private static void cue(List<Cue> f, Place place, FeatureValues kinds, int j) {
    if (kinds.has(j)) {
      f.add(new Cue(place, kinds.text(j)));
    }
  }

  private static void classes(List<Cue> f, Place place, SentenceValues v, int j) {
    if (j >= 0 && j < v.size() && v.nameMasks[j] != 0) {
      f.add(new Cue(place, v.names.text(j)));
    }
  }

  // adds (delta 1) or removes (delta -1) the mentions of one sentence
  private static void collect(
      Map<String, Mentions> nearby, SentenceValues v, List<List<Cue>> cues, int delta) {
    for (int i = 0; i < v.size(); i++) {
      if (cues.get(i) != null) {
        nearby.computeIfAbsent(v.stems.text(i), k -> new Mentions()).add(cues.get(i), delta);
      }
    }
  }

  /** The mentions of one key in the window and how often each cue was seen at them. */
  private static final class Mentions {

    private int count;
    private final Map<Cue, Integer> cues = new TreeMap<>();

    void add(List<Cue> mention, int delta) {
      count += delta;
      for (Cue cue : mention) {
        cues.merge(cue, delta, Integer::sum);
      }
    }

    // all mentions minus this one, whose cues are distinct and so each counted once
    Others others(List<Cue> own) {
      int mentions = count - 1;
      if (mentions == 0) {
        return null;
      }
      List<Cue> seen = new ArrayList<>();
      cues.forEach(
          (cue, n) -> {
            if (n - (own.contains(cue) ? 1 : 0) > 0) {
              seen.add(cue);
            }
          });
      return new Others(Math.min(mentions, MAX_COUNT), seen);
    }
  }
}
