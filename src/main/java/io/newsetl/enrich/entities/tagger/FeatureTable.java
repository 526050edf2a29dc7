package io.newsetl.enrich.entities.tagger;

import java.util.Arrays;

/**
 * A map from feature hashes ({@link FeatureHash}, never negative) to feature ids: open addressing
 * with linear probing over primitive arrays, at most half full. Built once, then read-only and
 * thread-safe.
 */
final class FeatureTable {

  private static final long EMPTY = -1;

  private final long[] keys;
  private final int[] ids;
  private final int mask;
  private int size;

  /** An empty table with room for {@code expected} entries. */
  FeatureTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) * 2;
    keys = new long[capacity];
    ids = new int[capacity];
    mask = capacity - 1;
    Arrays.fill(keys, EMPTY);
  }

  /**
   * Adds a hash and its id.
   *
   * @throws IllegalArgumentException when the hash is negative, the table is full, or the hash is
   *     already there (two features collide)
   */
  void put(long hash, int id) {
    if (hash < 0) {
      throw new IllegalArgumentException("negative feature hash " + hash);
    }
    if (2 * (size + 1) > keys.length) {
      throw new IllegalArgumentException("feature table full at " + size + " entries");
    }
    int slot = slotOf(hash);
    while (keys[slot] != EMPTY) {
      if (keys[slot] == hash) {
        throw new IllegalArgumentException(
            "features " + ids[slot] + " and " + id + " have the same hash " + hash);
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = hash;
    ids[slot] = id;
    size++;
  }

  /** The id of a hash, or −1 when it is not in the table. */
  int id(long hash) {
    int slot = slotOf(hash);
    long key;
    while ((key = keys[slot]) != EMPTY) {
      if (key == hash) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** The number of entries. */
  int size() {
    return size;
  }

  // the polynomial hash's low bits are weak: spread all of them before masking (MurmurHash3 fmix64)
  private int slotOf(long hash) {
    long h = hash;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }
}
