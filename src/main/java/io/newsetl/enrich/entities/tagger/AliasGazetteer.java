package io.newsetl.enrich.entities.tagger;

import io.newsetl.enrich.entities.NameClass;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Known names of a language (from a knowledge base) with their classes, matched as whole word
 * sequences in a sentence: each token of the longest name starting at a position is marked {@code
 * B-} or {@code I-} with its class. A name's words are keyed as the gazetteer is built (for Arabic
 * known names, {@link ArabicNormalizer#nameKey}); a sentence's words may each have several keys,
 * any of which matches. Immutable after building and thread-safe.
 */
public final class AliasGazetteer {

  private final Map<String, NameClass> names;
  private final Map<String, List<String[]>> byFirst = new HashMap<>();
  private final Map<String, NameClass> words = new HashMap<>();

  private AliasGazetteer(Map<String, NameClass> names) {
    this.names = new TreeMap<>(names);
    this.names
        .keySet()
        .forEach(
            name -> {
              String[] words = name.split(" ");
              byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
              if (words.length > 1) {
                for (String w : words) {
                  this.words.putIfAbsent(w, this.names.get(name));
                }
              }
            });
  }

  /** A gazetteer without names. */
  public static AliasGazetteer empty() {
    return new AliasGazetteer(Map.of());
  }

  /**
   * The gazetteer of {@code names} (name as written, space-separated words, and its class), each
   * word replaced by its {@code key}; of names with the same keys, the first class is kept.
   */
  public static AliasGazetteer of(Map<String, NameClass> names, UnaryOperator<String> key) {
    Map<String, NameClass> keyed = new HashMap<>();
    new TreeMap<>(names)
        .forEach(
            (name, type) -> {
              String[] words = name.strip().split("\\s+");
              if (!words[0].isEmpty()) {
                keyed.putIfAbsent(String.join(" ", Arrays.stream(words).map(key).toList()), type);
              }
            });
    return new AliasGazetteer(keyed);
  }

  /** The number of names. */
  public int size() {
    return names.size();
  }

  /**
   * Per word, {@code B-} or {@code I-} and the class of the longest name it starts or continues,
   * else {@code W-} and the class of a name of several words it is one of, else null. {@code keys}
   * holds one or more keys per word, each array in word order: a name's word matches a word when it
   * equals any of that word's keys (for Arabic, its stem with or without the article, and its whole
   * normalized form).
   */
  String[] marks(String[]... keys) {
    return marks(keys, true);
  }

  /** {@link #marks} of whole names only, on one key per word: no {@code W-} marks. */
  String[] wholeNameMarks(String[] keys) {
    return marks(new String[][] {keys}, false);
  }

  private String[] marks(String[][] keys, boolean partWords) {
    int n = keys[0].length;
    String[] marks = new String[n];
    int i = 0;
    while (i < n) {
      String[] best = longest(keys, i);
      if (best == null) {
        marks[i] = partWords ? partMark(keys, i) : null;
        i++;
        continue;
      }
      String type = names.get(String.join(" ", best)).name();
      for (int k = 0; k < best.length; k++) {
        marks[i + k] = (k == 0 ? "B-" : "I-") + type;
      }
      i += best.length;
    }
    return marks;
  }

  private String partMark(String[][] keys, int at) {
    for (String[] alternative : keys) {
      NameClass part = words.get(alternative[at]);
      if (part != null) {
        return "W-" + part.name();
      }
    }
    return null;
  }

  private String[] longest(String[][] keys, int at) {
    String[] best = null;
    for (int a = 0; a < keys.length; a++) {
      if (a == 0 || !keys[a][at].equals(keys[a - 1][at])) {
        best = longest(byFirst.get(keys[a][at]), keys, at, best);
      }
    }
    return best;
  }

  private static String[] longest(List<String[]> names, String[][] keys, int at, String[] yet) {
    String[] best = yet;
    if (names == null) {
      return best;
    }
    for (String[] name : names) {
      if ((best == null || name.length > best.length)
          && at + name.length <= keys[0].length
          && matches(name, keys, at)) {
        best = name;
      }
    }
    return best;
  }

  private static boolean matches(String[] name, String[][] keys, int at) {
    for (int k = 0; k < name.length; k++) {
      if (!anyEquals(name[k], keys, at + k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyEquals(String word, String[][] keys, int at) {
    for (String[] alternative : keys) {
      if (word.equals(alternative[at])) {
        return true;
      }
    }
    return false;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(names.size());
    for (Map.Entry<String, NameClass> e : names.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue().ordinal());
    }
  }

  static AliasGazetteer read(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, NameClass> names = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      names.put(in.readUTF(), NameClass.values()[in.readUnsignedByte()]);
    }
    return new AliasGazetteer(names);
  }
}
