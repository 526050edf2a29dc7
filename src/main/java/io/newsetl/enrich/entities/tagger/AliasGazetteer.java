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
 * B-} or {@code I-} with its class. Words are compared by a key (the clitic-free stem for Arabic).
 * Immutable after building and thread-safe.
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
   * Per word key, {@code B-} or {@code I-} and the class of the name it is part of, or null; a word
   * also matches a name's word by its second key if {@code otherKeys} is not null (the whole word
   * where {@code keys} are stems).
   */
  String[] marks(String[] keys, String[] otherKeys) {
    return marks(keys, otherKeys, true);
  }

  /** {@link #marks} of whole names only: no {@code W-} marks, no second keys. */
  String[] wholeNameMarks(String[] keys) {
    return marks(keys, null, false);
  }

  private String[] marks(String[] keys, String[] otherKeys, boolean partWords) {
    String[] marks = new String[keys.length];
    int i = 0;
    while (i < keys.length) {
      String[] best = longest(keys, otherKeys, i);
      if (best == null && !partWords) {
        i++;
        continue;
      }
      if (best == null) {
        NameClass part = words.get(keys[i]);
        if (part == null && otherKeys != null) {
          part = words.get(otherKeys[i]);
        }
        marks[i] = part == null ? null : "W-" + part.name();
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

  private String[] longest(String[] keys, String[] otherKeys, int at) {
    String[] best = longest(byFirst.get(keys[at]), keys, otherKeys, at, null);
    return otherKeys == null || otherKeys[at].equals(keys[at])
        ? best
        : longest(byFirst.get(otherKeys[at]), keys, otherKeys, at, best);
  }

  private static String[] longest(
      List<String[]> names, String[] keys, String[] otherKeys, int at, String[] longestYet) {
    String[] best = longestYet;
    if (names == null) {
      return best;
    }
    for (String[] name : names) {
      if ((best == null || name.length > best.length)
          && at + name.length <= keys.length
          && matches(name, keys, otherKeys, at)) {
        best = name;
      }
    }
    return best;
  }

  private static boolean matches(String[] name, String[] keys, String[] otherKeys, int at) {
    for (int k = 0; k < name.length; k++) {
      if (!name[k].equals(keys[at + k])
          && (otherKeys == null || !name[k].equals(otherKeys[at + k]))) {
        return false;
      }
    }
    return true;
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
