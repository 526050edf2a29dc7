package io.newsetl.enrich.entities.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Features of a word from its other mentions in nearby sentences of the same text (up to {@link
 * #WINDOW} sentences before and after): how often the word's key recurs there, the name cues (see
 * {@link ArabicNameCues}) just before those mentions, and the gazetteer classes of their
 * neighbours. A name that is introduced once with a title ("the actor Adam Sandler") and then
 * repeated alone gets the title's evidence at every mention. Words with keys of fewer than three
 * letters get none. Stateless and thread-safe.
 */
final class NearbyMentions {

  /** Sentences on each side whose mentions count. */
  static final int WINDOW = 10;

  private static final int MIN_KEY = 3;
  private static final int MAX_COUNT = 3;

  private final UnaryOperator<String> key;
  private final ToIntFunction<String> classes;

  /**
   * @param key the key that identifies mentions of the same word (the Arabic stem)
   * @param classes the gazetteer classes of a key, as a bit mask
   */
  NearbyMentions(UnaryOperator<String> key, ToIntFunction<String> classes) {
    this.key = key;
    this.classes = classes;
  }

  /** Per sentence and token, the features from the token's other mentions; in order. */
  List<List<List<String>>> features(List<List<String>> sentences) {
    List<String[]> keys = new ArrayList<>(sentences.size());
    List<List<List<String>>> cues = new ArrayList<>(sentences.size());
    for (List<String> tokens : sentences) {
      String[] k = tokens.stream().map(key).toArray(String[]::new);
      keys.add(k);
      cues.add(mentionCues(tokens, k));
    }
    List<List<List<String>>> all = new ArrayList<>(sentences.size());
    // the mentions of sentences s - WINDOW to s + WINDOW, updated as s moves on
    Map<String, Map<String, Integer>> nearby = new HashMap<>();
    for (int t = 0; t < Math.min(sentences.size(), WINDOW); t++) {
      collect(nearby, keys.get(t), cues.get(t), 1);
    }
    for (int s = 0; s < sentences.size(); s++) {
      if (s + WINDOW < sentences.size()) {
        collect(nearby, keys.get(s + WINDOW), cues.get(s + WINDOW), 1);
      }
      if (s - WINDOW - 1 >= 0) {
        collect(nearby, keys.get(s - WINDOW - 1), cues.get(s - WINDOW - 1), -1);
      }
      List<List<String>> sentence = new ArrayList<>(keys.get(s).length);
      for (int i = 0; i < keys.get(s).length; i++) {
        sentence.add(others(nearby, keys.get(s)[i], cues.get(s).get(i)));
      }
      all.add(sentence);
    }
    return all;
  }

  // what one mention says about its word: the cues before it and its neighbours' classes
  private List<List<String>> mentionCues(List<String> tokens, String[] keys) {
    String[] kinds = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      kinds[i] = ArabicNameCues.of(tokens.get(i)).orElse(null);
    }
    List<List<String>> out = new ArrayList<>(keys.length);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].length() < MIN_KEY) {
        out.add(List.of());
        continue;
      }
      List<String> f = new ArrayList<>(4);
      f.add("n");
      if (i > 0) {
        cue(f, "c-1=", kinds[i - 1]);
        classes(f, "g-1=", keys[i - 1]);
      }
      if (i > 1) {
        cue(f, "c-2=", kinds[i - 2]);
      }
      if (i + 1 < keys.length) {
        classes(f, "g1=", keys[i + 1]);
      }
      out.add(f);
    }
    return out;
  }

  private static void cue(List<String> f, String name, String kind) {
    if (kind != null) {
      f.add(name + kind);
    }
  }

  private void classes(List<String> f, String name, String key) {
    int mask = classes.applyAsInt(key);
    if (mask != 0) {
      f.add(name + mask);
    }
  }

  // adds (delta 1) or removes (delta -1) the mentions of one sentence
  private static void collect(
      Map<String, Map<String, Integer>> nearby, String[] keys, List<List<String>> cues, int delta) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].length() >= MIN_KEY) {
        Map<String, Integer> counts = nearby.computeIfAbsent(keys[i], k -> new HashMap<>());
        for (String cue : cues.get(i)) {
          counts.merge(cue, delta, Integer::sum);
        }
      }
    }
  }

  // the cues of the word's other mentions: all nearby mentions minus this one
  private static List<String> others(
      Map<String, Map<String, Integer>> nearby, String key, List<String> own) {
    Map<String, Integer> counts = nearby.get(key);
    if (counts == null) {
      return List.of();
    }
    // this mention's own cues are distinct, each counted once in counts
    int mentions = counts.get("n") - 1;
    if (mentions == 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add("nm=" + Math.min(mentions, MAX_COUNT));
    for (String cue : new TreeSet<>(counts.keySet())) {
      if (!cue.equals("n") && counts.get(cue) - (own.contains(cue) ? 1 : 0) > 0) {
        out.add("nm" + cue);
      }
    }
    return out;
  }
}
