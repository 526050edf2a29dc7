package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Words seen inside names of the training data: for each word, the classes of names it was part of
 * in at least half of its occurrences. Immutable after building and thread-safe.
 */
public final class NameGazetteer {

  private static final double MIN_SHARE = 0.5;

  private final Map<String, Integer> classes;

  NameGazetteer(Map<String, Integer> classes) {
    this.classes = Map.copyOf(classes);
  }

  /** A gazetteer without words. */
  public static NameGazetteer empty() {
    return new NameGazetteer(Map.of());
  }

  /** The gazetteer of {@code sentences}, keyed by {@code key} of each token. */
  static NameGazetteer of(List<ConllSentence> sentences, UnaryOperator<String> key) {
    Map<String, int[]> counts = new HashMap<>();
    for (ConllSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        int[] c =
            counts.computeIfAbsent(
                key.apply(s.tokens().get(i)), k -> new int[NameClass.values().length + 1]);
        c[0]++;
        String label = s.labels().get(i);
        if (!label.equals("O")) {
          c[1 + NameClass.valueOf(label.substring(2)).ordinal()]++;
        }
      }
    }
    Map<String, Integer> classes = new HashMap<>();
    counts.forEach(
        (word, c) -> {
          int mask = 0;
          for (int t = 1; t < c.length; t++) {
            mask |= c[t] >= MIN_SHARE * c[0] ? 1 << (t - 1) : 0;
          }
          if (mask != 0) {
            classes.put(word, mask);
          }
        });
    return new NameGazetteer(classes);
  }

  /** The number of words. */
  public int size() {
    return classes.size();
  }

  /**
   * The classes of names a word was mostly seen in, as a bit mask over {@link NameClass} ordinals.
   */
  int classesOf(String word) {
    return classes.getOrDefault(word, 0);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(classes.size());
    for (Map.Entry<String, Integer> e : new TreeMap<>(classes).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue());
    }
  }

  static NameGazetteer read(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Integer> classes = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      classes.put(in.readUTF(), in.readUnsignedByte());
    }
    return new NameGazetteer(classes);
  }
}
