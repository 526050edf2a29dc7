package io.newsetl.enrich.entities.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A word-cluster table: each known word has a coarse and a fine cluster (the fine one nested in the
 * coarse one). Unknown words fall back to their capitalized and lowercase forms, then to the
 * cluster {@code "-"}. Immutable and thread-safe.
 */
public final class WordClusters {

  private static final String UNKNOWN = "-";

  private final Map<String, Integer> ids;

  /** A table of word to fine cluster id; the coarse id is {@code fine / fanOut}. */
  WordClusters(Map<String, Integer> ids) {
    this.ids = Map.copyOf(ids);
  }

  /** A table without words: every word is in the unknown cluster. */
  public static WordClusters empty() {
    return new WordClusters(Map.of());
  }

  /** The number of words in the table. */
  public int size() {
    return ids.size();
  }

  /** The coarse cluster of a word, or {@code "-"}. */
  public String coarse(String word) {
    return coarseOf(fineId(word));
  }

  /** The fine cluster of a word, or {@code "-"}. */
  public String fine(String word) {
    return fineOf(fineId(word));
  }

  /** The fine cluster id of a word, or −1 when it is in the unknown cluster. */
  int fineId(String word) {
    Integer id = lookup(word);
    return id == null ? -1 : id;
  }

  /** The coarse cluster of a fine cluster id from {@link #fineId}, or {@code "-"}. */
  static String coarseOf(int fineId) {
    return fineId < 0 ? UNKNOWN : Integer.toString(fineId / WordClusterBuilder.FAN_OUT);
  }

  /** The fine cluster of a fine cluster id from {@link #fineId}, or {@code "-"}. */
  static String fineOf(int fineId) {
    return fineId < 0 ? UNKNOWN : Integer.toString(fineId);
  }

  private Integer lookup(String word) {
    Integer id = ids.get(word);
    if (id == null && word.length() > 1) {
      String lower = word.toLowerCase(Locale.ROOT);
      id = ids.get(word.substring(0, 1) + lower.substring(1));
      if (id == null) {
        id = ids.get(lower);
      }
    }
    return id;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(ids.size());
    for (Map.Entry<String, Integer> e : new TreeMap<>(ids).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeShort(e.getValue());
    }
  }

  static WordClusters read(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Integer> ids = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      ids.put(in.readUTF(), (int) in.readShort());
    }
    return new WordClusters(ids);
  }
}
