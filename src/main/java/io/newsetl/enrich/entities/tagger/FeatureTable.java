package io.newsetl.enrich.entities.tagger;

import java.util.Arrays;

/**
 * The label weights of features by feature hash ({@link FeatureHash}, never negative). Two
 * primitive arrays: an open-addressing index (linear probing, at most two thirds full) of 8-byte
 * slots, each a 32-bit fingerprint of a hash and the feature's number, small enough to stay in
 * cache and to reject most unknown features without reading more; and per feature its full hash
 * next to its weights, read only when the fingerprint matches. Built once, then read-only and
 * thread-safe.
 */
final class FeatureTable {

  private static final long EMPTY = -1;

  private final int labels;
  private final int stride;
  private final long[] index;
  private final long[] features;
  private final int mask;
  private int size;

  /** An empty table for at most {@code capacity} features of {@code labels} weights each. */
  FeatureTable(int capacity, int labels) {
    int slots = Integer.highestOneBit(Math.max(2, capacity * 3 / 2) * 2 - 1);
    this.labels = labels;
    this.stride = 1 + (labels + 1) / 2;
    this.index = new long[slots];
    this.features = new long[capacity * stride];
    this.mask = slots - 1;
    Arrays.fill(index, EMPTY);
  }

  /**
   * Adds a feature hash and its weights, {@code weights[from]} to {@code weights[from + labels -
   * 1]}.
   *
   * @throws IllegalArgumentException when the hash is negative, the table is full, or the hash is
   *     already there (two features collide)
   */
  void put(long hash, float[] weights, int from) {
    if (hash < 0) {
      throw new IllegalArgumentException("negative feature hash " + hash);
    }
    if (size * stride == features.length) {
      throw new IllegalArgumentException("feature table full at " + size + " features");
    }
    if (find(hash) >= 0) {
      throw new IllegalArgumentException("two features have the same hash " + hash);
    }
    long mixed = mix(hash);
    int slot = (int) mixed & mask;
    while (index[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    index[slot] = (mixed & 0xffff_ffff_0000_0000L) | size;
    int at = size * stride;
    features[at] = hash;
    for (int l = 0; l < labels; l += 2) {
      long low = Float.floatToRawIntBits(weights[from + l]) & 0xffff_ffffL;
      long high = l + 1 < labels ? Float.floatToRawIntBits(weights[from + l + 1]) : 0;
      features[at + 1 + l / 2] = low | high << 32;
    }
    size++;
  }

  /**
   * Adds the weights of a feature hash to {@code scores} (one per label), in label order; does
   * nothing when the hash is not in the table.
   *
   * @return whether the hash is in the table
   */
  boolean addTo(long hash, float[] scores) {
    int feature = find(hash);
    if (feature < 0) {
      return false;
    }
    int at = feature * stride + 1;
    for (int l = 0; l < labels; l += 2) {
      long pair = features[at + l / 2];
      scores[l] += Float.intBitsToFloat((int) pair);
      if (l + 1 < labels) {
        scores[l + 1] += Float.intBitsToFloat((int) (pair >>> 32));
      }
    }
    return true;
  }

  /** The number of features. */
  int size() {
    return size;
  }

  private int find(long hash) {
    long mixed = mix(hash);
    long fingerprint = mixed & 0xffff_ffff_0000_0000L;
    int slot = (int) mixed & mask;
    long entry;
    while ((entry = index[slot]) != EMPTY) {
      if ((entry & 0xffff_ffff_0000_0000L) == fingerprint) {
        int feature = (int) entry;
        if (features[feature * stride] == hash) {
          return feature;
        }
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  // the polynomial hash's low bits are weak: spread all of them (MurmurHash3 fmix64); the low bits
  // pick the slot, the high ones are the fingerprint
  private static long mix(long hash) {
    long h = hash;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
