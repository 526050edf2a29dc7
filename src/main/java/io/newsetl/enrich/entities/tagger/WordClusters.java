package io.newsetl.enrich.entities.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word-cluster tables: each known word has a coarse and a fine cluster (the fine one nested in the
 * coarse one). Unknown words fall back to their capitalized and lowercase forms, then to the
 * cluster {@code "-"}. A model of one member has one table, in slot 0; a model that is the mean of
 * several members ({@link TaggerModel#mean}) has each member's own clustering in the member's slot,
 * and each slot has its own feature templates. A slot may be empty (a member sees only its own).
 * Immutable and thread-safe.
 */
public final class WordClusters {

  /** The most clusterings one model may hold. */
  static final int MAX_SLOTS = 9;

  private static final String UNKNOWN = "-";

  // per slot, word to fine cluster id; null where the slot is empty
  private final List<Map<String, Integer>> slots;

  /** A table of word to fine cluster id, in slot 0; the coarse id is {@code fine / fanOut}. */
  WordClusters(Map<String, Integer> ids) {
    this(List.of(Map.copyOf(ids)));
  }

  private WordClusters(List<Map<String, Integer>> slots) {
    if (slots.isEmpty() || slots.size() > MAX_SLOTS) {
      throw new IllegalArgumentException("1 to " + MAX_SLOTS + " clusterings: " + slots.size());
    }
    this.slots = Collections.unmodifiableList(new ArrayList<>(slots));
  }

  /** A table without words: every word is in the unknown cluster. */
  public static WordClusters empty() {
    return new WordClusters(Map.of());
  }

  /** This model's single clustering moved to slot {@code slot}, the slots before it empty. */
  WordClusters inSlot(int slot) {
    if (slots.size() != 1) {
      throw new IllegalStateException("only a single clustering moves to a slot");
    }
    if (slot < 0 || slot >= MAX_SLOTS) {
      throw new IllegalArgumentException("no clustering slot " + slot);
    }
    List<Map<String, Integer>> moved = new ArrayList<>(Collections.nCopies(slot + 1, null));
    moved.set(slot, slots.get(0));
    return new WordClusters(moved);
  }

  /**
   * The clusterings of several models in one: slot {@code k} from the one model that fills it.
   *
   * @throws IllegalArgumentException when two fill the same slot
   */
  static WordClusters union(List<WordClusters> all) {
    int size = all.stream().mapToInt(c -> c.slots.size()).max().orElse(1);
    List<Map<String, Integer>> merged = new ArrayList<>(Collections.nCopies(size, null));
    for (WordClusters clusters : all) {
      for (int k = 0; k < clusters.slots.size(); k++) {
        Map<String, Integer> table = clusters.slots.get(k);
        if (table != null) {
          if (merged.get(k) != null) {
            throw new IllegalArgumentException("two clusterings in slot " + k);
          }
          merged.set(k, table);
        }
      }
    }
    return new WordClusters(merged);
  }

  /** The number of slots, empty ones included. */
  int slots() {
    return slots.size();
  }

  /** Whether slot {@code k} holds a clustering. */
  boolean has(int k) {
    return slots.get(k) != null;
  }

  /** The number of words in the tables (of a word in several, each time). */
  public int size() {
    return slots.stream().mapToInt(t -> t == null ? 0 : t.size()).sum();
  }

  /** The coarse cluster of a word in the first slot, or {@code "-"}. */
  public String coarse(String word) {
    return coarseOf(fineId(word, 0));
  }

  /** The fine cluster of a word in the first slot, or {@code "-"}. */
  public String fine(String word) {
    return fineOf(fineId(word, 0));
  }

  /** The fine cluster id of a word in slot {@code k}, or −1 when it is in the unknown cluster. */
  int fineId(String word, int k) {
    Integer id = lookup(slots.get(k), word);
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

  private static Integer lookup(Map<String, Integer> ids, String word) {
    if (ids == null) {
      return null;
    }
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

  /** Writes the clustering of slot 0, the only one (see {@link #writeAll} for several). */
  void write(DataOutputStream out) throws IOException {
    if (slots.size() != 1) {
      throw new IllegalStateException("several clusterings are written by writeAll");
    }
    write(out, slots.get(0));
  }

  /** Writes the number of slots and each slot's clustering (an empty slot as −1 words). */
  void writeAll(DataOutputStream out) throws IOException {
    out.writeByte(slots.size());
    for (Map<String, Integer> table : slots) {
      if (table == null) {
        out.writeInt(-1);
      } else {
        write(out, table);
      }
    }
  }

  private static void write(DataOutputStream out, Map<String, Integer> ids) throws IOException {
    out.writeInt(ids.size());
    for (Map.Entry<String, Integer> e : new TreeMap<>(ids).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeShort(e.getValue());
    }
  }

  /** Reads one clustering written by {@link #write}, into slot 0. */
  static WordClusters read(DataInputStream in) throws IOException {
    Map<String, Integer> table = readTable(in);
    if (table == null) {
      throw new IOException("no word clusters");
    }
    return new WordClusters(List.of(table));
  }

  /** Reads the clusterings written by {@link #writeAll}. */
  static WordClusters readAll(DataInputStream in) throws IOException {
    int n = in.readUnsignedByte();
    if (n < 1 || n > MAX_SLOTS) {
      throw new IOException("not a number of word clusterings: " + n);
    }
    List<Map<String, Integer>> slots = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      slots.add(readTable(in));
    }
    return new WordClusters(slots);
  }

  // null for an empty slot
  private static Map<String, Integer> readTable(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    Map<String, Integer> ids = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      ids.put(in.readUTF(), (int) in.readShort());
    }
    return Map.copyOf(ids);
  }
}
