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
 * What the training data says about names: for each word, the classes of names it was part of in at
 * least half of its occurrences; and the names themselves, each with the class it was most often
 * labelled, matched as whole word sequences ({@link AliasGazetteer}), so that "الأمم المتحدة" is
 * marked as a name seen in training although its words alone are mostly not names. Immutable after
 * building and thread-safe.
 */
public final class NameGazetteer {

  private static final double MIN_SHARE = 0.5;

  private final Map<String, Integer> classes;
  private final AliasGazetteer names;

  NameGazetteer(Map<String, Integer> classes, AliasGazetteer names) {
    this.classes = Map.copyOf(classes);
    this.names = names;
  }

  /** A gazetteer without words. */
  public static NameGazetteer empty() {
    return new NameGazetteer(Map.of(), AliasGazetteer.empty());
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
    return new NameGazetteer(classes, AliasGazetteer.of(namesOf(sentences), key));
  }

  // each name of the sentences (its words joined by a space) with the class it was most often
  // labelled, the first class in NameClass order on a tie
  private static Map<String, NameClass> namesOf(List<ConllSentence> sentences) {
    Map<String, int[]> counts = new HashMap<>();
    for (ConllSentence s : sentences) {
      for (LabelSpan span : LabelSpan.of(s.labels())) {
        String name = String.join(" ", s.tokens().subList(span.start(), span.end()));
        counts
            .computeIfAbsent(name, k -> new int[NameClass.values().length])[
            span.nameClass().ordinal()]++;
      }
    }
    Map<String, NameClass> names = new HashMap<>();
    counts.forEach(
        (name, c) -> {
          int best = 0;
          for (int t = 1; t < c.length; t++) {
            best = c[t] > c[best] ? t : best;
          }
          names.put(name, NameClass.values()[best]);
        });
    return names;
  }

  /** The number of words. */
  public int size() {
    return classes.size();
  }

  /** The number of names. */
  int names() {
    return names.size();
  }

  /**
   * Per word key, {@code B-} or {@code I-} and the class of the longest name of the training data
   * it starts or continues, or null.
   */
  String[] nameMarks(String[] keys) {
    return names.size() == 0 ? new String[keys.length] : names.wholeNameMarks(keys);
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
    names.write(out);
  }

  static NameGazetteer read(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Integer> classes = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      classes.put(in.readUTF(), in.readUnsignedByte());
    }
    return new NameGazetteer(classes, AliasGazetteer.read(in));
  }
}
