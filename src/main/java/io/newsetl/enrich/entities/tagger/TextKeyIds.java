package io.newsetl.enrich.entities.tagger;

import java.util.List;

/**
 * Dense ids (0, 1, 2 … in order of first appearance) for the keys of the words of one text, told
 * apart by their {@link FeatureHash} (computed once per sentence by {@link FeatureValues}): open
 * addressing over primitive arrays, no string compared or hashed again. Stateless and thread-safe.
 */
final class TextKeyIds {

  private TextKeyIds() {}

  /**
   * Per sentence and token, the id of the token's key, or −1 for a key (or a missing one) of fewer
   * than {@code minLength} characters.
   */
  static int[][] of(List<FeatureValues> keys, int minLength) {
    int tokens = 0;
    for (FeatureValues k : keys) {
      tokens += k.size();
    }
    int capacity = Integer.highestOneBit(Math.max(2, tokens) * 2 - 1) * 2;
    long[] hashes = new long[capacity];
    int[] ids = new int[capacity];
    int mask = capacity - 1;
    int next = 0;
    int[][] out = new int[keys.size()][];
    for (int s = 0; s < keys.size(); s++) {
      FeatureValues k = keys.get(s);
      out[s] = new int[k.size()];
      for (int i = 0; i < k.size(); i++) {
        if (!k.has(i) || k.text(i).length() < minLength) {
          out[s][i] = -1;
          continue;
        }
        // stored as hash + 1, so that 0 marks an empty slot (hashes are below 2^61 - 1)
        long stored = k.hash(i) + 1;
        int slot = (int) FeatureHash.mix(stored) & mask;
        while (hashes[slot] != 0 && hashes[slot] != stored) {
          slot = (slot + 1) & mask;
        }
        if (hashes[slot] == 0) {
          hashes[slot] = stored;
          ids[slot] = next++;
        }
        out[s][i] = ids[slot];
      }
    }
    return out;
  }
}
