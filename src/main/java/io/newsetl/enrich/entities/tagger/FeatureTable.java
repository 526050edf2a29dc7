package io.newsetl.enrich.entities.tagger;

/**
 * The label weights of features by feature hash ({@link FeatureHash}, never negative): open
 * addressing with linear probing, at most three quarters full, over two primitive arrays. Each slot
 * holds a feature's full hash next to its weights; a byte per slot, small enough to stay in cache,
 * holds an 8-bit tag of the slot's hash (0: empty). Probing reads the tags only, so an unknown
 * feature is mostly rejected without touching the slots, and a known one reads its slot once.
 * Weights are floats, two to a slot word, or, in a table of {@linkplain #ofStoredWeights stored
 * weights}, 16-bit multiples of 1/256 (as model files keep them), four to a word. Built once, then
 * read-only and thread-safe.
 */
final class FeatureTable {

  private static final byte EMPTY = 0;
  // stored weights are multiples of 1/SCALE, as ModelWeights writes them
  private static final float SCALE = 256f;
  private static final float UNIT = 1 / SCALE;

  private final int capacity;
  private final int labels;
  private final int stride;
  private final boolean stored;
  private final byte[] tags;
  private final long[] slots;
  private final int mask;
  private int size;

  /** An empty table for at most {@code capacity} features of {@code labels} weights each. */
  FeatureTable(int capacity, int labels) {
    this(capacity, labels, false);
  }

  /**
   * An empty table for at most {@code capacity} features of {@code labels} weights each, all of
   * them {@linkplain #storable storable}: half the memory per weight, the same sums.
   */
  static FeatureTable ofStoredWeights(int capacity, int labels) {
    return new FeatureTable(capacity, labels, true);
  }

  private FeatureTable(int capacity, int labels, boolean stored) {
    int count = Integer.highestOneBit(Math.max(2, capacity + capacity / 3 + 1) * 2 - 1);
    this.capacity = capacity;
    this.labels = labels;
    this.stored = stored;
    this.stride = 1 + (stored ? (labels + 3) / 4 : (labels + 1) / 2);
    this.tags = new byte[count];
    this.slots = new long[count * stride];
    this.mask = count - 1;
  }

  /**
   * Adds a feature hash and its weights, {@code weights[from]} to {@code weights[from + labels -
   * 1]}.
   *
   * @throws IllegalArgumentException when the hash is negative, the table is full, the hash is
   *     already there (two features collide), or a weight of a table of stored weights is not
   *     storable
   */
  void put(long hash, float[] weights, int from) {
    if (hash < 0) {
      throw new IllegalArgumentException("negative feature hash " + hash);
    }
    if (size == capacity) {
      throw new IllegalArgumentException("feature table full at " + size + " features");
    }
    if (find(hash) >= 0) {
      throw new IllegalArgumentException("two features have the same hash " + hash);
    }
    for (int l = 0; stored && l < labels; l++) {
      if (!storable(weights[from + l])) {
        throw new IllegalArgumentException("weight not storable in 16 bits: " + weights[from + l]);
      }
    }
    long mixed = FeatureHash.mix(hash);
    int slot = (int) mixed & mask;
    while (tags[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    int at = slot * stride;
    if (stored) {
      putStored(weights, from, at + 1);
    } else {
      putFloats(weights, from, at + 1);
    }
    tags[slot] = tagOf(mixed);
    slots[at] = hash;
    size++;
  }

  private void putFloats(float[] weights, int from, int at) {
    for (int l = 0; l < labels; l += 2) {
      long low = Float.floatToRawIntBits(weights[from + l]) & 0xffff_ffffL;
      long high = l + 1 < labels ? Float.floatToRawIntBits(weights[from + l + 1]) : 0;
      slots[at + l / 2] = low | high << 32;
    }
  }

  private void putStored(float[] weights, int from, int at) {
    for (int l = 0; l < labels; l++) {
      long bits = (short) (weights[from + l] * SCALE) & 0xffffL;
      slots[at + l / 4] |= bits << (16 * (l % 4));
    }
  }

  /**
   * Whether a weight is a multiple of 1/256 between −128 and 128 (a 16-bit integer over 256), as
   * model files store weights and so every weight of a model read from a file.
   */
  static boolean storable(float weight) {
    float scaled = weight * SCALE;
    return scaled == Math.rint(scaled) && scaled >= Short.MIN_VALUE && scaled <= Short.MAX_VALUE;
  }

  /**
   * Adds the weights of a feature hash to {@code scores} (one per label), in label order; does
   * nothing when the hash is not in the table.
   *
   * @return whether the hash is in the table
   */
  boolean addTo(long hash, float[] scores) {
    int slot = find(hash);
    if (slot < 0) {
      return false;
    }
    int at = slot * stride + 1;
    if (stored) {
      addStored(at, scores);
      return true;
    }
    for (int l = 0; l < labels; l += 2) {
      long pair = slots[at + l / 2];
      scores[l] += Float.intBitsToFloat((int) pair);
      if (l + 1 < labels) {
        scores[l + 1] += Float.intBitsToFloat((int) (pair >>> 32));
      }
    }
    return true;
  }

  // the weights are shorts times 1/SCALE (a power of two, so exactly the floats ModelWeights reads
  // as shorts over SCALE)
  private void addStored(int at, float[] scores) {
    int l = 0;
    for (; l + 4 <= labels; l += 4) {
      long four = slots[at + l / 4];
      scores[l] += (short) four * UNIT;
      scores[l + 1] += (short) (four >>> 16) * UNIT;
      scores[l + 2] += (short) (four >>> 32) * UNIT;
      scores[l + 3] += (short) (four >>> 48) * UNIT;
    }
    if (l < labels) {
      long rest = slots[at + l / 4];
      for (int k = 0; l + k < labels; k++) {
        scores[l + k] += (short) (rest >>> (16 * k)) * UNIT;
      }
    }
  }

  /** The number of features. */
  int size() {
    return size;
  }

  private int find(long hash) {
    long mixed = FeatureHash.mix(hash);
    byte tag = tagOf(mixed);
    int slot = (int) mixed & mask;
    byte seen;
    while ((seen = tags[slot]) != EMPTY) {
      if (seen == tag && slots[slot * stride] == hash) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  // the top 8 bits of the mixed hash, 0 taken as 1 (0 marks an empty slot)
  private static byte tagOf(long mixed) {
    int tag = (int) (mixed >>> 56);
    return (byte) (tag == 0 ? 1 : tag);
  }
}
